import { randomUUID } from 'node:crypto';
import { ManualClock } from '../../src/services/clock';
import { IDEMPOTENCY_KEY_TTL_MS } from '../../src/services/idempotency/idempotency.service';
import { AdjustLeadScoreDocument, CreateApiKeyDocument, CreateLeadDocument, ImportLeadsDocument, LeadScoreDocument, MeDocument, UpdateLeadDocument, UpsertLeadDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

// A fixed date, moved by hand: expiry is decided by the app's clock, never the wall clock.
const clock = new ManualClock(new Date('2026-03-10T09:00:00.000Z'));
let t: TestServer;
let org: Tenant;
let other: Tenant;
/** The tests that move the clock by a day call as this key: an owner's session would expire with the clock. */
let partner: { token: string; id: string };

beforeAll(async () => {
  t = await startTestServer({}, undefined, { clock });
  org = await createTenant(t);
  other = await createTenant(t);
  const token = await org.apiKey(['leads:read', 'leads:write']);
  partner = { token, id: (await gqlOk(t.url, MeDocument, {}, { token })).me.apiKey!.id };
}, 120_000);
afterAll(() => t?.close());

const manualEvents = async (leadId: string, reason: string) =>
  // Stored with its sign in front ("+7 retry …").
  (await sqlRows(t, "select count(*)::int as n from score_event where lead_id = ? and source = 'MANUAL' and regexp_replace(reason, '^[+-][0-9]+ ', '') = ?", [leadId, reason]))[0]!.n as number;
const leadsNamed = async (organizationId: string, name: string) =>
  (await sqlRows(t, 'select id from lead where organization_id = ? and name = ?', [organizationId, name])).map((r) => String(r.id));

describe('idempotency keys', () => {
  it('adjustLeadScore sent twice with one key moves the score once and answers the same lead both times', async () => {
    const lead = await org.lead();
    const input = { leadId: lead.id, delta: 7, reason: `retry ${randomUUID()}`, idempotencyKey: randomUUID() };
    const first = await gqlOk(t.url, AdjustLeadScoreDocument, { input }, { token: org.token });
    const again = await gqlOk(t.url, AdjustLeadScoreDocument, { input }, { token: org.token });
    expect(again.adjustLeadScore.lead.id).toBe(first.adjustLeadScore.lead.id);
    expect(await manualEvents(lead.id, input.reason)).toBe(1);
    const history = (await gqlOk(t.url, LeadScoreDocument, { id: lead.id }, { token: org.token })).lead.scoreHistory;
    expect(history.filter((e) => e.reason === `+7 ${input.reason}`)).toEqual([{ delta: 7, reason: `+7 ${input.reason}` }]);
    // Without a key the same request is a new one: it applies again.
    const { idempotencyKey: _k, ...plain } = input;
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: plain }, { token: org.token });
    expect(await manualEvents(lead.id, input.reason)).toBe(2);
  });

  it('the same key with a different input, or with another mutation, is CONFLICT on input.idempotencyKey and changes nothing', async () => {
    const lead = await org.lead();
    const key = randomUUID();
    const reason = `first ${randomUUID()}`;
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 5, reason, idempotencyKey: key } }, { token: org.token });
    const changed = await gql(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 6, reason, idempotencyKey: key } }, { token: org.token });
    expect(codeOf(changed)).toBe('CONFLICT');
    expect(changed.errors?.[0]?.extensions?.field).toBe('input.idempotencyKey');
    const otherMutation = await gql(t.url, CreateLeadDocument, { input: { name: 'Another mutation', idempotencyKey: key } }, { token: org.token });
    expect(codeOf(otherMutation)).toBe('CONFLICT');
    expect(otherMutation.errors?.[0]?.message).toContain('adjustLeadScore');
    expect(await leadsNamed(org.organizationId, 'Another mutation')).toEqual([]);
    expect(await manualEvents(lead.id, reason)).toBe(1);
  });

  it('keys are per principal and per organization: the same key from an API key or another organization is independent', async () => {
    const key = randomUUID();
    const name = `Per principal ${randomUUID()}`;
    const apiKey = await org.apiKey(['leads:read', 'leads:write']);
    const asOwner = await gqlOk(t.url, CreateLeadDocument, { input: { name, idempotencyKey: key } }, { token: org.token });
    const asKey = await gqlOk(t.url, CreateLeadDocument, { input: { name, idempotencyKey: key } }, { token: apiKey });
    const asOther = await gqlOk(t.url, CreateLeadDocument, { input: { name, idempotencyKey: key } }, { token: other.token });
    expect(new Set([asOwner.createLead.lead.id, asKey.createLead.lead.id, asOther.createLead.lead.id]).size).toBe(3);
    expect((await leadsNamed(org.organizationId, name)).sort()).toEqual([asOwner.createLead.lead.id, asKey.createLead.lead.id].sort());
    expect(await leadsNamed(other.organizationId, name)).toEqual([asOther.createLead.lead.id]);
  });

  it('createLead replays the same lead as it is now (not a snapshot), and field order in the input does not matter', async () => {
    const key = randomUUID();
    const name = `Replay ${randomUUID()}`;
    const created = (await gqlOk(t.url, CreateLeadDocument, { input: { name, company: 'Acme', idempotencyKey: key } }, { token: org.token })).createLead.lead;
    await gqlOk(t.url, UpdateLeadDocument, { input: { id: created.id, company: 'Renamed Co' } }, { token: org.token });
    const replay = (await gqlOk(t.url, CreateLeadDocument, { input: { idempotencyKey: key, company: 'Acme', name } }, { token: org.token })).createLead.lead;
    expect(replay).toMatchObject({ id: created.id, company: 'Renamed Co' });
    expect(await leadsNamed(org.organizationId, name)).toEqual([created.id]);
  });

  it('upsertLead and importLeads replay their payload values (created, counts, row errors) without writing again', async () => {
    const ext = `ext-${randomUUID()}`;
    const upsert = { name: 'Upserted', externalId: ext, idempotencyKey: randomUUID() };
    const u1 = (await gqlOk(t.url, UpsertLeadDocument, { input: upsert }, { token: org.token })).upsertLead;
    const u2 = (await gqlOk(t.url, UpsertLeadDocument, { input: upsert }, { token: org.token })).upsertLead;
    expect(u1.created).toBe(true);
    expect(u2).toMatchObject({ created: true, lead: { id: u1.lead.id } });

    const tag = randomUUID();
    const input = { leads: [{ name: `Imp A ${tag}` }, { name: `Imp B ${tag}`, email: 'not-an-email' }], idempotencyKey: randomUUID() };
    const i1 = (await gqlOk(t.url, ImportLeadsDocument, { input }, { token: org.token })).importLeads;
    const i2 = (await gqlOk(t.url, ImportLeadsDocument, { input }, { token: org.token })).importLeads;
    expect(i1).toMatchObject({ createdCount: 1, failedCount: 1 });
    expect(i2).toEqual(i1);
    expect(await leadsNamed(org.organizationId, `Imp A ${tag}`)).toHaveLength(1);
  });

  it('createApiKey: a replay creates no second key and, since the secret is never kept, answers CONFLICT naming the key', async () => {
    const input = { name: `Partner ${randomUUID()}`, scopes: ['leads:read'], idempotencyKey: randomUUID() };
    const first = (await gqlOk(t.url, CreateApiKeyDocument, { input }, { token: org.token })).createApiKey;
    const again = await gql(t.url, CreateApiKeyDocument, { input }, { token: org.token });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.field).toBe('input.idempotencyKey');
    expect(again.errors?.[0]?.message).toContain(first.apiKey.id);
    expect(JSON.stringify(again)).not.toContain(first.secret);
    const rows = await sqlRows(t, 'select id from api_key where organization_id = ? and name = ?', [org.organizationId, input.name]);
    expect(rows.map((r) => r.id)).toEqual([first.apiKey.id]);
    const stored = await sqlRows(t, 'select response::text as r from idempotency_key where key = ?', [input.idempotencyKey]);
    expect(stored[0]!.r).not.toContain(first.secret);
  });

  it('a failed mutation keeps nothing: the same key can be retried once the input is fixed', async () => {
    const key = randomUUID();
    const missing = await gql(t.url, AdjustLeadScoreDocument, { input: { leadId: randomUUID(), delta: 3, reason: 'x', idempotencyKey: key } }, { token: org.token });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const lead = await org.lead();
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 3, reason: 'fixed', idempotencyKey: key } }, { token: org.token });
    expect(await manualEvents(lead.id, 'fixed')).toBe(1);
  });

  it('refuses an empty or overlong key with BAD_USER_INPUT on input.idempotencyKey', async () => {
    for (const idempotencyKey of ['', '   ', 'k'.repeat(256)]) {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Bad key', idempotencyKey } }, { token: org.token });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe('input.idempotencyKey');
    }
    expect(await leadsNamed(org.organizationId, 'Bad key')).toEqual([]);
  });

  it('a key expires after 24 hours by the app clock: then it runs again, and the purge deletes it', async () => {
    const lead = await org.lead();
    const input = { leadId: lead.id, delta: 2, reason: `expiry ${randomUUID()}`, idempotencyKey: randomUUID() };
    const token = partner.token;
    await gqlOk(t.url, AdjustLeadScoreDocument, { input }, { token });
    clock.advance(IDEMPOTENCY_KEY_TTL_MS - 1000);
    await gqlOk(t.url, AdjustLeadScoreDocument, { input }, { token });
    expect(await manualEvents(lead.id, input.reason)).toBe(1);
    clock.advance(2000);
    await gqlOk(t.url, AdjustLeadScoreDocument, { input }, { token });
    expect(await manualEvents(lead.id, input.reason)).toBe(2);
    // The retaken key is fresh again; everything older is past its 24 hours.
    clock.advance(IDEMPOTENCY_KEY_TTL_MS);
    const due = await expiredCount();
    expect(due).toBeGreaterThan(0);
    expect(await t.app.idempotency.purgeExpired()).toBe(due);
    expect(await sqlRows(t, 'select id from idempotency_key where key = ?', [input.idempotencyKey])).toEqual([]);
  });

  it('concurrent duplicates run once: the others get the same answer or CONFLICT "in progress"', async () => {
    const name = `Concurrent ${randomUUID()}`;
    const input = { name, idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 6 }, () => gql(t.url, CreateLeadDocument, { input }, { token: partner.token })));
    const ids = await leadsNamed(org.organizationId, name);
    expect(ids).toHaveLength(1);
    for (const r of results) {
      if (r.errors?.length) {
        expect(codeOf(r)).toBe('CONFLICT');
        expect(r.errors[0]!.message).toContain('in progress');
      } else {
        expect(r.data?.createLead.lead.id).toBe(ids[0]);
      }
    }
  });

  it('a duplicate while the first request still runs is CONFLICT "in progress" and runs nothing', async () => {
    const name = `Held ${randomUUID()}`;
    const input = { name, idempotencyKey: randomUUID() };
    // Hold the key exactly as an unfinished first request would (same principal, operation and input).
    const claim = await t.app.idempotency.claim({ organizationId: org.organizationId, principal: `apiKey:${partner.id}` }, input.idempotencyKey, 'createLead', input);
    expect(claim.kind).toBe('run');
    const r = await gql(t.url, CreateLeadDocument, { input }, { token: partner.token });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toContain('still in progress');
    expect(await leadsNamed(org.organizationId, name)).toEqual([]);
    // Long after, the message says the first request never finished.
    clock.advance(10 * 60 * 1000);
    const late = await gql(t.url, CreateLeadDocument, { input }, { token: partner.token });
    expect(late.errors?.[0]?.message).toContain('never finished');
  });
});

async function expiredCount(): Promise<number> {
  return (await sqlRows(t, 'select count(*)::int as n from idempotency_key where expires_at <= ?', [clock.now()]))[0]!.n as number;
}
