/**
 * The bridge mutations (`recordCallEvent`, `appendTranscriptSegments`) for
 * integrations that do not use our Twilio webhooks: an API key with the
 * `bridge` scope, the same call lifecycle and segment store as the webhooks,
 * and the `liveCallAnalysis` subscription they feed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Alert } from '../../src/entities/alert.entity';
import { Call } from '../../src/entities/call.entity';
import { TranscriptSegment } from '../../src/entities/transcript.entity';
import {
  AnalyzeCallDocument,
  AppendTranscriptSegmentsDocument,
  CallTranscriptDocument,
  LiveCallAnalysisDocument,
  RecordCallEventDocument,
  type RecordCallEventInput,
  type TranscriptSegmentInput,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const OUR_NUMBER = '+15125550400';

let t: TestServer;
let org: Tenant;
let bridgeKey: string;
let phoneCounter = 0;

const hex = (n = 16) => randomBytes(n).toString('hex');
const newSid = () => `CA${hex()}`;
const nextCustomerPhone = () => `+1512555${String(3000 + ++phoneCounter).padStart(4, '0')}`;
const em = () => t.app.orm.em.fork();
const callRows = (callSid: string) => em().count(Call, { twilioCallSid: callSid }, { filters: false });
const segmentRows = (callId: string) => em().count(TranscriptSegment, { call: callId }, { filters: false });

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
  bridgeKey = await org.apiKey(['bridge', 'calls:read']);
});
afterAll(async () => {
  await t?.close();
});

const event = (input: RecordCallEventInput, token = bridgeKey) => gql(t.url, RecordCallEventDocument, { input }, { token });
const eventOk = async (input: RecordCallEventInput) => (await gqlOk(t.url, RecordCallEventDocument, { input }, { token: bridgeKey })).recordCallEvent.call;
const append = (input: { callSid?: string; callId?: string; segments: TranscriptSegmentInput[] }, token = bridgeKey) => gql(t.url, AppendTranscriptSegmentsDocument, { input }, { token });
const appendOk = async (input: { callSid?: string; callId?: string; segments: TranscriptSegmentInput[] }) =>
  (await gqlOk(t.url, AppendTranscriptSegmentsDocument, { input }, { token: bridgeKey })).appendTranscriptSegments;
const readCall = async (id: string) => (await gqlOk(t.url, CallTranscriptDocument, { id }, { token: org.token })).call;

const segment = (sequence: number, text: string, extra: Partial<TranscriptSegmentInput> = {}): TranscriptSegmentInput => ({
  sequence,
  speaker: sequence % 2 === 0 ? 'AGENT' : 'CUSTOMER',
  text,
  startMs: sequence * 1000,
  endMs: sequence * 1000 + 900,
  ...extra,
});

/** A call that is answered and live. */
async function liveCall(): Promise<{ callId: string; callSid: string }> {
  const callSid = newSid();
  const call = await eventOk({ callSid, from: nextCustomerPhone(), to: OUR_NUMBER, direction: 'INBOUND', status: 'IN_PROGRESS' });
  return { callId: call.id, callSid };
}

