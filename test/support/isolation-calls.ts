/**
 * Rows of the tenant-isolation table for calls, transcripts, follow-ups,
 * phone numbers and alerts (see isolation-table.ts for the lead and account
 * rows). Each organization gets a call made through the bridge mutations, so
 * it has a transcript, an analysis, action items, a proposed appointment and
 * a phone number of its own.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLFormattedError } from 'graphql';
import {
  AdjustLeadScoreDocument,
  AlertRaisedDocument,
  AnalyzeCallDocument,
  AppendTranscriptSegmentsDocument,
  AppointmentsDocument,
  CallDocument,
  CallUpdatedDocument,
  CallsDocument,
  CancelAppointmentDocument,
  CompleteActionItemDocument,
  ConfirmAppointmentDocument,
  CreatePhoneNumberDocument,
  DeletePhoneNumberDocument,
  LiveCallAnalysisDocument,
  LiveCallsDocument,
  PhoneNumbersConnectionDocument,
  PhoneNumbersDocument,
  RecordCallEventDocument,
  StartCallDocument,
  TranscribeCallDocument,
  UpdateActionItemDocument,
  UpdatePhoneNumberDocument,
  type TranscriptSegmentInput,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from './client';
import { expectNothingOf, sameAsUnknown, sqlRows, type IsolationRow, type IsolationWorld, type TenantFixture } from './isolation-table';

const hex = (n = 4) => randomBytes(n).toString('hex');

export interface CallFixture {
  numberId: string;
  number: string;
  bridgeKey: string;
  leadId: string;
  callId: string;
  callSid: string;
  actionItemIds: string[];
  appointmentIds: string[];
}

const CONVERSATION: Array<[TranscriptSegmentInput['speaker'], string]> = [
  ['AGENT', 'Thanks for calling, how can I help?'],
  ['CUSTOMER', 'How much would it cost to fix a leaking gutter? It is urgent.'],
  ['AGENT', 'Around four hundred dollars. I can send someone to inspect it. How about Tuesday at 3?'],
  ['CUSTOMER', "Tuesday at 3 works. Let's go ahead and book it."],
  ['AGENT', "Great. I'll send you a confirmation email by Friday."],
];

/** A whole call through the bridge mutations, waited on until its final analysis is done. */
export async function bridgeCall(url: string, bridgeKey: string, readToken: string, call: { sid: string; from: string; to: string; lines?: typeof CONVERSATION }) {
  const lines = call.lines ?? CONVERSATION;
  const started = await gqlOk(url, RecordCallEventDocument, { input: { callSid: call.sid, from: call.from, to: call.to, direction: 'INBOUND', status: 'RINGING' } }, { token: bridgeKey });
  await gqlOk(url, RecordCallEventDocument, { input: { callSid: call.sid, status: 'IN_PROGRESS' } }, { token: bridgeKey });
  const segments = lines.map(([speaker, text], i) => ({ sequence: i + 1, speaker, text, startMs: i * 5000, endMs: i * 5000 + 4000 }));
  await gqlOk(url, AppendTranscriptSegmentsDocument, { input: { callSid: call.sid, segments } }, { token: bridgeKey });
  await gqlOk(url, RecordCallEventDocument, { input: { callSid: call.sid, status: 'COMPLETED', durationSeconds: 60 } }, { token: bridgeKey });
  const callId = started.recordCallEvent.call.id;
  for (let i = 0; i < 200; i++) {
    const { call: c } = await gqlOk(url, CallDocument, { id: callId }, { token: readToken });
    if (c.analysisStatus === 'DONE') return c;
    await sleep(25);
  }
  throw new Error('call analysis never finished');
}

const fixtures = new WeakMap<IsolationWorld, { a: CallFixture; b: CallFixture }>();
const callsOf = (w: IsolationWorld) => fixtures.get(w)!;

async function buildCallFixture(w: IsolationWorld, x: TenantFixture, index: number): Promise<CallFixture> {
  const token = x.tenant.token;
  const number = `+1737555${String(1000 + index * 10 + Math.floor(Math.random() * 9)).padStart(4, '0')}`;
  const created = await gqlOk(w.t.url, CreatePhoneNumberDocument, { input: { e164: number, label: `line ${hex()}` } }, { token });
  const bridgeKey = await x.tenant.apiKey(['bridge', 'calls:read', 'calls:write']);
  const sid = `CA${hex(16)}`;
  const call = await bridgeCall(w.t.url, bridgeKey, token, { sid, from: x.leads[0]!.phone, to: number });
  const fixture: CallFixture = {
    numberId: created.createPhoneNumber.phoneNumber.id,
    number,
    bridgeKey,
    leadId: call.lead!.id,
    callId: call.id,
    callSid: sid,
    actionItemIds: call.actionItems.map((a) => a.id),
    appointmentIds: call.appointments.map((a) => a.id),
  };
  expect(fixture.actionItemIds.length).toBeGreaterThan(0);
  expect(fixture.appointmentIds.length).toBeGreaterThan(0);
  x.secrets.push(fixture.numberId, number, fixture.callId, sid, ...fixture.actionItemIds, ...fixture.appointmentIds);
  return fixture;
}

