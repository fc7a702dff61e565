/**
 * The AI budget through the running API (issue 4), with the real `openai`
 * SDK inside the server talking to a fake OpenAI on 127.0.0.1 (and Twilio
 * recordings from a fake Twilio): concurrent analyses crossing 80/90/100 %
 * raise each threshold alert exactly once; BLOCK refuses, DEGRADE falls back
 * to the local analyzer, ALLOW keeps paying; `aiUsage` and `systemStatus`
 * agree with the ai_usage rows.
 *
 * The tests of this file build on each other: one organization, one month.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fakeReply, startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';
import {
  AiUsageDetailDocument,
  AlertsDocument,
  AnalyzeCallDocument,
  AppendTranscriptSegmentsDocument,
  BudgetAlertDocument,
  BudgetCallAnalysisDocument,
  CreatePhoneNumberDocument,
  RecordCallEventDocument,
  SystemStatusDocument,
  TranscribeCallDocument,
  UpdateOrganizationSettingsDocument,
  type AiBudgetPolicy,
  type BudgetCallAnalysisQuery,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { budgetAlertProbe, eventually, primeSubscriptions } from '../support/isolation-alerts';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';
import { twilioEnv } from '../support/twilio-webhook';

const OUR_NUMBER = '+15125550400';
/** Every scripted analysis costs 1000 × $0.15/M + 500 × $0.60/M = 450 µ$ (gpt-4o-mini list prices). */
const USAGE = { prompt_tokens: 1000, completion_tokens: 500 };
const COST = 450;
const CALLS = 10;
const BUDGET = CALLS * COST;
/** A valid, uneventful model answer: no signals, so no score changes or other alerts get in the way. */
const NEUTRAL_ANSWER = {
  summary: 'The customer asked a general question.',
  sentiment: { label: 'NEUTRAL', score: 0, bySpeaker: { AGENT: { label: 'NEUTRAL', score: 0 }, CUSTOMER: { label: 'NEUTRAL', score: 0 } } },
  buyingSignals: [],
  objections: [],
  actionItems: [],
  appointments: [],
};
const LINES: Array<['AGENT' | 'CUSTOMER', string]> = [
  ['AGENT', 'Thanks for calling, how can I help?'],
  ['CUSTOMER', 'Do you also clean gutters?'],
  ['AGENT', 'We do, all year round.'],
];

let openai: FakeOpenAi;
let twilio: FakeTwilio;
let t: TestServer;
let org: Tenant;
let bridgeKey: string;
let phone = 0;
const hex = (n = 16) => randomBytes(n).toString('hex');
const chatRequests = () => openai.requests.filter((r) => r.path === '/v1/chat/completions').length;
const usageRows = () => sqlRows(t, 'select operation, provider, model, cost_micro_dollars::int as cost from ai_usage where organization_id = ? order by created_at', [org.organizationId]);

beforeAll(async () => {
  [openai, twilio] = await Promise.all([startFakeOpenAi(), startFakeTwilio()]);
  t = await startTestServer({ ...twilioEnv(twilio), OPENAI_API_KEY: openai.apiKey, OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_TIMEOUT_MS: '2000', ESCALATION_CHECK_SECONDS: '3600' });
  org = await createTenant(t);
  bridgeKey = await org.apiKey(['bridge', 'calls:read', 'calls:write']);
  await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: OUR_NUMBER, label: 'Budget line' } }, { token: org.token });
});
afterEach(() => {
  expect(openai.pending()).toBe(0); // each test used exactly the replies it scripted
});
afterAll(async () => {
  await t?.close();
  await Promise.all([openai?.close(), twilio?.close()]);
});

const setPolicy = (aiBudgetPolicy: AiBudgetPolicy, aiMonthlyBudgetMicros = BUDGET) =>
  gqlOk(t.url, UpdateOrganizationSettingsDocument, { input: { aiMonthlyBudgetMicros, aiBudgetPolicy } }, { token: org.token });

/** A live call with a short transcript, not yet ended. */
async function liveCall(): Promise<{ callId: string; callSid: string }> {
  const callSid = `CA${hex()}`;
  const from = `+1512555${String(3000 + ++phone).padStart(4, '0')}`;
  const started = await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, from, to: OUR_NUMBER, direction: 'INBOUND', status: 'RINGING' } }, { token: bridgeKey });
  await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'IN_PROGRESS' } }, { token: bridgeKey });
  const segments = LINES.map(([speaker, text], i) => ({ sequence: i + 1, speaker, text, startMs: i * 4000, endMs: i * 4000 + 3500 }));
  await gqlOk(t.url, AppendTranscriptSegmentsDocument, { input: { callSid, segments } }, { token: bridgeKey });
  return { callId: started.recordCallEvent.call.id, callSid };
}

