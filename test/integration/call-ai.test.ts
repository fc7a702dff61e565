/**
 * The AI layer through the running API: the real `openai` SDK (inside the
 * server) against a fake OpenAI server on 127.0.0.1, recordings served by a
 * fake Twilio. Calls arrive through the bridge mutations or signed Twilio
 * webhooks; the final analysis and the transcription run as real jobs.
 *
 * The describe blocks share one server and therefore one circuit breaker:
 * the failure modes run last, because they open it on purpose.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AiUsage } from '../../src/entities/ai-usage.entity';
import { Call } from '../../src/entities/call.entity';
import { ScoreEvent } from '../../src/entities/score-event.entity';
import { DEFAULT_RESILIENCE } from '../../src/services/ai/openai/openai-resilience';
import { fakeReply, startFakeOpenAi, type FakeOpenAi, type FakeOpenAiReply } from '../fakes/fake-openai';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';
import {
  AnalyzeCallDocument,
  AppendTranscriptSegmentsDocument,
  CallDocument,
  CallsWithAnalysisDocument,
  CallUpdatedDocument,
  CreatePhoneNumberDocument,
  LeadDocument,
  RecordCallEventDocument,
  TranscribeCallDocument,
  type CallQuery,
  type Speaker,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { postTwilioWebhook, twilioEnv } from '../support/twilio-webhook';

const OUR_NUMBER = '+15125550300';
const CONVERSATION: Array<[Speaker, string]> = [
  ['AGENT', 'Thanks for calling Summit Roofing, how can I help?'],
  ['CUSTOMER', 'Hail hit us last night and water is coming in. How much would a repair cost?'],
  ['AGENT', 'Usually two to four thousand. Could we come Tuesday at 3 to inspect it?'],
  ['CUSTOMER', "Tuesday at 3 works. Let's go ahead, I want this fixed."],
  ['AGENT', "Great, I'll email you a confirmation today."],
];

/** A model answer that passes the schema for CONVERSATION (sequences 1–5). */
const MODEL_ANSWER = {
  summary: 'Hail damage with a leak; the customer booked an inspection for Tuesday at 3 pm and wants to go ahead.',
  sentiment: { label: 'POSITIVE', score: 0.6, bySpeaker: { AGENT: { label: 'POSITIVE', score: 0.5 }, CUSTOMER: { label: 'POSITIVE', score: 0.4 } } },
  buyingSignals: [
    { kind: 'PRICING_INQUIRY', quote: 'How much would a repair cost?', segmentSequence: 2 },
    { kind: 'URGENCY', quote: 'water is coming in', segmentSequence: 2 },
    { kind: 'PURCHASE_INTENT', quote: "Let's go ahead", segmentSequence: 4 },
  ],
  objections: [],
  actionItems: [{ description: 'Email the customer a confirmation', owner: 'AGENT', dueAt: '2030-01-01T23:00:00-06:00', segmentSequence: 5 }],
  appointments: [{ startsAt: '2030-01-08T15:00:00-06:00', durationMinutes: 60, purpose: 'INSPECTION', location: null, quote: 'Tuesday at 3 works', segmentSequence: 4 }],
};
const MODEL_SNAPSHOT = 'gpt-4o-mini-2024-07-18';

let openai: FakeOpenAi;
let twilioFake: FakeTwilio;
let t: TestServer;
let org: Tenant;
let bridgeKey: string;
let fetchSpy: jest.SpiedFunction<typeof fetch>;
let phoneCounter = 0;

const hex = (n = 16) => randomBytes(n).toString('hex');
const nextCustomerPhone = () => `+1512555${String(2000 + ++phoneCounter).padStart(4, '0')}`;
const em = () => t.app.orm.em.fork();

beforeAll(async () => {
  // Installed before any SDK client exists: every outgoing request of this process passes through it.
  fetchSpy = jest.spyOn(globalThis, 'fetch');
  [openai, twilioFake] = await Promise.all([startFakeOpenAi(), startFakeTwilio()]);
  t = await startTestServer({ ...twilioEnv(twilioFake), OPENAI_API_KEY: openai.apiKey, OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_TIMEOUT_MS: '1000' });
  org = await createTenant(t);
  bridgeKey = await org.apiKey(['bridge', 'calls:read', 'calls:write']);
  await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: OUR_NUMBER, label: 'AI line' } }, { token: org.token });
});

