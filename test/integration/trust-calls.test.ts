/**
 * Issue 7, call ingest under parallel and replayed Twilio webhooks: the
 * first calls of a new number make one lead, and liveCalls carries only real
 * transitions. Webhooks are signed as Twilio signs them.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Call } from '../../src/entities/call.entity';
import { Lead } from '../../src/entities/lead.entity';
import { CallUpdatedDocument, CreatePhoneNumberDocument, LiveCallsDocument } from '../generated/graphql';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';
import { connected, subscribe, wsClient, gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { postTwilioWebhook, twilioEnv } from '../support/twilio-webhook';
import { eventually } from '../support/eventually';

const OUR_NUMBER = '+15125550300';
const AT = new Date('2031-03-03T20:00:00.000Z');

let fake: FakeTwilio;
let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  fake = await startFakeTwilio();
  t = await startTestServer(twilioEnv(fake));
  org = await createTenant(t);
  await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: OUR_NUMBER, forwardTo: '+15125550399', label: 'Main line' } }, { token: org.token });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const post = (path: string, params: Record<string, string>) => postTwilioWebhook(t.url, path, params, { authToken: fake.authToken });
const newSid = () => `CA${randomBytes(16).toString('hex')}`;
const ring = (callSid: string, from: string) => ({ CallSid: callSid, From: from, To: OUR_NUMBER, CallStatus: 'ringing', Direction: 'inbound', AccountSid: fake.accountSid });
const db = () => t.app.orm.em.fork();


describe('first calls from a new number', () => {
  it('parallel first voice webhooks from a new caller all answer 200 and make one lead', async () => {
    const caller = '+15125558801';
    const sids = Array.from({ length: 20 }, newSid);
    const answers = await Promise.all(sids.map((sid) => post('/webhooks/twilio/voice', ring(sid, caller))));
    expect(answers.map((a) => a.status)).toEqual(sids.map(() => 200));

    const leads = await db().find(Lead, { phone: caller }, { filters: false });
    expect(leads).toHaveLength(1);
    const calls = await db().find(Call, { twilioCallSid: { $in: sids } }, { filters: false });
    expect(calls).toHaveLength(20);
    expect(new Set(calls.map((c) => c.lead?.id))).toEqual(new Set([leads[0]!.id]));
  });
});

describe('liveCalls', () => {
  it('replayed webhooks publish liveCalls STARTED and ENDED once each, and callUpdated only for real changes', async () => {
    const callSid = newSid();
    const caller = '+15125558802';
    const client = wsClient(t.wsUrl, org.token);
    const live = subscribe(client, LiveCallsDocument);
    await connected(client);
    await sleep(100);

    await Promise.all([post('/webhooks/twilio/voice', ring(callSid, caller)), post('/webhooks/twilio/voice', ring(callSid, caller))]);
    for (let i = 0; i < 3; i++) await post('/webhooks/twilio/voice', ring(callSid, caller));
    const started = await eventually('STARTED', () => live.events.find((e) => e.data?.liveCalls.call.twilioCallSid === callSid));
    const callId = started.data!.liveCalls.call.id;
    const updates = subscribe(client, CallUpdatedDocument, { id: callId });
    await sleep(100);

    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress', Timestamp: new Date(AT.getTime() + 5000).toUTCString() });
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'in-progress', Timestamp: new Date(AT.getTime() + 5000).toUTCString() });
    const done = { CallSid: callSid, CallStatus: 'completed', CallDuration: '30', Timestamp: new Date(AT.getTime() + 35_000).toUTCString() };
    await Promise.all([post('/webhooks/twilio/status', done), post('/webhooks/twilio/status', done)]);
    for (let i = 0; i < 3; i++) await post('/webhooks/twilio/status', done);
    await post('/webhooks/twilio/status', { CallSid: callSid, CallStatus: 'ringing' }); // late and backwards

    // A later call's STARTED marks the end: every event of the replays was published before it.
    const markerSid = newSid();
    await post('/webhooks/twilio/voice', ring(markerSid, '+15125558803'));
    await eventually('the marker', () => live.events.some((e) => e.data?.liveCalls.call.twilioCallSid === markerSid));

    const ofCall = live.events.filter((e) => e.data?.liveCalls.call.id === callId).map((e) => [e.data!.liveCalls.kind, e.data!.liveCalls.call.status]);
    expect(ofCall).toEqual([
      ['STARTED', 'RINGING'],
      ['ENDED', 'COMPLETED'],
    ]);
    // in-progress once, completed once (then at most analysis-status changes, which are not call events of a replay)
    const kinds = updates.events.map((e) => e.data!.callUpdated.kind);
    expect(kinds.filter((k) => k === 'ENDED')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'STARTED')).toHaveLength(0);
    live.dispose();
    updates.dispose();
    await client.dispose();
  });
});