/** Adds a call (with its follow-ups) and a phone number to each organization. */
export async function buildCallFixtures(w: IsolationWorld): Promise<void> {
  fixtures.set(w, { a: await buildCallFixture(w, w.a, 1), b: await buildCallFixture(w, w.b, 2) });
}

/** A subscription answered with an error right away; its error as a caller sees it. */
async function subscriptionError<T, V>(wsUrl: string, token: string, doc: Parameters<typeof subscribe<T, V>>[1], variables: V): Promise<GraphQLFormattedError[]> {
  const client = wsClient(wsUrl, token);
  try {
    const sub = subscribe(client, doc, variables);
    const events = await sub.waitFor(1);
    const errors = [...(events[0]?.errors ?? [])];
    return errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } }));
  } finally {
    await client.dispose();
  }
}

async function subscriptionSameAsUnknown<T, V>(w: IsolationWorld, token: string, doc: Parameters<typeof subscribe<T, V>>[1], vars: (id: string) => V, bId: string): Promise<void> {
  const random = randomUUID();
  const forB = await subscriptionError(w.t.wsUrl, token, doc, vars(bId));
  const forRandom = await subscriptionError(w.t.wsUrl, token, doc, vars(random));
  expect(forB[0]?.extensions?.code).toBe('NOT_FOUND');
  const masked = JSON.stringify(forB).split(bId).join('<id>');
  expect(masked).toBe(JSON.stringify(forRandom).split(random).join('<id>'));
  expectNothingOf(w.b, JSON.parse(masked));
}

const OWNER: IsolationRow['callers'] = ['owner'];

