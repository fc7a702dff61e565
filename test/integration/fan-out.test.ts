import { LeadChangedDocument, LeadChangedWithOwnerDocument, UpdateLeadDocument } from '../generated/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { codeOf, gqlOk, subscribe, wsClient } from '../support/client';
import { eventually } from '../support/eventually';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { settleJobs } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Fan-out once per event (issue 8): many sockets of one organization share
 * one load of each event — counted as SQL statements on the lead and user
 * tables — and each still receives only what its own filter and permissions
 * allow; another organization's subscriber receives nothing.
 */

const SOCKETS = 50;

let t: TestServer;
let org: Tenant;
let other: Tenant;
const disposers: Array<() => unknown> = [];

/** SQL statements reading one table, from the app's own connection (the knex 'query' event): the fan-out's loads. */
const reads = { lead: 0, user: 0 };
const onQuery = (q: { sql: string }) => {
  if (/from "lead"/.test(q.sql)) reads.lead++;
  if (/from "user"/.test(q.sql)) reads.user++;
};

beforeAll(async () => {
  // No credential re-check or scheduled job inside a measurement.
  t = await startTestServer({ API_KEY_CACHE_SECONDS: '3600', ESCALATION_CHECK_SECONDS: '3600', ANALYSIS_DEADLINE_SECONDS: '3600' });
  org = await createTenant(t);
  other = await createTenant(t);
  t.app.orm.em.getConnection().getKnex().on('query', onQuery);
}, 60_000);
afterEach(async () => {
  await Promise.all(disposers.splice(0).map((d) => d()));
});
afterAll(async () => {
  t?.app.orm.em.getConnection().getKnex().off('query', onQuery);
  await t?.close();
});

function socket(token: string) {
  const client = wsClient(t.wsUrl, token);
  disposers.push(() => client.dispose());
  return client;
}

/** Resolves once every subscription has reached the fan-out: later events are due to all of them. */
const subscribed = (tenant: Tenant, count: number) =>
  eventually(`${count} leadChanged subscribers`, () => t.app.fanOut.subscriberCount('leadChanged', tenant.organizationId) === count, 20_000);

describe('fan-out', () => {
  it(`${SOCKETS} sockets of one organization: one lead read and one owner read per event, each socket filtered by its own subscription and permissions`, async () => {
    const [reader, viewer] = [await org.apiKey(['leads:read']), (await org.user(UserRole.VIEWER)).token];
    const noLeads = await org.apiKey(['calls:read']);
    const qualified = await org.lead({ name: 'Qualified one', status: 'QUALIFIED', ownerId: org.ownerId });
    const fresh = await org.lead({ name: 'New one', ownerId: org.ownerId });
    await settleJobs(t);

    // A third unfiltered with the owner below the lead, a third filtered to QUALIFIED, a third plain; API key, viewer and owner alike.
    const tokens = [reader, viewer, org.token];
    const withOwner = Array.from({ length: 17 }, (_, i) => subscribe(socket(tokens[i % 3]!), LeadChangedWithOwnerDocument));
    const onlyQualified = Array.from({ length: 17 }, (_, i) => subscribe(socket(tokens[(i + 1) % 3]!), LeadChangedDocument, { filter: { status: ['QUALIFIED'] } }));
    const plain = Array.from({ length: SOCKETS - 34 }, (_, i) => subscribe(socket(tokens[(i + 2) % 3]!), LeadChangedDocument));
    const foreign = subscribe(socket(other.token), LeadChangedDocument);
    const forbidden = subscribe(socket(noLeads), LeadChangedDocument);
    await subscribed(org, SOCKETS);
    await subscribed(other, 1);
    // Permissions are checked per subscriber at subscribe time: a key without leads:read never joins.
    const refused = await eventually('the key without leads:read to be refused', () => forbidden.events[0]?.errors ?? (forbidden.error as GraphQLFormattedError[] | undefined));
    expect(codeOf({ errors: refused })).toBe('FORBIDDEN');

    // Published as the outbox does after commit; nothing else reads these tables meanwhile.
    const at = '2026-01-05T10:00:00.000Z';
    const before = { ...reads };
    await t.app.pubsub.publish('leadChanged', { organizationId: org.organizationId, leadId: qualified.id, kind: 'UPDATED', changedFields: ['tags'], at });
    await Promise.all([...withOwner, ...onlyQualified, ...plain].map((s) => s.waitFor(1, 10_000)));
    expect(reads.lead - before.lead).toBe(1);
    expect(reads.user - before.user).toBe(1);

    await t.app.pubsub.publish('leadChanged', { organizationId: org.organizationId, leadId: fresh.id, kind: 'UPDATED', changedFields: ['tags'], at });
    await Promise.all([...withOwner, ...plain].map((s) => s.waitFor(2, 10_000)));
    expect(reads.lead - before.lead).toBe(2);

    for (const s of withOwner) {
      expect(s.events.map((e) => [e.data?.leadChanged.leadId, e.data?.leadChanged.lead?.owner?.id])).toEqual([
        [qualified.id, org.ownerId],
        [fresh.id, org.ownerId],
      ]);
    }
    for (const s of plain) expect(s.events.map((e) => e.data?.leadChanged.lead?.status)).toEqual(['QUALIFIED', 'NEW']);
    // The NEW lead's event was for the others only: a later one proves it was dropped here, not late.
    await t.app.pubsub.publish('leadChanged', { organizationId: org.organizationId, leadId: qualified.id, kind: 'UPDATED', changedFields: ['name'], at });
    await Promise.all(onlyQualified.map((s) => s.waitFor(2, 10_000)));
    for (const s of onlyQualified) expect(s.events.map((e) => [e.data?.leadChanged.leadId, e.data?.leadChanged.changedFields])).toEqual([[qualified.id, ['tags']], [qualified.id, ['name']]]);

    // The other organization: its own event arrives (it is subscribed), none of ours ever did.
    const theirs = await other.lead({ name: 'Theirs' });
    await gqlOk(t.url, UpdateLeadDocument, { input: { id: theirs.id, tags: ['mine'] } }, { token: other.token });
    await foreign.waitFor(1, 10_000);
    expect(foreign.events.map((e) => e.data?.leadChanged.leadId).filter((id) => id !== theirs.id)).toEqual([]);
  }, 120_000);

  it('publishing returns before any subscriber is served: delivery starts on a later turn of the event loop (embedded pub/sub)', async () => {
    if (t.app.config.redisUrl) return; // through Redis, delivery is another connection's message and never in the publisher's chain
    const lead = await org.lead({ name: 'Timing' });
    await settleJobs(t);
    const feeds = Array.from({ length: 10 }, () => subscribe(socket(org.token), LeadChangedDocument));
    await subscribed(org, 10);
    const before = reads.lead;
    await t.app.pubsub.publish('leadChanged', { organizationId: org.organizationId, leadId: lead.id, kind: 'UPDATED', changedFields: ['tags'], at: '2026-01-05T10:00:00.000Z' });
    // Right after publish resolves, in the same turn: nothing has been loaded or sent yet.
    expect(reads.lead).toBe(before);
    expect(feeds.every((f) => f.events.length === 0)).toBe(true);
    await Promise.all(feeds.map((f) => f.waitFor(1, 10_000)));
    expect(reads.lead - before).toBe(1);
  });
});
