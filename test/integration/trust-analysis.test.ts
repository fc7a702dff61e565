/**
 * Issue 7, "data that must not be lost or duplicated" and score events:
 * re-analysis reconciles follow-ups and alerts, score history is in order of
 * application, leadChanged is one event per commit, profile scoring
 * re-derives when a field is cleared. Calls come through the bridge
 * mutations at fixed dates and are analyzed by the local analyzer.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AdjustLeadScoreDocument,
  AlertsDocument,
  AnalyzeCallDocument,
  AppendTranscriptSegmentsDocument,
  CallDocument,
  CompleteActionItemDocument,
  ConfirmAppointmentDocument,
  CreateLeadDocument,
  HotLeadsDocument,
  LeadChangedDocument,
  LeadDocument,
  RecordCallEventDocument,
  UpdateActionItemDocument,
  UpdateLeadDocument,
  UpsertLeadDocument,
  type CallQuery,
  type LeadQuery,
  type Speaker,
} from '../generated/graphql';
import { connected, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { eventually } from '../support/eventually';

const GOOD_CALL: Array<[Speaker, string]> = [
  ['AGENT', 'Thanks for calling, how can I help?'],
  ['CUSTOMER', 'How much would it cost to fix a leaking gutter? It is urgent.'],
  ['AGENT', 'Around four hundred dollars. I can send someone to inspect it. How about Tuesday at 3?'],
  ['CUSTOMER', "Tuesday at 3 works. Let's go ahead and book it."],
  ['AGENT', "Great. I'll send you a confirmation email by Friday."],
  ['CUSTOMER', "That sounds great, thank you so much! I'll text you photos of the gutter tonight."],
  ['AGENT', "Perfect, and I'll call you the day before to confirm."],
];

const FURIOUS_CALL: Array<[Speaker, string]> = [
  ['AGENT', 'Keystone Plumbing, this is Erin.'],
  ['CUSTOMER', 'Your plumber never showed up. Nobody called. This is unacceptable.'],
  ['AGENT', 'That is terrible. I am so sorry, that is awful.'],
  ['CUSTOMER', 'I cannot trust you people. This was a terrible experience and a waste of my time.'],
  ['AGENT', 'It is a bad mistake on our side.'],
  ['CUSTOMER', "I'm done with you. I am furious and I will leave a bad review. Horrible, disgusting service."],
];

/** A Monday afternoon in Chicago (the tenants' time zone); "Tuesday at 3" is the next day. */
const CALL_TIME = new Date('2031-03-03T20:00:00.000Z');

let t: TestServer;
let org: Tenant;
let bridgeKey: string;
let phoneCounter = 0;
const nextPhone = () => `+1512556${String(1000 + ++phoneCounter).padStart(4, '0')}`;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
  bridgeKey = await org.apiKey(['bridge', 'calls:read']);
});
afterAll(async () => {
  await t?.close();
});

/** Polls (by attempts, not the clock) until `probe` gives a value. */

const readLead = async (id: string) => (await gqlOk(t.url, LeadDocument, { id }, { token: org.token })).lead;
const readCall = async (id: string) => (await gqlOk(t.url, CallDocument, { id }, { token: org.token })).call;
const analyzed = (id: string) =>
  eventually(`analysis of ${id}`, async () => {
    const call = await readCall(id);
    return call.analysisStatus === 'DONE' ? call : null;
  });

/** A lead whose profile score job has run (its first PROFILE events exist). */
async function scoredLead(input: Record<string, unknown>): Promise<NonNullable<LeadQuery['lead']>> {
  const created = await gqlOk(t.url, CreateLeadDocument, { input: { name: `Lead ${randomBytes(3).toString('hex')}`, ...input } }, { token: org.token });
  return eventually('the profile score', async () => {
    const lead = await readLead(created.createLead.lead.id);
    // The lead row and its history are two reads: wait until both show the job's commit.
    return lead.scoreHistory.some((e) => e.source === 'PROFILE') && lead.scoreHistory[0]!.scoreAfter === lead.score ? lead : null;
  });
}

/** A completed call from `customer` with a transcript, analyzed. */
async function completedCall(customer: string, lines: Array<[Speaker, string]>): Promise<NonNullable<CallQuery['call']>> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const at = (s: number) => new Date(CALL_TIME.getTime() + s * 1000).toISOString();
  const first = await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, direction: 'INBOUND', from: customer, to: '+15125550100', status: 'RINGING', occurredAt: at(0) } }, { token: bridgeKey });
  await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'IN_PROGRESS', occurredAt: at(5) } }, { token: bridgeKey });
  const segments = lines.map(([speaker, text], i) => ({ sequence: i + 1, speaker, text, startMs: i * 5000, endMs: i * 5000 + 4000 }));
  await gqlOk(t.url, AppendTranscriptSegmentsDocument, { input: { callSid, segments } }, { token: bridgeKey });
  await gqlOk(t.url, RecordCallEventDocument, { input: { callSid, status: 'COMPLETED', occurredAt: at(95), durationSeconds: 90 } }, { token: bridgeKey });
  return analyzed(first.recordCallEvent.call.id);
}