afterEach(() => {
  expect(openai.pending()).toBe(0); // every scripted reply was used, none is left for the next test
});

afterAll(async () => {
  const targets = fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((u) => !u.startsWith('data:'));
  fetchSpy.mockRestore();
  await t?.close();
  await Promise.all([openai?.close(), twilioFake?.close()]);
  // Nothing left 127.0.0.1: the SDK went to the fake OpenAI, recordings came from the fake Twilio.
  expect(targets.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
});

/** A whole call through the bridge mutations; returns its id once it completed (the final analysis is queued). */
async function bridgeCall(lines: Array<[Speaker, string]> = CONVERSATION, from = nextCustomerPhone()): Promise<{ callId: string; callSid: string }> {
  const callSid = `CA${hex()}`;
  const started = await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, from, to: OUR_NUMBER, direction: 'INBOUND', status: 'RINGING' } }, { token: bridgeKey });
  await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'IN_PROGRESS' } }, { token: bridgeKey });
  const segments = lines.map(([speaker, text], i) => ({ sequence: i + 1, speaker, text, startMs: i * 5000, endMs: i * 5000 + 4000 }));
  await gqlOk(t.url, AppendTranscriptSegmentsDocument, { input: { callSid, segments } }, { token: bridgeKey });
  await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'COMPLETED', durationSeconds: 60 } }, { token: bridgeKey });
  return { callId: started.recordCallEvent.call.id, callSid };
}

type CallView = NonNullable<CallQuery['call']>;

async function readCall(id: string): Promise<CallView> {
  return (await gqlOk(t.url, CallDocument, { id }, { token: org.token })).call;
}

/** Polls the call until its analysis settled (DONE or FAILED), with a deadline. */
async function settledCall(id: string, timeoutMs = 15_000): Promise<CallView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const call = await readCall(id);
    if (call.analysisStatus === 'DONE' || call.analysisStatus === 'FAILED') return call;
    if (Date.now() > deadline) throw new Error(`analysis of ${id} still ${call.analysisStatus} after ${timeoutMs} ms`);
    await sleep(40);
  }
}

async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(40);
  }
}