const complete = (callSid: string) => gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'COMPLETED', durationSeconds: 45 } }, { token: bridgeKey });

type CallView = NonNullable<BudgetCallAnalysisQuery['call']>;

/** The call once its analysis settled (DONE or FAILED). */
async function settled(callId: string): Promise<CallView> {
  return eventually(`analysis of ${callId}`, async () => {
    const { call } = await gqlOk(t.url, BudgetCallAnalysisDocument, { id: callId }, { token: org.token });
    return call.analysisStatus === 'DONE' || call.analysisStatus === 'FAILED' ? call : null;
  }, 15_000);
}

/** Asks for a re-analysis and waits for it to finish. */
async function reanalyze(callId: string): Promise<CallView> {
  const r = await gqlOk(t.url, AnalyzeCallDocument, { id: callId }, { token: org.token });
  expect(r.analyzeCall.call.analysisStatus).toBe('PENDING');
  return settled(callId);
}

const thresholdAlerts = async () =>
  (await gqlOk(t.url, AlertsDocument, { filter: { type: ['BUDGET_THRESHOLD'] } }, { token: org.token })).alerts.edges.map((e) => e.node).sort((a, b) => a.dedupKey.localeCompare(b.dedupKey));

const completedCalls: string[] = [];
let budgetEvents: () => Array<{ threshold: number; spentMicros: number; budgetMicros: number; alertId: string }>;
let closeFeed: () => Promise<void>;

describe('crossing 80, 90 and 100 % with concurrent analyses', () => {
  it(`raises exactly three BUDGET_THRESHOLD alerts (count 1 each) and three budgetAlert events when ${CALLS} calls end at once`, async () => {
    await setPolicy('BLOCK');
    const client = wsClient(t.wsUrl, org.token);
    closeFeed = async () => {
      await client.dispose();
    };
    const feed = subscribe(client, BudgetAlertDocument);
    await connected(client);
    const withoutProbes = await primeSubscriptions([feed], await budgetAlertProbe(t.app, org.organizationId));
    budgetEvents = () => withoutProbes(feed.events).map((e) => ({ ...e.data!.budgetAlert, alertId: e.data!.budgetAlert.alert.id }));

    const calls = await Promise.all(Array.from({ length: CALLS }, () => liveCall()));
    openai.script(...calls.map(() => fakeReply.chat(NEUTRAL_ANSWER, USAGE)));
    // All end together: their final analyses run as concurrent jobs.
    await Promise.all(calls.map((c) => complete(c.callSid)));
    for (const c of calls) {
      const call = await settled(c.callId);
      expect(call.analysisStatus).toBe('DONE');
      expect(call.analysis).toMatchObject({ kind: 'FINAL', provider: 'openai', degraded: false, costMicroDollars: COST });
      completedCalls.push(c.callId);
    }
    expect(chatRequests()).toBe(CALLS);

    const rows = await usageRows();
    expect(rows).toEqual(calls.map(() => ({ operation: 'CALL_ANALYSIS', provider: 'openai', model: 'gpt-4o-mini', cost: COST })));
    const crossings = await sqlRows(t, 'select threshold, spent_micros::int as spent from budget_threshold_crossing where organization_id = ? order by threshold', [org.organizationId]);
    // Recorders are serialized by the organization's row lock: each threshold was crossed by exactly the analysis that reached it.
    expect(crossings).toEqual([
      { threshold: 80, spent: 8 * COST },
      { threshold: 90, spent: 9 * COST },
      { threshold: 100, spent: 10 * COST },
    ]);

    const period = t.app.clock.now().toISOString().slice(0, 7); // the month the budget service counts in: the app's clock
    const alerts = await thresholdAlerts();
    expect(alerts.map((a) => [a.dedupKey, a.severity, a.count, a.status, a.subjectType, a.subjectId])).toEqual([
      [`budget:${period}:100`, 'CRITICAL', 1, 'OPEN', 'Organization', org.organizationId],
      [`budget:${period}:80`, 'MEDIUM', 1, 'OPEN', 'Organization', org.organizationId],
      [`budget:${period}:90`, 'HIGH', 1, 'OPEN', 'Organization', org.organizationId],
    ]);

    const events = await eventually('three budgetAlert events', async () => (budgetEvents().length >= 3 ? budgetEvents() : null));
    await sleep(200);
    expect(budgetEvents()).toHaveLength(3);
    expect(events.map((e) => [e.threshold, e.spentMicros, e.budgetMicros]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [80, 8 * COST, BUDGET],
      [90, 9 * COST, BUDGET],
      [100, 10 * COST, BUDGET],
    ]);
    expect(new Set(events.map((e) => e.alertId))).toEqual(new Set(alerts.map((a) => a.id)));
  });
});