export const CALL_ISOLATION_ROWS: IsolationRow[] = [
  {
    field: 'Query.call',
    attempt: "call(id:) with B's call id",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => sameAsUnknown(w, token, CallDocument, (id) => ({ id }), callsOf(w).b.callId, 'NOT_FOUND'),
  },
  {
    field: 'Query.calls',
    attempt: "calls, unfiltered and filtered by B's lead",
    expectation: "A's calls only (same count as the database); B's lead matches nothing, like a random id",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, CallsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from call where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.calls.totalCount).toBe(inDb[0]!.n);
      expectNothingOf(w.b, all);
      const byLead = await gqlOk(w.t.url, CallsDocument, { filter: { leadId: callsOf(w).b.leadId } }, { token });
      expect(byLead.calls).toEqual((await gqlOk(w.t.url, CallsDocument, { filter: { leadId: randomUUID() } }, { token })).calls);
      expect(byLead.calls.totalCount).toBe(0);
    },
  },
  {
    field: 'Query.appointments',
    attempt: "appointments, unfiltered and filtered by B's lead",
    expectation: "A's appointments only; B's lead matches nothing",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, AppointmentsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from appointment where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.appointments.totalCount).toBe(inDb[0]!.n);
      expectNothingOf(w.b, all);
      const byLead = await gqlOk(w.t.url, AppointmentsDocument, { filter: { leadId: callsOf(w).b.leadId } }, { token });
      expect(byLead.appointments.totalCount).toBe(0);
    },
  },
  {
    field: 'Query.phoneNumbers',
    attempt: 'phoneNumbers',
    expectation: "exactly A's numbers (as in the database)",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const { phoneNumbers } = await gqlOk(w.t.url, PhoneNumbersDocument, {}, { token });
      const inDb = await sqlRows(w.t, 'select id from phone_number where organization_id = ?', [w.a.tenant.organizationId]);
      expect(phoneNumbers.map((p) => p.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expectNothingOf(w.b, phoneNumbers);
    },
  },
  {
    field: 'Query.phoneNumbersConnection',
    attempt: 'phoneNumbersConnection',
    expectation: "exactly A's numbers (as in the database), totalCount included",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const { phoneNumbersConnection: c } = await gqlOk(w.t.url, PhoneNumbersConnectionDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select id from phone_number where organization_id = ?', [w.a.tenant.organizationId]);
      expect(c.edges.map((e) => e.node.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expect(c.totalCount).toBe(inDb.length);
      expectNothingOf(w.b, c);
    },
  },
  {
    field: 'Mutation.analyzeCall',
    attempt: "analyzeCall of B's call",
    expectation: 'NOT_FOUND, identical to a random uuid; no job for B',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => sameAsUnknown(w, token, AnalyzeCallDocument, (id) => ({ id }), callsOf(w).b.callId, 'NOT_FOUND'),
  },
  {
    field: 'Mutation.transcribeCall',
    attempt: "transcribeCall of B's call",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => sameAsUnknown(w, token, TranscribeCallDocument, (id) => ({ id }), callsOf(w).b.callId, 'NOT_FOUND'),
  },
  {
    field: 'Mutation.startCall',
    attempt: "startCall to B's lead from A's number; and to A's lead from B's number",
    expectation: 'NOT_FOUND, each identical to a random uuid (checked before any telephony)',
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const { a, b } = callsOf(w);
      await sameAsUnknown(w, token, StartCallDocument, (leadId) => ({ input: { leadId, fromNumberId: a.numberId } }), b.leadId, 'NOT_FOUND');
      await sameAsUnknown(w, token, StartCallDocument, (fromNumberId) => ({ input: { leadId: a.leadId, fromNumberId } }), b.numberId, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.recordCallEvent',
    attempt: "recordCallEvent (bridge key of A) with B's callSid",
    expectation: "CONFLICT naming nothing of B (a provider call id is unique across Switchboard); B's call does not move",
    callers: OWNER,
    bUnchanged: true,
    async run(w) {
      const { a, b } = callsOf(w);
      const r = await gql(w.t.url, RecordCallEventDocument, { input: { callSid: b.callSid, from: '+15125550000', to: a.number, status: 'FAILED' } }, { token: a.bridgeKey });
      expect(codeOf(r)).toBe('CONFLICT');
      expectNothingOf(w.b, { data: r.data, errors: r.errors?.map((e) => ({ ...e, message: e.message })) });
    },
  },
  {
    field: 'Mutation.appendTranscriptSegments',
    attempt: "appendTranscriptSegments (bridge key of A) to B's call by id and by callSid",
    expectation: 'NOT_FOUND, identical to a random id / callSid; no segment for B',
    callers: OWNER,
    bUnchanged: true,
    async run(w) {
      const { a, b } = callsOf(w);
      const segments = [{ sequence: 99, speaker: 'CUSTOMER' as const, text: 'injected', startMs: 0, endMs: 1 }];
      await sameAsUnknown(w, a.bridgeKey, AppendTranscriptSegmentsDocument, (callId) => ({ input: { callId, segments } }), b.callId, 'NOT_FOUND');
      await sameAsUnknown(w, a.bridgeKey, AppendTranscriptSegmentsDocument, (callSid) => ({ input: { callSid, segments } }), b.callSid, 'NOT_FOUND', `CA${hex(16)}`);
    },
  },
  ...(['updateActionItem', 'completeActionItem'] as const).map(
    (name): IsolationRow => ({
      field: `Mutation.${name}`,
      attempt: `${name} of each of B's action items`,
      expectation: 'NOT_FOUND, identical to a random uuid',
      callers: OWNER,
      bUnchanged: true,
      async run(w, token) {
        for (const id of callsOf(w).b.actionItemIds) {
          if (name === 'updateActionItem') await sameAsUnknown(w, token, UpdateActionItemDocument, (x) => ({ input: { id: x, status: 'DONE' as const } }), id, 'NOT_FOUND');
          else await sameAsUnknown(w, token, CompleteActionItemDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
        }
      },
    }),
  ),
  ...(['confirmAppointment', 'cancelAppointment'] as const).map(
    (name): IsolationRow => ({
      field: `Mutation.${name}`,
      attempt: `${name} of B's proposed appointment`,
      expectation: 'NOT_FOUND, identical to a random uuid',
      callers: OWNER,
      bUnchanged: true,
      async run(w, token) {
        for (const id of callsOf(w).b.appointmentIds) {
          if (name === 'confirmAppointment') await sameAsUnknown(w, token, ConfirmAppointmentDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
          else await sameAsUnknown(w, token, CancelAppointmentDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
        }
      },
    }),
  ),
  {
    field: 'Mutation.createPhoneNumber',
    attempt: "createPhoneNumber with B's number",
    expectation: 'CONFLICT naming nothing of B (a number routes calls to exactly one organization); no A row',
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const r = await gql(w.t.url, CreatePhoneNumberDocument, { input: { e164: callsOf(w).b.number } }, { token });
      expect(codeOf(r)).toBe('CONFLICT');
      expectNothingOf(w.b, r.data);
      const rows = await sqlRows(w.t, 'select count(*)::int as n from phone_number where organization_id = ? and e164 = ?', [w.a.tenant.organizationId, callsOf(w).b.number]);
      expect(rows[0]!.n).toBe(0);
    },
  },
  {
    field: 'Mutation.updatePhoneNumber',
    attempt: "updatePhoneNumber of B's number (redirecting its calls)",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => sameAsUnknown(w, token, UpdatePhoneNumberDocument, (id) => ({ input: { id, forwardTo: '+15125550000' } }), callsOf(w).b.numberId, 'NOT_FOUND'),
  },
  {
    field: 'Mutation.deletePhoneNumber',
    attempt: "deletePhoneNumber of B's number",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => sameAsUnknown(w, token, DeletePhoneNumberDocument, (id) => ({ id }), callsOf(w).b.numberId, 'NOT_FOUND'),
  },
  {
    field: 'Subscription.callUpdated',
    attempt: "callUpdated(id:) with B's call id",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => subscriptionSameAsUnknown(w, token, CallUpdatedDocument, (id) => ({ id }), callsOf(w).b.callId),
  },
  {
    field: 'Subscription.liveCallAnalysis',
    attempt: "liveCallAnalysis(callId:) with B's call id",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: (w, token) => subscriptionSameAsUnknown(w, token, LiveCallAnalysisDocument, (callId) => ({ callId }), callsOf(w).b.callId),
  },
  {
    field: 'Subscription.liveCalls',
    attempt: 'A subscribes to liveCalls while B makes a whole call',
    expectation: "B's subscriber sees it start and end; A's sees only A's own call made afterwards",
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const { a, b } = callsOf(w);
      const [ca, cb] = [wsClient(w.t.wsUrl, token), wsClient(w.t.wsUrl, w.b.tenant.token)];
      try {
        const [subA, subB] = [subscribe(ca, LiveCallsDocument), subscribe(cb, LiveCallsDocument)];
        await Promise.all([connected(ca), connected(cb)]);
        await sleep(200);
        const bSid = `CA${hex(16)}`;
        await bridgeCall(w.t.url, b.bridgeKey, w.b.tenant.token, { sid: bSid, from: w.b.leads[1]!.phone, to: b.number });
        const seenB = await subB.waitFor(2);
        expect(seenB.map((e) => [e.data?.liveCalls.kind, e.data?.liveCalls.call.twilioCallSid])).toEqual([['STARTED', bSid], ['ENDED', bSid]]);
        const aSid = `CA${hex(16)}`;
        await bridgeCall(w.t.url, a.bridgeKey, token, { sid: aSid, from: w.a.leads[1]!.phone, to: a.number });
        const seenA = await subA.waitFor(2);
        expect(seenA.map((e) => e.data?.liveCalls.call.twilioCallSid)).toEqual([aSid, aSid]);
        expectNothingOf(w.b, subA.events);
      } finally {
        await Promise.all([ca.dispose(), cb.dispose()]);
      }
    },
  },
  {
    field: 'Subscription.alertRaised',
    attempt: 'A subscribes to alertRaised while B raises a HOT_LEAD alert',
    expectation: "B's subscriber gets the alert; A's gets only A's own alert raised afterwards",
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const { a, b } = callsOf(w);
      const [ca, cb] = [wsClient(w.t.wsUrl, token), wsClient(w.t.wsUrl, w.b.tenant.token)];
      try {
        const [subA, subB] = [subscribe(ca, AlertRaisedDocument, {}), subscribe(cb, AlertRaisedDocument, {})];
        await Promise.all([connected(ca), connected(cb)]);
        await sleep(200);
        const heat = async (x: TenantFixture, f: typeof a, as: string) => {
          const lead = x.leads[2]!;
          await gqlOk(w.t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 40, reason: 'warm before the call' } }, { token: as });
          await bridgeCall(w.t.url, f.bridgeKey, as, { sid: `CA${hex(16)}`, from: lead.phone, to: f.number });
          return lead.id;
        };
        const bLead = await heat(w.b, b, w.b.tenant.token);
        const gotB = await subB.waitFor(1);
        expect(gotB[0]!.data?.alertRaised.alert).toMatchObject({ type: 'HOT_LEAD', subjectId: bLead });
        const aLead = await heat(w.a, a, token);
        const gotA = await subA.waitFor(1);
        expect(gotA.map((e) => e.data?.alertRaised.alert.subjectId)).toEqual([aLead]);
        expectNothingOf(w.b, subA.events);
      } finally {
        await Promise.all([ca.dispose(), cb.dispose()]);
      }
    },
  },
];