const usageOf = (callId: string) => em().find(AiUsage, { subjectType: 'Call', subjectId: callId }, { filters: false, orderBy: { createdAt: 'asc' } });
const chatRequests = () => openai.requests.filter((r) => r.path === '/v1/chat/completions');
const callScoreEvents = (callId: string) => em().find(ScoreEvent, { call: callId, source: 'CALL' }, { filters: false, orderBy: { createdAt: 'asc', id: 'asc' } });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('final analysis through OpenAI chat completions with structured output', () => {
  let firstCallId: string;

  it('stores the analysis with provider, model, prompt version and cost, records usage, and moves the lead score with reasons', async () => {
    openai.script(fakeReply.chat(MODEL_ANSWER, { prompt_tokens: 2000, completion_tokens: 500 }, MODEL_SNAPSHOT));
    const before = chatRequests().length;
    const { callId } = await bridgeCall();
    firstCallId = callId;
    const call = await settledCall(callId);

    expect(call.analysisStatus).toBe('DONE');
    expect(call.analysis).toMatchObject({
      kind: 'FINAL',
      provider: 'openai',
      model: MODEL_SNAPSHOT,
      promptVersion: 'call-analysis.v1',
      degraded: false,
      summary: MODEL_ANSWER.summary,
      segmentsAnalyzed: 5,
      sentiment: { label: 'POSITIVE', score: 0.6 },
    });
    // 2000 × $0.15/M + 500 × $0.60/M = $0.0006
    expect(call.analysis!.costMicroDollars).toBe(600);
    expect(call.analysis!.buyingSignals.map((s) => [s.kind, s.segmentSequence])).toEqual([['PRICING_INQUIRY', 2], ['URGENCY', 2], ['PURCHASE_INTENT', 4]]);
    expect(call.appointments).toEqual([expect.objectContaining({ purpose: 'INSPECTION', status: 'PROPOSED', startsAt: '2030-01-08T21:00:00.000Z' })]);
    expect(call.actionItems).toEqual([expect.objectContaining({ description: 'Email the customer a confirmation', owner: 'AGENT', dueAt: '2030-01-02T05:00:00.000Z' })]);

    const usage = await usageOf(callId);
    expect(usage).toHaveLength(1);
    expect(usage[0]!.organization.id).toBe(org.organizationId);
    expect(usage[0]).toMatchObject({
      operation: 'CALL_ANALYSIS',
      provider: 'openai',
      model: MODEL_SNAPSHOT,
      inputTokens: 2000,
      outputTokens: 500,
      costMicroDollars: 600,
    });

    const requests = chatRequests().slice(before);
    expect(requests).toHaveLength(1);
    const body = requests[0]!.json as { model: string; response_format: { type: string; json_schema: { strict: boolean } }; messages: Array<{ role: string; content: string }> };
    expect(requests[0]!.authorized).toBe(true);
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    const user = JSON.parse(body.messages.find((m) => m.role === 'user')!.content) as { timezone: string; segments: Array<{ sequence: number; text: string }> };
    expect(user.timezone).toBe('America/Chicago');
    expect(user.segments.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 5]);

    const lead = (await gqlOk(t.url, LeadDocument, { id: call.lead!.id }, { token: org.token })).lead;
    const callReasons = lead.scoreHistory.filter((e) => e.source === 'CALL').map((e) => e.reason);
    expect(callReasons).toHaveLength(4);
    expect(callReasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\+10 asked about pricing on call of \d+ \w+$/),
        expect.stringMatching(/^\+10 said it is urgent on call of \d+ \w+$/),
        expect.stringMatching(/^\+15 said they want to go ahead on call of \d+ \w+$/),
        expect.stringMatching(/^\+5 had a positive call on call of \d+ \w+$/),
      ]),
    );
    expect(sum((await callScoreEvents(callId)).map((e) => e.delta))).toBe(40);
    expect(lead.score).toBe(sum(lead.scoreHistory.map((e) => e.delta)));
  });

  it('retries a 429 and succeeds: one analysis from OpenAI, one usage row', async () => {
    openai.script(fakeReply.rateLimited(0), fakeReply.chat(MODEL_ANSWER, { prompt_tokens: 1000, completion_tokens: 200 }));
    const before = chatRequests().length;
    const { callId } = await bridgeCall();
    const call = await settledCall(callId);
    expect(call.analysis).toMatchObject({ provider: 'openai', degraded: false, model: 'gpt-4o-mini' });
    expect(chatRequests().length - before).toBe(2);
    const usage = await usageOf(callId);
    expect(usage.map((u) => [u.provider, u.inputTokens, u.outputTokens, u.costMicroDollars])).toEqual([['openai', 1000, 200, 270]]);
  });

  it('analyzeCall returns at once with PENDING; the new result replaces the old one without doubling the score', async () => {
    const leadId = (await readCall(firstCallId)).lead!.id;
    const scoreBefore = (await gqlOk(t.url, LeadDocument, { id: leadId }, { token: org.token })).lead.score;
    const reanalysis = {
      ...MODEL_ANSWER,
      sentiment: { label: 'NEUTRAL', score: 0.1, bySpeaker: MODEL_ANSWER.sentiment.bySpeaker },
      buyingSignals: [MODEL_ANSWER.buyingSignals[0]],
      appointments: [],
    };
    openai.script(fakeReply.chat(reanalysis, { prompt_tokens: 1500, completion_tokens: 100 }));

    const r = await gqlOk(t.url, AnalyzeCallDocument, { id: firstCallId }, { token: org.token });
    expect(r.analyzeCall.call).toEqual({ id: firstCallId, analysisStatus: 'PENDING' });
    const call = await settledCall(firstCallId);
    expect(call.analysis).toMatchObject({ provider: 'openai', sentiment: { label: 'NEUTRAL' }, buyingSignals: [expect.objectContaining({ kind: 'PRICING_INQUIRY' })] });
    expect(call.appointments).toEqual([]); // the earlier PROPOSED appointment was a draft of the replaced analysis

    const events = await callScoreEvents(firstCallId);
    // The earlier +40 is taken back in one event, and the new analysis gives +10 (both written in one transaction).
    expect(events).toHaveLength(6);
    expect(events.slice(4).map((e) => [e.delta, e.reason]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [-40, expect.stringMatching(/^-40 earlier analysis of call of \d+ \w+ replaced$/)],
      [10, expect.stringMatching(/^\+10 asked about pricing on call of/)],
    ]);
    expect(sum(events.map((e) => e.delta))).toBe(10);
    const lead = (await gqlOk(t.url, LeadDocument, { id: leadId }, { token: org.token })).lead;
    expect(lead.score).toBe(scoreBefore - 30);
    expect((await usageOf(firstCallId)).map((u) => u.inputTokens)).toEqual([2000, 1500]);
  });

  it('analyzeCall of an unknown call is NOT_FOUND; of a live call BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(t.url, AnalyzeCallDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: org.token }))).toBe('NOT_FOUND');
    const callSid = `CA${hex()}`;
    const live = await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, from: nextCustomerPhone(), to: OUR_NUMBER, status: 'IN_PROGRESS' } }, { token: bridgeKey });
    const r = await gql(t.url, AnalyzeCallDocument, { id: live.recordCallEvent.call.id }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((await readCall(live.recordCallEvent.call.id)).analysisStatus).toBe('NONE');
  });
});