describe('the policy at 100 %', () => {
  it('BLOCK rejects analyzeCall and transcribeCall with BUDGET_EXCEEDED and spends nothing more; a call ending now is not analyzed', async () => {
    const requests = openai.requests.length;
    const rowsBefore = await usageRows();
    const callId = completedCalls[0]!;
    for (const r of [await gql(t.url, AnalyzeCallDocument, { id: callId }, { token: org.token }), await gql(t.url, TranscribeCallDocument, { id: callId }, { token: org.token })]) {
      expect(codeOf(r)).toBe('BUDGET_EXCEEDED');
      expect(r.data).toBeNull();
    }
    expect((await settled(callId)).analysisStatus).toBe('DONE');

    const fresh = await liveCall();
    await complete(fresh.callSid);
    // Its final analysis is refused: the call keeps only the rolling (local, free) analysis of the live call.
    const call = await settled(fresh.callId);
    expect(call).toMatchObject({ analysisStatus: 'FAILED', analysis: { kind: 'LIVE', provider: 'local', costMicroDollars: 0 } });

    expect(openai.requests.length).toBe(requests);
    expect(await usageRows()).toEqual(rowsBefore);
    expect((await gqlOk(t.url, AiUsageDetailDocument, {}, { token: org.token })).aiUsage.budget).toEqual({ budgetMicros: BUDGET, spentMonthToDateMicros: BUDGET, percentUsed: 100, policy: 'BLOCK' });
  });

  it('DEGRADE answers with the local analyzer, marked degraded, without calling the provider', async () => {
    await setPolicy('DEGRADE');
    const requests = openai.requests.length;
    const rowsBefore = await usageRows();

    const again = await reanalyze(completedCalls[1]!);
    expect(again).toMatchObject({ analysisStatus: 'DONE', analysis: { kind: 'FINAL', provider: 'local', degraded: true, costMicroDollars: 0 } });
    const fresh = await liveCall();
    await complete(fresh.callSid);
    expect((await settled(fresh.callId)).analysis).toMatchObject({ provider: 'local', degraded: true, costMicroDollars: 0 });
    // There is no local transcriber to degrade to.
    expect(codeOf(await gql(t.url, TranscribeCallDocument, { id: completedCalls[1]! }, { token: org.token }))).toBe('BUDGET_EXCEEDED');

    expect(openai.requests.length).toBe(requests);
    const rows = await usageRows();
    expect(rows.slice(0, rowsBefore.length)).toEqual(rowsBefore);
    expect(rows.slice(rowsBefore.length)).toEqual([
      { operation: 'CALL_ANALYSIS', provider: 'local', model: expect.any(String), cost: 0 },
      { operation: 'CALL_ANALYSIS', provider: 'local', model: expect.any(String), cost: 0 },
    ]);
  });

  it('ALLOW keeps calling the provider past 100 % without raising any threshold again', async () => {
    await setPolicy('ALLOW');
    const requests = chatRequests();
    openai.script(fakeReply.chat(NEUTRAL_ANSWER, USAGE), fakeReply.transcription(30, [{ start: 0, end: 30, text: 'Hi, I would like a quote for new gutters.' }]), fakeReply.chat(NEUTRAL_ANSWER, USAGE));

    const again = await reanalyze(completedCalls[2]!);
    expect(again.analysis).toMatchObject({ provider: 'openai', degraded: false, costMicroDollars: COST });
    expect(chatRequests()).toBe(requests + 1);

    // A recorded call without a live transcript: Whisper first, then the analysis.
    const recording = twilio.addRecording();
    const recorded = await gqlOk(
      t.url,
      RecordCallEventDocument,
      { input: { callSid: `CA${hex()}`, from: '+15125553999', to: OUR_NUMBER, direction: 'INBOUND', status: 'COMPLETED', durationSeconds: 30, recordingUrl: recording.recordingUrl, recordingSid: recording.sid } },
      { token: bridgeKey },
    );
    const transcribed = await settled(recorded.recordCallEvent.call.id);
    expect(transcribed.analysis).toMatchObject({ provider: 'openai', degraded: false });
    expect(chatRequests()).toBe(requests + 2);

    const rows = await usageRows();
    expect(rows.filter((r) => r.operation === 'TRANSCRIPTION')).toEqual([{ operation: 'TRANSCRIPTION', provider: 'openai', model: 'whisper-1', cost: 3000 }]);
    const alerts = await thresholdAlerts();
    expect(alerts.map((a) => a.count)).toEqual([1, 1, 1]);
    await sleep(200);
    expect(budgetEvents()).toHaveLength(3);
    await closeFeed();
  });
});