async function waitUntil<T>(what: string, probe: () => T | null | undefined | false | Promise<T | null | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('recordCallEvent', () => {
  it('creates the call on its first event and advances it; late and out-of-order events never move it backwards', async () => {
    const callSid = newSid();
    const customer = nextCustomerPhone();
    const t0 = new Date(Date.now() - 120_000);
    const t1 = new Date(t0.getTime() + 10_000);
    const t2 = new Date(t1.getTime() + 95_000);

    const first = { callSid, from: customer, to: OUR_NUMBER, direction: 'INBOUND' as const, status: 'RINGING' as const, occurredAt: t0.toISOString() };
    const created = await eventOk(first);
    expect(created).toMatchObject({ twilioCallSid: callSid, status: 'RINGING', direction: 'INBOUND', fromNumber: customer, toNumber: OUR_NUMBER, startedAt: t0.toISOString(), analysisStatus: 'NONE' });
    expect(created.lead).toMatchObject({ phone: customer });
    // A replayed first event finds the call instead of creating another.
    expect((await eventOk(first)).id).toBe(created.id);
    expect(await callRows(callSid)).toBe(1);

    expect(await eventOk({ callSid, status: 'IN_PROGRESS', occurredAt: t1.toISOString() })).toMatchObject({ status: 'IN_PROGRESS', answeredAt: t1.toISOString() });
    // A late RINGING while in progress changes nothing.
    expect(await eventOk({ callSid, status: 'RINGING', occurredAt: t2.toISOString() })).toMatchObject({ status: 'IN_PROGRESS', answeredAt: t1.toISOString() });

    const completed = await eventOk({ callSid, status: 'COMPLETED', occurredAt: t2.toISOString() });
    expect(completed).toMatchObject({ status: 'COMPLETED', endedAt: t2.toISOString(), durationSeconds: 95 });

    for (const status of ['RINGING', 'IN_PROGRESS', 'QUEUED', 'FAILED', 'CANCELED'] as const) {
      const late = await eventOk({ callSid, status, occurredAt: new Date().toISOString(), durationSeconds: 1 });
      expect(late).toMatchObject({ status: 'COMPLETED', answeredAt: t1.toISOString(), endedAt: t2.toISOString(), durationSeconds: 95 });
    }
    const stored = await readCall(created.id);
    expect(stored).toMatchObject({ status: 'COMPLETED', durationSeconds: 95, endedAt: t2.toISOString(), endedEarly: false });
    expect(await callRows(callSid)).toBe(1);
    // The late FAILED did not count as a failure.
    expect(await em().count(Alert, { subjectId: created.id }, { filters: false })).toBe(0);
  });

  it('marks a hang-up the bridge reports, and keeps the transcript', async () => {
    const { callId, callSid } = await liveCall();
    await appendOk({ callSid, segments: [segment(1, 'I wanted to ask about the price of')] });
    const ended = await eventOk({ callSid, status: 'COMPLETED', endedEarly: true });
    expect(ended.endedEarly).toBe(true);
    expect((await readCall(callId)).transcript?.segments.map((s) => s.text)).toEqual(['I wanted to ask about the price of']);
  });
});

describe('appendTranscriptSegments', () => {
  it('stores a batch given out of order in sequence order; replays insert 0 and change nothing', async () => {
    const { callId, callSid } = await liveCall();
    const batch = [
      segment(3, 'Around four hundred dollars.', { confidence: 0.91 }),
      segment(1, 'How much would a gutter repair cost?', { confidence: 0.88 }),
      segment(2, 'Let me check.', { confidence: 0.95 }),
      segment(5, 'Tuesday at 3 works.'),
      segment(4, 'Could we come Tuesday at 3?'),
    ];
    const r = await appendOk({ callSid, segments: batch });
    expect(r).toMatchObject({ inserted: 5, call: { id: callId, status: 'IN_PROGRESS' } });

    const stored = await readCall(callId);
    expect(stored.transcript?.source).toBe('REALTIME');
    const bySequence = [...batch].sort((a, b) => a.sequence - b.sequence);
    expect(stored.transcript?.segments).toEqual(
      bySequence.map((s) => ({ sequence: s.sequence, speaker: s.speaker, text: s.text, startMs: s.startMs, endMs: s.endMs, confidence: s.confidence ?? null, isFinal: true })),
    );
    expect(stored.analysis).toMatchObject({ kind: 'LIVE', segmentsAnalyzed: 5 });

    // Replayed as is, reversed, and with different words: nothing changes.
    expect((await appendOk({ callSid, segments: batch })).inserted).toBe(0);
    expect((await appendOk({ callId, segments: [...batch].reverse() })).inserted).toBe(0);
    expect((await appendOk({ callSid, segments: [segment(2, 'Something else entirely.')] })).inserted).toBe(0);
    // A replay mixed with one new segment inserts just the new one.
    expect((await appendOk({ callSid, segments: [batch[0]!, segment(6, 'Great, see you then.')] })).inserted).toBe(1);

    const after = await readCall(callId);
    expect(after.transcript?.segments.map((s) => [s.sequence, s.text])).toEqual([...bySequence.map((s) => [s.sequence, s.text]), [6, 'Great, see you then.']]);
    expect(after.analysis?.segmentsAnalyzed).toBe(6);
    expect(await segmentRows(callId)).toBe(6);
  });

  it('stores a partial, replaces it with a later partial, then with its final; a late partial cannot undo the final', async () => {
    const { callId, callSid } = await liveCall();
    const seq = 7;
    await appendOk({ callSid, segments: [segment(seq, 'I was wondering', { isFinal: false })] });
    expect((await readCall(callId)).transcript?.segments).toEqual([expect.objectContaining({ sequence: seq, text: 'I was wondering', isFinal: false })]);
    // Partials are not analyzed.
    expect((await readCall(callId)).analysis).toBeNull();

    await appendOk({ callSid, segments: [segment(seq, 'I was wondering about the', { isFinal: false })] });
    expect((await readCall(callId)).transcript?.segments).toEqual([expect.objectContaining({ text: 'I was wondering about the', isFinal: false })]);

    const final = await appendOk({ callSid, segments: [segment(seq, 'I was wondering about the price of a new roof.')] });
    expect(final.inserted).toBe(1);
    expect((await appendOk({ callSid, segments: [segment(seq, 'I was wondering about the', { isFinal: false })] })).inserted).toBe(0);
    const stored = await readCall(callId);
    expect(stored.transcript?.segments).toEqual([expect.objectContaining({ sequence: seq, text: 'I was wondering about the price of a new roof.', isFinal: true })]);
    expect(stored.analysis).toMatchObject({ kind: 'LIVE', segmentsAnalyzed: 1 });

    // One batch with the partial and the final of a sequence: the final wins, whatever the order.
    await appendOk({ callSid, segments: [segment(8, 'Sure, it is', { isFinal: true }), segment(8, 'Sure', { isFinal: false })] });
    expect((await readCall(callId)).transcript?.segments.at(-1)).toMatchObject({ sequence: 8, text: 'Sure, it is', isFinal: true });
    expect(await segmentRows(callId)).toBe(2);
  });
});

describe('a transcript that arrives after the call ended', () => {
  // Regression: the final analysis was queued only when a call ended with
  // segments already stored; segments delivered after the completed event
  // (a bridge flushing its buffer, Twilio's last transcription callbacks)
  // left the call at analysisStatus NONE with only a live analysis, forever.
  it('is still analyzed once, with a final analysis', async () => {
    const { callId, callSid } = await liveCall();
    await eventOk({ callSid, status: 'COMPLETED' });
    expect((await readCall(callId)).analysisStatus).toBe('NONE');

    await appendOk({ callSid, segments: [segment(1, 'How much would a new roof cost?', { speaker: 'CUSTOMER' }), segment(2, 'About twelve thousand dollars.', { speaker: 'AGENT' })] });
    const done = await waitUntil('the final analysis', async () => {
      const c = await readCall(callId);
      return c.analysisStatus === 'DONE' && c;
    });
    expect(done.analysis).toMatchObject({ kind: 'FINAL', segmentsAnalyzed: 2 });
  });
});

describe('who may use the bridge', () => {
  it('answers FORBIDDEN to keys and users without the bridge scope, and stores nothing', async () => {
    const { callId, callSid } = await liveCall();
    await appendOk({ callSid, segments: [segment(1, 'Hello there.')] });
    const partnerKey = await org.apiKey(['calls:read', 'calls:write', 'leads:write']);
    const newCallSid = newSid();

    for (const token of [partnerKey, org.token]) {
      expect(codeOf(await event({ callSid: newCallSid, from: nextCustomerPhone(), to: OUR_NUMBER, status: 'RINGING' }, token))).toBe('FORBIDDEN');
      expect(codeOf(await event({ callSid, status: 'COMPLETED' }, token))).toBe('FORBIDDEN');
      expect(codeOf(await append({ callSid, segments: [segment(2, 'Injected words.')] }, token))).toBe('FORBIDDEN');
    }
    const anonymous = await gql(t.url, RecordCallEventDocument, { input: { callSid: newCallSid, from: nextCustomerPhone(), to: OUR_NUMBER } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    expect(await callRows(newCallSid)).toBe(0);
    expect(await segmentRows(callId)).toBe(1);
    expect((await readCall(callId)).status).toBe('IN_PROGRESS');
  });

  it("cannot reach another organization's call", async () => {
    const { callId, callSid } = await liveCall();
    const other = await createTenant(t);
    const otherKey = await other.apiKey(['bridge', 'calls:read']);
    const bySid = await append({ callSid, segments: [segment(1, 'Injected words.')] }, otherKey);
    const byId = await append({ callId, segments: [segment(1, 'Injected words.')] }, otherKey);
    expect([codeOf(bySid), codeOf(byId)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const r = await event({ callSid, from: nextCustomerPhone(), to: OUR_NUMBER, status: 'FAILED' }, otherKey);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await segmentRows(callId)).toBe(0);
    expect((await readCall(callId)).status).toBe('IN_PROGRESS');
  });
});

describe('bad input', () => {
  let call: { callId: string; callSid: string };
  beforeAll(async () => {
    call = await liveCall();
    await appendOk({ callSid: call.callSid, segments: [segment(1, 'The one good segment.')] });
  });

  const segmentCases: Array<[string, TranscriptSegmentInput[], RegExp]> = [
    ['a negative sequence', [segment(-1, 'Hello.')], /^input\.segments\.0\.sequence$/],
    ['endMs before startMs', [segment(2, 'Hello.', { startMs: 5000, endMs: 4000 })], /^input\.segments\.0\.endMs$/],
    ['empty text', [segment(2, '')], /^input\.segments\.0\.text$/],
    ['blank text', [segment(2, '   ')], /^input\.segments\.0\.text$/],
    ['a confidence above 1', [segment(2, 'Hello.', { confidence: 1.5 })], /^input\.segments\.0\.confidence$/],
    ['a good segment next to a bad one', [segment(2, 'Fine words.'), segment(3, 'Hello.', { startMs: 10, endMs: 5 })], /^input\.segments\.1\.endMs$/],
    ['no segments', [], /^input\.segments$/],
    ['more than 500 segments', Array.from({ length: 501 }, (_, i) => segment(i + 10, `Segment ${i}.`)), /^input\.segments$/],
  ];

  it.each(segmentCases)('%s: BAD_USER_INPUT naming the field, nothing stored', async (_name, segments, field) => {
    const r = await append({ callSid: call.callSid, segments });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toMatch(field);
    expect(await segmentRows(call.callId)).toBe(1);
  });

  it('an unknown callSid or callId: NOT_FOUND; neither: BAD_USER_INPUT', async () => {
    expect(codeOf(await append({ callSid: newSid(), segments: [segment(2, 'Hello.')] }))).toBe('NOT_FOUND');
    expect(codeOf(await append({ callId: randomUUID(), segments: [segment(2, 'Hello.')] }))).toBe('NOT_FOUND');
    const neither = await append({ segments: [segment(2, 'Hello.')] });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0]?.extensions?.field).toBe('input.callId');
    expect(await segmentRows(call.callId)).toBe(1);
  });

  const eventCases: Array<[string, RecordCallEventInput, RegExp]> = [
    ['a first event without from and to', { callSid: '', status: 'RINGING' }, /^input\.from$/],
    ['a first event without to', { callSid: '', from: '+15125553999', status: 'RINGING' }, /^input\.(from|to)$/],
    ['a call id with spaces and symbols', { callSid: 'CA not a sid!', from: '+15125553999', to: OUR_NUMBER }, /^input\.callSid$/],
    ['a negative duration', { callSid: '', from: '+15125553999', to: OUR_NUMBER, status: 'COMPLETED', durationSeconds: -5 }, /^input\.durationSeconds$/],
  ];

  it.each(eventCases)('recordCallEvent with %s: BAD_USER_INPUT naming the field, no call', async (_name, input, field) => {
    const callSid = input.callSid || newSid();
    const r = await event({ ...input, callSid });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toMatch(field);
    expect(await callRows(callSid)).toBe(0);
  });

  it('recordCallEvent with a malformed phone number: BAD_USER_INPUT, no call', async () => {
    const callSid = newSid();
    const r = await event({ callSid, from: 'not a phone', to: OUR_NUMBER, status: 'RINGING' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await callRows(callSid)).toBe(0);
  });
});

describe('liveCallAnalysis fed by the bridge', () => {
  it('gets one event per new final segment, in sequence order, and none for replays or partials', async () => {
    const { callId, callSid } = await liveCall();
    const client = wsClient(t.wsUrl, org.token);
    try {
      const live = subscribe(client, LiveCallAnalysisDocument, { callId });
      await connected(client);
      // Probe segments (sequences below 10) until one is seen: from then on the subscription is listening.
      let probe = 0;
      await waitUntil(
        'liveCallAnalysis to listen',
        async () => {
          await appendOk({ callSid, segments: [segment(probe++, 'Thanks for calling Summit Roofing.', { speaker: 'AGENT' })] });
          const deadline = Date.now() + 500;
          while (Date.now() < deadline && live.events.length === 0) await sleep(20);
          return live.events.length > 0;
        },
        5000,
      );
      expect(probe).toBeLessThan(10);
      const probes = probe;
      const seen = () => live.events.slice(1).map((e) => e.data?.liveCallAnalysis);

      await appendOk({
        callSid,
        segments: [
          segment(12, 'Tuesday at 3 works for me.', { speaker: 'CUSTOMER' }),
          segment(10, 'How much would it cost to replace the gutters? It is urgent.', { speaker: 'CUSTOMER' }),
          segment(11, 'About nine hundred dollars. Could we come Tuesday at 3?', { speaker: 'AGENT' }),
        ],
      });
      await waitUntil('three events', () => seen().length >= 3);
      const three = seen();
      expect(three.map((e) => [e?.sequence, e?.segment?.sequence, e?.final])).toEqual([[10, 10, false], [11, 11, false], [12, 12, false]]);
      expect(three[0]?.segment).toMatchObject({ speaker: 'CUSTOMER', text: 'How much would it cost to replace the gutters? It is urgent.' });
      expect(three[0]?.newBuyingSignals.map((s) => s.kind)).toEqual(expect.arrayContaining(['PRICING_INQUIRY', 'URGENCY']));
      expect(three.at(-1)?.analysis).toMatchObject({ kind: 'LIVE' });

      // Replays and a partial publish nothing: the next event is the next new final segment.
      await appendOk({ callSid, segments: [segment(10, 'How much would it cost to replace the gutters? It is urgent.'), segment(11, 'x'), segment(12, 'y')] });
      await appendOk({ callSid, segments: [segment(13, 'Great, I will', { isFinal: false })] });
      await appendOk({ callSid, segments: [segment(13, "Great, I'll send you a confirmation.", { speaker: 'AGENT' })] });
      await waitUntil('the event of 13', () => seen().length >= 4);
      await appendOk({ callSid, segments: [segment(13, 'again'), segment(14, 'Thank you, bye.', { speaker: 'CUSTOMER' })] });
      await waitUntil('the event of 14', () => seen().length >= 5);
      expect(seen().map((e) => e?.sequence)).toEqual([10, 11, 12, 13, 14]);
      expect(seen().at(-1)?.analysis?.segmentsAnalyzed).toBe(probes + 5);

      // The call ends: the final analysis closes the stream of events with final: true.
      await eventOk({ callSid, status: 'COMPLETED' });
      await waitUntil('the final event', () => seen().length >= 6, 10_000);
      expect(seen().at(-1)).toMatchObject({ final: true, sequence: 14, analysis: { kind: 'FINAL', segmentsAnalyzed: probes + 5 } });
      expect(seen()).toHaveLength(6);
      live.dispose();
    } finally {
      await client.dispose();
    }
  });
});

describe('analyzeCall on a call without a transcript', () => {
  it('answers BAD_USER_INPUT at once instead of a PENDING that can only fail', async () => {
    const callSid = newSid();
    const call = await eventOk({ callSid, from: nextCustomerPhone(), to: OUR_NUMBER, status: 'COMPLETED', durationSeconds: 3 });
    const r = await gql(t.url, AnalyzeCallDocument, { id: call.id }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('id');
    expect((await readCall(call.id)).analysisStatus).toBe('NONE');
  });
});
