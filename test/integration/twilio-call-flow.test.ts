import { setTimeout as sleep } from 'node:timers/promises';
import { Call, CallStatus } from '../../src/entities/call.entity';
import { TranscriptSegment } from '../../src/entities/transcript.entity';
import { ScoreEvent } from '../../src/entities/score-event.entity';
import { Alert } from '../../src/entities/alert.entity';
import {
  AlertRaisedDocument,
  CallDocument,
  CreatePhoneNumberDocument,
  LeadDocument,
  LiveCallAnalysisDocument,
  LiveCallsDocument,
} from '../generated/graphql';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';
import { connected, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { postTwilioWebhook, transcriptionEvent, twilioEnv } from '../support/twilio-webhook';

let fake: FakeTwilio;
let t: TestServer;
let org: Tenant;
const OUR_NUMBER = '+15125550100';
const AGENT_PHONE = '+15125550199';
const CUSTOMER = '+15125557788';

const CONVERSATION: Array<['inbound_track' | 'outbound_track', string]> = [
  ['outbound_track', 'Thanks for calling Alvarez Roofing, this is Sam. How can I help?'],
  ['inbound_track', 'Hi, we have a leak in the roof and it is pretty urgent, water is coming into the kitchen.'],
  ['outbound_track', 'Sorry to hear that. We can definitely help with that.'],
  ['inbound_track', 'How much would a repair like that cost? Our budget is around five thousand dollars.'],
  ['outbound_track', 'Most repairs like that are between two and four thousand. I can send someone to inspect it. How about Tuesday at 3?'],
  ['inbound_track', "Tuesday at 3 works great. Let's go ahead and book it. Can you send me the quote as well?"],
  ['outbound_track', "Perfect. I'll send you a confirmation email by Friday."],
];

beforeAll(async () => {
  fake = await startFakeTwilio();
  t = await startTestServer(twilioEnv(fake));
  org = await createTenant(t);
  await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: OUR_NUMBER, forwardTo: AGENT_PHONE, label: 'Main line' } }, { token: org.token });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const post = (path: string, params: Record<string, string>, signature?: string | null) => postTwilioWebhook(t.url, path, params, { authToken: fake.authToken, signature });