describe('aiUsage and systemStatus', () => {
  it('report totals, breakdowns by operation, model and day, cost per call and the budget exactly as the ai_usage rows say', async () => {
    const { aiUsage } = await gqlOk(t.url, AiUsageDetailDocument, {}, { token: org.token });
    const where = 'from ai_usage where organization_id = ?';
    const sums = 'coalesce(sum(cost_micro_dollars), 0)::int as "costMicroDollars", count(*)::int as operations, coalesce(sum(input_tokens), 0)::int as "inputTokens", coalesce(sum(output_tokens), 0)::int as "outputTokens", coalesce(sum(audio_seconds), 0)::float as "audioSeconds"';
    const grouped = (key: string) => sqlRows(t, `select ${key} as key, ${sums} ${where} group by 1 order by 1`, [org.organizationId]);
    const [total] = await sqlRows(t, `select 'total' as key, ${sums} ${where}`, [org.organizationId]);

    expect(aiUsage.total).toEqual(total);
    expect(aiUsage.total.costMicroDollars).toBe(11 * COST + 3000 + COST);
    expect(aiUsage.byOperation).toEqual(await grouped('operation'));
    expect(aiUsage.byOperation.map((b) => b.key)).toEqual(['CALL_ANALYSIS', 'TRANSCRIPTION']);
    expect(aiUsage.byModel).toEqual(await grouped("provider || ':' || model"));
    expect(aiUsage.byModel.map((b) => b.key)).toEqual(expect.arrayContaining(['openai:gpt-4o-mini', 'openai:whisper-1']));
    expect(aiUsage.byModel.find((b) => b.key.startsWith('local:'))).toMatchObject({ costMicroDollars: 0, operations: 2 });
    expect(aiUsage.byDay).toEqual(await grouped("to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')"));
    expect(aiUsage.byDay.reduce((n, d) => n + d.costMicroDollars, 0)).toBe(aiUsage.total.costMicroDollars);

    const [perCall] = await sqlRows(t, `select round(avg(cost))::int as avg from (select subject_id, sum(cost_micro_dollars) as cost ${where} and subject_type = 'Call' group by 1) s`, [org.organizationId]);
    expect(aiUsage.costPerCall).toBe(perCall!.avg);
    expect(aiUsage.costPerEmail).toBeNull();
    expect(aiUsage.costPerQuote).toBeNull();
    const spent = aiUsage.total.costMicroDollars;
    expect(aiUsage.budget).toEqual({ budgetMicros: BUDGET, spentMonthToDateMicros: spent, percentUsed: Math.round((spent * 1000) / BUDGET) / 10, policy: 'ALLOW' });

    // The same through an explicit period; nothing in a period long past; a backwards period is refused.
    const now = Date.now();
    const around = await gqlOk(t.url, AiUsageDetailDocument, { period: { from: new Date(now - 86400_000).toISOString(), to: new Date(now + 86400_000).toISOString() } }, { token: org.token });
    expect(around.aiUsage.total).toEqual(total);
    const past = await gqlOk(t.url, AiUsageDetailDocument, { period: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' } }, { token: org.token });
    expect(past.aiUsage).toMatchObject({ total: { costMicroDollars: 0, operations: 0 }, byOperation: [], byModel: [], byDay: [], costPerCall: null });
    expect(past.aiUsage.budget.spentMonthToDateMicros).toBe(spent);
    const backwards = await gql(t.url, AiUsageDetailDocument, { period: { from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() } }, { token: org.token });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.extensions).toMatchObject({ field: 'period.to' });

    const { systemStatus } = await gqlOk(t.url, SystemStatusDocument, {}, { token: org.token });
    expect(systemStatus.metrics.aiSpendMonthToDateMicros).toBe(spent);
    const [calls] = await sqlRows(t, "select count(*)::int as n, count(*) filter (where status = 'COMPLETED')::int as completed from call where organization_id = ?", [org.organizationId]);
    expect(systemStatus.metrics.callsToday).toBe(calls!.n);
    expect(systemStatus.metrics.callSuccessRate).toBe(1);
    expect(systemStatus.metrics.averageAnalysisLatencyMs).toEqual(expect.any(Number));
    expect(systemStatus.circuits.find((c) => c.name === 'openai')).toMatchObject({ state: 'closed', configured: true, consecutiveFailures: 0 });
  });
});