async function reanalyze(callId: string): Promise<NonNullable<CallQuery['call']>> {
  const r = await gqlOk(t.url, AnalyzeCallDocument, { id: callId }, { token: org.token });
  expect(r.analyzeCall.call.analysisStatus).toBe('PENDING');
  return analyzed(callId);
}

const alertsOf = async (type: 'HOT_LEAD' | 'NEGATIVE_CALL', subjectId: string) =>
  (await gqlOk(t.url, AlertsDocument, { filter: { type: [type], subjectId }, first: 10 }, { token: org.token })).alerts.edges.map((e) => e.node);

/** Each entry's scoreAfter minus its delta is the entry before it (newest first). */
function expectConsistentHistory(lead: NonNullable<LeadQuery['lead']>): void {
  expect(lead.scoreHistory[0]!.scoreAfter).toBe(lead.score);
  for (let i = 0; i + 1 < lead.scoreHistory.length; i++) {
    expect(lead.scoreHistory[i]!.scoreAfter - lead.scoreHistory[i]!.delta).toBe(lead.scoreHistory[i + 1]!.scoreAfter);
  }
}

describe('re-analysis of a call', () => {
  it('re-running analysis keeps what people did with its follow-ups and does not raise HOT_LEAD or publish hotLeads again', async () => {
    const phone = nextPhone();
    const profiled = await scoredLead({ phone, source: 'CALL', company: 'Gutter Works', email: `${phone.slice(1)}@example.com` });
    const first = await completedCall(phone, GOOD_CALL);
    const leadId = first.lead!.id;
    expect(leadId).toBe(profiled.id);
    expect(first.lead!.temperature).toBe('HOT');
    expect(first.actionItems.length).toBeGreaterThanOrEqual(2);
    expect(first.appointments).toHaveLength(1);
    expect(await alertsOf('HOT_LEAD', leadId)).toEqual([expect.objectContaining({ count: 1 })]);

    // People act: one item done, one edited, the appointment confirmed.
    const [done, edited, ...untouched] = first.actionItems;
    await gqlOk(t.url, CompleteActionItemDocument, { id: done!.id }, { token: org.token });
    await gqlOk(t.url, UpdateActionItemDocument, { input: { id: edited!.id, description: 'Email the written confirmation' } }, { token: org.token });
    await gqlOk(t.url, ConfirmAppointmentDocument, { id: first.appointments[0]!.id }, { token: org.token });
    const scoreBefore = (await readLead(leadId)).score;

    const client = wsClient(t.wsUrl, org.token);
    const hot = subscribe(client, HotLeadsDocument);
    await connected(client);
    await sleep(100);

    await reanalyze(first.id);
    const call = await reanalyze(first.id);

    const byId = new Map(call.actionItems.map((a) => [a.id, a]));
    expect(call.actionItems).toHaveLength(first.actionItems.length); // no copies
    expect(byId.get(done!.id)).toMatchObject({ status: 'DONE' });
    expect(byId.get(edited!.id)).toMatchObject({ status: 'OPEN', description: 'Email the written confirmation' });
    for (const item of untouched) expect(byId.get(item.id)).toMatchObject({ status: 'OPEN', description: item.description }); // updated in place, same row
    expect(call.appointments).toEqual([expect.objectContaining({ id: first.appointments[0]!.id, status: 'CONFIRMED' })]);

    const lead = await readLead(leadId);
    expect(lead).toMatchObject({ score: scoreBefore, temperature: 'HOT' });
    expect(await alertsOf('HOT_LEAD', leadId)).toEqual([expect.objectContaining({ count: 1 })]);

    // A real crossing of another lead arrives; nothing came for the re-analyzed one before it.
    const marker = await org.lead();
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: marker.id, delta: 90, reason: 'signed the contract' } }, { token: org.token });
    const events = await hot.waitFor(1);
    expect(events.map((e) => e.data?.hotLeads.lead.id)).toEqual([marker.id]);
    hot.dispose();
    await client.dispose();
  });

  it('re-running analysis of a strongly negative call does not count NEGATIVE_CALL again', async () => {
    const first = await completedCall(nextPhone(), FURIOUS_CALL);
    expect(await alertsOf('NEGATIVE_CALL', first.id)).toEqual([expect.objectContaining({ count: 1 })]);
    await reanalyze(first.id);
    expect(await alertsOf('NEGATIVE_CALL', first.id)).toEqual([expect.objectContaining({ count: 1 })]);
  });
});