const countRows = (entity: typeof Call | typeof TranscriptSegment | typeof ScoreEvent | typeof Alert, where: object = {}) =>
  t.app.orm.em.fork().count(entity as never, where as never, { filters: false });

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('a whole inbound call over signed Twilio webhooks', () => {
  it('rings, streams live analysis in order, completes, analyzes, scores the lead and raises HOT_LEAD', async () => {
    const callSid = 'CA' + 'a'.repeat(32);
    const client = wsClient(t.wsUrl, org.token);
    const calls = subscribe(client, LiveCallsDocument);
    const alerts = subscribe(client, AlertRaisedDocument, { filter: { type: ['HOT_LEAD'] } });
    await connected(client);

    const voice = await post('/webhooks/twilio/voice', { CallSid: callSid, From: CUSTOMER, To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound', AccountSid: fake.accountSid });
    expect(voice.status).toBe(200);
    expect(voice.body).toContain('<Transcription statusCallbackUrl="https://switchboard.example.com/webhooks/twilio/transcription"');
    expect(voice.body).toMatch(/<Dial[^>]*record="record-from-answer-dual"[^>]*>.*<Number[^>]*>\+15125550199<\/Number><\/Dial>/);

    const started = await calls.waitFor(1);
    expect(started[0]!.data?.liveCalls).toMatchObject({ kind: 'STARTED', call: { status: 'RINGING', twilioCallSid: callSid } });
    const callId = started[0]!.data!.liveCalls.call.id;
    const live = subscribe(client, LiveCallAnalysisDocument, { callId });
    await sleep(100);

    const answeredAt = new Date();
    expect((await post('/webhooks/twilio/status', { CallSid: 'CA' + 'b'.repeat(32), ParentCallSid: callSid, CallStatus: 'in-progress', Timestamp: answeredAt.toUTCString() })).status).toBe(200);
    for (const [i, [track, text]] of CONVERSATION.entries()) {
      const r = await post('/webhooks/twilio/transcription', transcriptionEvent(callSid, i + 1, track, text, new Date(answeredAt.getTime() + (i + 1) * 4000)));
      expect(r.status).toBe(200);
    }
    const events = await live.waitFor(CONVERSATION.length);
    expect(events.map((e) => e.data?.liveCallAnalysis.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const byKinds = events.flatMap((e) => e.data!.liveCallAnalysis.newBuyingSignals.map((s) => s.kind));
    expect(byKinds).toEqual(expect.arrayContaining(['URGENCY', 'PRICING_INQUIRY', 'BUDGET_MENTIONED']));
    expect(events.at(-1)!.data!.liveCallAnalysis.analysis).toMatchObject({ kind: 'LIVE', segmentsAnalyzed: 7 });

    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '95', Timestamp: new Date().toUTCString() });
    const finalEvent = await live.waitFor(CONVERSATION.length + 1);
    expect(finalEvent.at(-1)!.data!.liveCallAnalysis).toMatchObject({ final: true, analysis: { kind: 'FINAL', segmentsAnalyzed: 7 } });

    const { call } = await gqlOk(t.url, CallDocument, { id: callId }, { token: org.token });
    expect(call).toMatchObject({ status: 'COMPLETED', durationSeconds: 95, analysisStatus: 'DONE', endedEarly: false, direction: 'INBOUND' });
    expect(call.transcript?.segments.map((s) => s.speaker)).toEqual(['AGENT', 'CUSTOMER', 'AGENT', 'CUSTOMER', 'AGENT', 'CUSTOMER', 'AGENT']);
    expect(call.analysis).toMatchObject({ provider: 'local', model: 'switchboard-local', promptVersion: 'local-3', degraded: false });
    expect(call.appointments[0]).toMatchObject({ purpose: 'INSPECTION', status: 'PROPOSED' });
    expect(call.actionItems.some((a) => a.owner === 'AGENT' && a.dueAt)).toBe(true);

    const lead = await gqlOk(t.url, LeadDocument, { id: call.lead!.id }, { token: org.token });
    const reasons = lead.lead.scoreHistory.map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^\+10 asked about pricing on call of \d+ \w+$/)]));
    expect(lead.lead.temperature).toBe('HOT');
    const hot = await alerts.waitFor(1);
    expect(hot[0]!.data?.alertRaised).toMatchObject({ created: true, alert: { type: 'HOT_LEAD', subjectId: lead.lead.id, count: 1 } });

    // The recording arrives after the call: stored, and (with a live transcript) no transcription job.
    const recording = fake.addRecording();
    await post('/webhooks/twilio/recording', { CallSid: callSid, RecordingSid: recording.sid, RecordingUrl: recording.recordingUrl, RecordingStatus: 'completed', RecordingDuration: '93' });
    const after = await gqlOk(t.url, CallDocument, { id: callId }, { token: org.token });
    expect(after.call.recording).toMatchObject({ sid: recording.sid, seconds: 93 });
    expect(after.call.analysisStatus).toBe('DONE');

    live.dispose();
    calls.dispose();
    alerts.dispose();
    await client.dispose();
  });

  it('is harmless to replay: three replays and two parallel deliveries make one effect', async () => {
    const callSid = 'CA' + 'c'.repeat(32);
    const ring = { CallSid: callSid, From: '+15125557799', To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound' };
    await Promise.all([post('/webhooks/twilio/voice', ring), post('/webhooks/twilio/voice', ring)]);
    for (let i = 0; i < 3; i++) await post('/webhooks/twilio/voice', ring);
    expect(await countRows(Call, { twilioCallSid: callSid })).toBe(1);

    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress' });
    const segment = transcriptionEvent(callSid, 1, 'inbound_track', 'What would it cost to replace the whole roof?', new Date());
    await Promise.all([post('/webhooks/twilio/transcription', segment), post('/webhooks/twilio/transcription', segment)]);
    for (let i = 0; i < 3; i++) await post('/webhooks/twilio/transcription', segment);
    const call = await t.app.orm.em.fork().findOneOrFail(Call, { twilioCallSid: callSid }, { filters: false });
    expect(await countRows(TranscriptSegment, { call: call.id })).toBe(1);

    const done = { CallSid: callSid, CallStatus: 'completed', CallDuration: '30' };
    await Promise.all([post('/webhooks/twilio/status', done), post('/webhooks/twilio/status', done)]);
    for (let i = 0; i < 3; i++) await post('/webhooks/twilio/status', done);
    await waitFor('analysis', async () => (await t.app.orm.em.fork().findOne(Call, call.id, { filters: false }))?.analysisStatus === 'DONE');
    await sleep(300);
    expect(await countRows(ScoreEvent, { call: call.id, source: 'CALL' })).toBe(1);
  });

  it('never moves a call backwards when callbacks arrive late or out of order', async () => {
    const callSid = 'CA' + 'd'.repeat(32);
    await post('/webhooks/twilio/voice', { CallSid: callSid, From: '+15125557700', To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '12' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'ringing' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'failed' });
    const call = await t.app.orm.em.fork().findOneOrFail(Call, { twilioCallSid: callSid }, { filters: false });
    expect(call.status).toBe(CallStatus.COMPLETED);
    expect(call.durationSeconds).toBe(12);
  });

  it('keeps the partial transcript and marks a call cut off mid-sentence', async () => {
    const callSid = 'CA' + 'e'.repeat(32);
    await post('/webhooks/twilio/voice', { CallSid: callSid, From: '+15125557711', To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress' });
    await post('/webhooks/twilio/transcription', transcriptionEvent(callSid, 1, 'inbound_track', 'I wanted to ask about', new Date()));
    await post('/webhooks/twilio/transcription', { ...transcriptionEvent(callSid, 2, 'inbound_track', 'the price of a new', new Date()), Final: 'false' });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '8' });
    const call = await t.app.orm.em.fork().findOneOrFail(Call, { twilioCallSid: callSid }, { filters: false });
    expect(call.endedEarly).toBe(true);
    expect(await countRows(TranscriptSegment, { call: call.id })).toBe(2);
  });

  it('refuses unsigned, forged and tampered requests with 403 and stores nothing', async () => {
    const callSid = 'CA' + 'f'.repeat(32);
    const ring = { CallSid: callSid, From: '+15125557722', To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound' };
    expect((await post('/webhooks/twilio/voice', ring, null)).status).toBe(403);
    expect((await post('/webhooks/twilio/voice', ring, 'Zm9yZ2VkIHNpZ25hdHVyZQ==')).status).toBe(403);
    const signedForOther = postTwilioWebhook(t.url, '/webhooks/twilio/voice', ring, { authToken: 'wrong-token' });
    expect((await signedForOther).status).toBe(403);
    // Signed, then a parameter changed in transit.
    const twilioSdk = await import('twilio');
    const sig = twilioSdk.default.getExpectedTwilioSignature(fake.authToken, 'https://switchboard.example.com/webhooks/twilio/voice', ring);
    expect((await post('/webhooks/twilio/voice', { ...ring, From: '+15125550000' }, sig)).status).toBe(403);
    expect(await countRows(Call, { twilioCallSid: callSid })).toBe(0);
  });
});