describe('Whisper transcription of a recording', () => {
  const WHISPER_SEGMENTS = [
    { start: 0, end: 4.2, text: 'Hi, I need a quote for a new fence around the backyard.' },
    { start: 4.2, end: 9.8, text: 'How much would cedar cost for about two hundred feet?' },
    { start: 9.8, end: 42.5, text: 'Great, please send the quote by Friday.' },
  ];
  let recordedCallId: string;
  let recordedCallSid: string;

  const post = (path: string, params: Record<string, string>) => postTwilioWebhook(t.url, path, params, { authToken: twilioFake.authToken });

  it('downloads the recording with Twilio auth, transcribes it, stores WHISPER segments, then analyzes, recording usage', async () => {
    const audio = Buffer.from(`ID3 fake mp3 ${hex(8)}`);
    const recording = twilioFake.addRecording(audio);
    const callSid = `CA${hex()}`;
    const customer = nextCustomerPhone();
    openai.script(
      fakeReply.transcription(42.5, WHISPER_SEGMENTS),
      fakeReply.chat({ ...MODEL_ANSWER, buyingSignals: [{ kind: 'PRICING_INQUIRY', quote: 'How much would cedar cost', segmentSequence: 1 }], actionItems: [], appointments: [] }),
    );

    expect((await post('/webhooks/twilio/voice', { CallSid: callSid, From: customer, To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound' })).status).toBe(200);
    expect((await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress' })).status).toBe(200);
    expect((await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '43' })).status).toBe(200);
    recordedCallId = (await em().findOneOrFail(Call, { twilioCallSid: callSid }, { filters: false })).id;
    recordedCallSid = callSid;
    // No live transcript and no recording yet: nothing to analyze.
    expect(await readCall(recordedCallId)).toMatchObject({ status: 'COMPLETED', analysisStatus: 'NONE', transcript: null });

    const twilioBefore = twilioFake.requests.length;
    const rec = await post('/webhooks/twilio/recording', { CallSid: callSid, RecordingSid: recording.sid, RecordingUrl: recording.recordingUrl, RecordingStatus: 'completed', RecordingDuration: '43' });
    expect(rec.status).toBe(200);
    const done = await settledCall(recordedCallId);

    expect(done.analysisStatus).toBe('DONE');
    expect(done.recording).toEqual({ url: recording.recordingUrl, sid: recording.sid, seconds: 43 });
    expect(done.transcript?.source).toBe('WHISPER');
    expect(done.transcript?.segments).toEqual(WHISPER_SEGMENTS.map((s, i) => ({ sequence: i, speaker: 'CUSTOMER', text: s.text, isFinal: true })));
    expect(done.analysis).toMatchObject({ kind: 'FINAL', provider: 'openai', segmentsAnalyzed: 3, buyingSignals: [expect.objectContaining({ kind: 'PRICING_INQUIRY', segmentSequence: 1 })] });

    // The media came from the fake Twilio, with the account's basic auth.
    const downloads = twilioFake.requests.slice(twilioBefore).filter((r) => r.method === 'GET');
    expect(downloads).toEqual([expect.objectContaining({ path: `/2010-04-01/Accounts/${twilioFake.accountSid}/Recordings/${recording.sid}.mp3`, authorized: true, forwardedHost: undefined })]);
    // …and went to Whisper as the uploaded file.
    const upload = openai.requests.filter((r) => r.path === '/v1/audio/transcriptions').at(-1)!;
    expect(upload.authorized).toBe(true);
    expect(upload.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json' });
    expect(upload.file?.filename).toBe(`${recording.sid}.mp3`);
    expect(upload.file?.bytes.equals(audio)).toBe(true);
    // The analysis read the Whisper words.
    const chat = chatRequests().at(-1)!.json as { messages: Array<{ role: string; content: string }> };
    expect(JSON.parse(chat.messages[1]!.content).segments.map((s: { text: string }) => s.text)).toEqual(WHISPER_SEGMENTS.map((s) => s.text));

    const usage = await usageOf(recordedCallId);
    expect(usage.map((u) => u.operation)).toEqual(['TRANSCRIPTION', 'CALL_ANALYSIS']);
    // 42.5 s × $0.006/min = $0.00425
    expect(usage[0]).toMatchObject({ provider: 'openai', model: 'whisper-1', audioSeconds: 42.5, inputTokens: 0, outputTokens: 0, costMicroDollars: 4250 });
  });

  it('transcribeCall returns at once with PENDING; the result arrives on callUpdated', async () => {
    openai.script(fakeReply.transcription(10, [{ start: 0, end: 10, text: 'Hello again.' }]), fakeReply.chat({ ...MODEL_ANSWER, buyingSignals: [], actionItems: [], appointments: [] }));
    const client = wsClient(t.wsUrl, org.token);
    try {
      const updates = subscribe(client, CallUpdatedDocument, { id: recordedCallId });
      await connected(client);
      // A harmless real change (the recording's length) proves the subscription is listening before we act;
      // an event that changes nothing publishes nothing.
      const { sid: recordingSid } = (await readCall(recordedCallId)).recording!;
      let probe = 0;
      await waitUntil('callUpdated to listen', async () => {
        await gqlOk(t.url, RecordCallEventDocument, { input: { callSid: recordedCallSid, recordingSid, recordingSeconds: 43 + ++probe } }, { token: bridgeKey });
        await sleep(50);
        return updates.events.length > 0;
      });
      const seen = updates.events.length;

      const r = await gqlOk(t.url, TranscribeCallDocument, { id: recordedCallId }, { token: org.token });
      expect(r.transcribeCall.call).toEqual({ id: recordedCallId, analysisStatus: 'PENDING' });
      await waitUntil('callUpdated with DONE', () => updates.events.slice(seen).some((e) => e.data?.callUpdated.call.analysisStatus === 'DONE'));
      expect(updates.events.slice(seen).every((e) => e.data?.callUpdated.kind === 'UPDATED' && e.data.callUpdated.call.id === recordedCallId)).toBe(true);
      updates.dispose();
    } finally {
      await client.dispose();
    }
    const usage = await usageOf(recordedCallId);
    expect(usage.filter((u) => u.operation === 'TRANSCRIPTION').map((u) => u.audioSeconds)).toEqual([42.5, 10]);
  });

  it('transcribeCall of a call without a recording is BAD_USER_INPUT and queues nothing', async () => {
    openai.script(fakeReply.chat(MODEL_ANSWER));
    const { callId } = await bridgeCall();
    await settledCall(callId);
    const requests = openai.requests.length;
    const r = await gql(t.url, TranscribeCallDocument, { id: callId }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('id');
    expect((await readCall(callId)).analysisStatus).toBe('DONE');
    expect(openai.requests.length).toBe(requests);
  });

  it('transcribeCall on a server without OpenAI is NOT_CONFIGURED', async () => {
    const plain = await startTestServer(twilioEnv(twilioFake));
    try {
      const other = await createTenant(plain);
      const key = await other.apiKey(['bridge', 'calls:read']);
      const recording = twilioFake.addRecording();
      const callSid = `CA${hex()}`;
      const created = await gqlOk(plain.url, RecordCallEventDocument, { input: { callSid, from: '+15125556001', to: '+15125556002', status: 'COMPLETED', recordingUrl: recording.recordingUrl, recordingSid: recording.sid } }, { token: key });
      const r = await gql(plain.url, TranscribeCallDocument, { id: created.recordCallEvent.call.id }, { token: other.token });
      expect(codeOf(r)).toBe('NOT_CONFIGURED');
    } finally {
      await plain.close();
    }
  });
});

describe('failure modes: the local analyzer stands in, the breaker opens, no job is lost', () => {
  const failedCalls: string[] = [];

  async function degradedCall(replies: FakeOpenAiReply[], expectedRequests: number): Promise<CallView> {
    openai.script(...replies);
    const before = chatRequests().length;
    const { callId } = await bridgeCall();
    failedCalls.push(callId);
    const call = await settledCall(callId);
    expect(chatRequests().length - before).toBe(expectedRequests);
    expect(call.analysisStatus).toBe('DONE');
    expect(call.analysis).toMatchObject({ kind: 'FINAL', provider: 'local', model: 'switchboard-local', degraded: true, costMicroDollars: 0 });
    // The local analysis is a real one: it found the customer's pricing question.
    expect(call.analysis!.buyingSignals.map((s) => s.kind)).toContain('PRICING_INQUIRY');
    const usage = await usageOf(callId);
    expect(usage.map((u) => [u.operation, u.provider, u.costMicroDollars])).toEqual([['CALL_ANALYSIS', 'local', 0]]);
    return call;
  }

  it('starts with a closed breaker', () => {
    expect(t.app.ai.circuit?.status).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('repeated 500s: retried, then degraded', async () => {
    const attempts = DEFAULT_RESILIENCE.retries + 1;
    await degradedCall(Array.from({ length: attempts }, () => fakeReply.serverError(500)), attempts);
    expect(t.app.ai.circuit?.status).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
  });

  it('timeouts: every attempt times out, then degraded', async () => {
    const attempts = DEFAULT_RESILIENCE.retries + 1;
    await degradedCall(Array.from({ length: attempts }, () => fakeReply.hang()), attempts);
    expect(t.app.ai.circuit?.status.consecutiveFailures).toBe(2);
  });

  it('malformed JSON and a schema-invalid answer: not retried, degraded', async () => {
    await degradedCall([fakeReply.malformedJson()], 1);
    await degradedCall([fakeReply.schemaInvalid()], 1);
    expect(t.app.ai.circuit?.status.consecutiveFailures).toBe(4);
  });

  it(`opens after ${DEFAULT_RESILIENCE.breakerThreshold} consecutive failures; then analyses do not reach OpenAI and still finish`, async () => {
    expect(DEFAULT_RESILIENCE.breakerThreshold).toBe(5);
    await degradedCall([fakeReply.malformedJson()], 1);
    expect(t.app.ai.circuit?.status.state).toBe('open');

    const requests = openai.requests.length;
    const parallel = await Promise.all([bridgeCall(), bridgeCall(), bridgeCall()]);
    failedCalls.push(...parallel.map((c) => c.callId));
    const settled = await Promise.all(parallel.map((c) => settledCall(c.callId)));
    for (const call of settled) {
      expect(call).toMatchObject({ analysisStatus: 'DONE', analysis: { provider: 'local', degraded: true } });
    }
    expect(openai.requests.length).toBe(requests);
  });

  it('loses no job: every call of the organization ends with its analysis DONE', async () => {
    const { calls } = await gqlOk(t.url, CallsWithAnalysisDocument, { filter: { status: ['COMPLETED'] }, first: 100 }, { token: org.token });
    expect(calls.totalCount).toBeGreaterThanOrEqual(failedCalls.length);
    expect(calls.edges.map((e) => e.node.analysisStatus).filter((s) => s !== 'DONE')).toEqual([]);
    for (const id of failedCalls) expect(calls.edges.some((e) => e.node.id === id)).toBe(true);
  });
});