describe('score history', () => {
  it('score history is in order of application: after several events in one transaction the newest scoreAfter is the score', async () => {
    // The profile job writes five events in one transaction.
    const lead = await eventually('five profile events', async () => {
      const l = await readLead((await scoredLeadOnce()).id);
      return l.scoreHistory.length === 5 && l.score === 45 ? l : null;
    });
    expect(lead.score).toBe(45);
    expectConsistentHistory(lead);

    // A re-analysis writes the take-back and the new effect in one transaction too.
    const call = await completedCall(lead.phone!, GOOD_CALL);
    await reanalyze(call.id);
    expectConsistentHistory(await readLead(lead.id));
  });
});

let onceLead: Promise<NonNullable<LeadQuery['lead']>> | null = null;
function scoredLeadOnce(): Promise<NonNullable<LeadQuery['lead']>> {
  onceLead ??= scoredLead({ email: 'order@example.com', phone: nextPhone(), company: 'Order Co', budgetCents: 500_000, budgetCurrency: 'USD', source: 'PARTNER' });
  return onceLead;
}

describe('leadChanged', () => {
  it('leadChanged sends one CREATED and one UPDATED for a lead that several profile rules score, not one per rule', async () => {
    const client = wsClient(t.wsUrl, org.token);
    const changes = subscribe(client, LeadChangedDocument);
    await connected(client);
    await sleep(100);

    const created = await gqlOk(
      t.url,
      CreateLeadDocument,
      { input: { name: 'Many Rules', email: 'many.rules@example.com', phone: nextPhone(), company: 'Rules Inc', budgetCents: 100_000, budgetCurrency: 'USD', source: 'PARTNER' } },
      { token: org.token },
    );
    const leadId = created.createLead.lead.id;
    const ofLead = () => changes.events.filter((e) => e.data?.leadChanged.leadId === leadId).map((e) => e.data!.leadChanged);
    await eventually('the profile score event', async () => ofLead().some((e) => e.kind === 'UPDATED'));
    // A later commit's event marks the end: everything of the job's commit was published before it.
    const marker = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Marker' } }, { token: org.token });
    await eventually('the marker', async () => changes.events.some((e) => e.data?.leadChanged.leadId === marker.createLead.lead.id));

    expect(ofLead().map((e) => [e.kind, [...e.changedFields].sort()])).toEqual([
      ['CREATED', []],
      ['UPDATED', ['score', 'temperature']],
    ]);
    expect(ofLead()[1]!.lead).toMatchObject({ score: 45 });

    // An update that moves the profile score is one event too, naming both.
    await gqlOk(t.url, UpdateLeadDocument, { input: { id: leadId, company: null } }, { token: org.token });
    const update = await eventually('the update', async () => ofLead()[2]);
    expect([...update.changedFields].sort()).toEqual(['company', 'score']);
    const marker2 = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Marker 2' } }, { token: org.token });
    await eventually('the second marker', async () => changes.events.some((e) => e.data?.leadChanged.leadId === marker2.createLead.lead.id));
    expect(ofLead()).toHaveLength(3);

    changes.dispose();
    await client.dispose();
  });
});

describe('profile score', () => {
  it('clearing a field takes back the profile score it earned, and setting it again gives it back', async () => {
    const email = `clear-${randomBytes(3).toString('hex')}@example.com`;
    const lead = await scoredLead({ email, company: 'Acme Roofing', budgetCents: 200_000, budgetCurrency: 'USD' });
    expect(lead.score).toBe(25);

    await gqlOk(t.url, UpdateLeadDocument, { input: { id: lead.id, company: null } }, { token: org.token });
    let now = await readLead(lead.id);
    expect(now.score).toBe(20);
    expect(now.scoreHistory[0]).toMatchObject({ delta: -5, scoreAfter: 20, reason: '-5 company removed', source: 'PROFILE' });

    await gqlOk(t.url, UpdateLeadDocument, { input: { id: lead.id, budgetCents: null, company: 'Acme Roofing' } }, { token: org.token });
    now = await readLead(lead.id);
    expect(now.score).toBe(10);
    expect(now.scoreHistory[0]).toMatchObject({ delta: -10, reason: '-10 company named, budget removed', source: 'PROFILE' });

    const upserted = await gqlOk(t.url, UpsertLeadDocument, { input: { email, name: lead.name, budgetCents: 300_000, budgetCurrency: 'USD' } }, { token: org.token });
    expect(upserted.upsertLead.lead.score).toBe(25);
    now = await readLead(lead.id);
    expect(now.scoreHistory[0]).toMatchObject({ delta: 15, reason: '+15 stated a budget' });
    expectConsistentHistory(now);

    // A change that no rule reads leaves the score alone.
    await gqlOk(t.url, UpdateLeadDocument, { input: { id: lead.id, name: 'Renamed' } }, { token: org.token });
    expect((await readLead(lead.id)).scoreHistory).toHaveLength(now.scoreHistory.length);
  });
});
