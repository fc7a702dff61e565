import { randomUUID } from 'node:crypto';
import { AuditEventsDocument, NodeDocument, NodesDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { settleJobs, sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * node(id:) and nodes(ids:): any identified object by its UUID, across types,
 * only within the caller's organization, with each type's read permission,
 * in a constant number of SQL statements.
 */

let t: TestServer;
let a: Tenant;
let b: Tenant;
/** Ids of A of several types, with the __typename each must resolve to. */
let aIds: Array<{ id: string; type: string }>;
let bLeadIds: string[];

async function statements(): Promise<number> {
  return (await t.app.metrics.dbQueries.get()).values[0]?.value ?? 0;
}

beforeAll(async () => {
  t = await startTestServer({ API_KEY_CACHE_SECONDS: '3600', ESCALATION_CHECK_SECONDS: '3600', ANALYSIS_DEADLINE_SECONDS: '3600' });
  a = await createTenant(t);
  b = await createTenant(t);
  const leads = [];
  for (let i = 0; i < 30; i++) leads.push(await a.lead({ name: `Node lead ${i}`, company: `Company ${i}` }));
  await a.apiKey(['leads:read']);
  await settleJobs(t);
  const [keyRow] = await sqlRows(t, 'select id from api_key where organization_id = ?', [a.organizationId]);
  const scoreRows = await sqlRows(t, 'select id from score_event where organization_id = ? limit 5', [a.organizationId]);
  const audit = await gqlOk(t.url, AuditEventsDocument, { first: 5 }, { token: a.token });
  aIds = [
    ...leads.map((l) => ({ id: l.id, type: 'Lead' })),
    { id: a.ownerId, type: 'User' },
    { id: a.organizationId, type: 'Organization' },
    { id: String(keyRow!.id), type: 'ApiKey' },
    ...scoreRows.map((r) => ({ id: String(r.id), type: 'ScoreEvent' })),
    ...audit.auditEvents.edges.map((e) => ({ id: e.node.id, type: 'AuditEvent' })),
  ];
  expect(scoreRows.length).toBeGreaterThan(0);
  bLeadIds = [(await b.lead({ name: 'Secret of B' })).id, b.ownerId, b.organizationId];
}, 60_000);
afterAll(() => t?.close());

it('resolves ids of every kind to their own type, in the order asked, repeats included', async () => {
  const ids = [...aIds.map((x) => x.id), aIds[0]!.id];
  const { nodes } = await gqlOk(t.url, NodesDocument, { ids }, { token: a.token });
  expect(nodes.map((n) => n && [n.__typename, n.id])).toEqual([...aIds, aIds[0]!].map((x) => [x.type, x.id]));
  const lead = await gqlOk(t.url, NodeDocument, { id: aIds[0]!.id.toUpperCase() }, { token: a.token });
  expect(lead.node).toMatchObject({ __typename: 'Lead', id: aIds[0]!.id, name: 'Node lead 0' });
});

it("answers another organization's id exactly as an unknown or malformed one: null, no error", async () => {
  const r = await gql(t.url, NodesDocument, { ids: [...bLeadIds, randomUUID(), 'not-a-uuid', aIds[0]!.id] }, { token: a.token });
  expect(r.errors).toBeUndefined();
  expect(r.data!.nodes.map((n) => n?.id ?? null)).toEqual([null, null, null, null, null, aIds[0]!.id]);
  const one = await gql(t.url, NodeDocument, { id: bLeadIds[0]! }, { token: a.token });
  expect(one).toMatchObject({ data: { node: null } });
  expect(one.errors).toBeUndefined();
  // And B sees its own.
  expect((await gqlOk(t.url, NodeDocument, { id: bLeadIds[0]! }, { token: b.token })).node).toMatchObject({ __typename: 'Lead' });
});

it('keeps each type behind its read permission: null with FORBIDDEN at that node only', async () => {
  const viewer = await a.user(UserRole.VIEWER);
  const apiKey = aIds.find((x) => x.type === 'ApiKey')!.id;
  const r = await gql(t.url, NodesDocument, { ids: [aIds[0]!.id, apiKey] }, { token: viewer.token });
  expect(r.data!.nodes[0]).toMatchObject({ __typename: 'Lead' });
  expect(r.data!.nodes[1]).toBeNull();
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'FORBIDDEN', missing: ['apikeys:manage'] } });
  // A key that may read calls only does not see leads.
  const callsKey = await a.apiKey(['calls:read']);
  const lead = await gql(t.url, NodeDocument, { id: aIds[0]!.id }, { token: callsKey });
  expect(lead.data?.node).toBeNull();
  expect(codeOf(lead)).toBe('FORBIDDEN');
  expect(codeOf(await gql(t.url, NodeDocument, { id: aIds[0]!.id }))).toBe('UNAUTHENTICATED');
});

it('caps nodes at 100 ids with BAD_USER_INPUT on ids', async () => {
  const r = await gql(t.url, NodesDocument, { ids: Array.from({ length: 101 }, () => randomUUID()) }, { token: a.token });
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  expect(r.data ?? null).toBeNull();
});

it('costs the same few statements for 3 ids as for 40 of five types', async () => {
  const measure = async (ids: string[]) => {
    await settleJobs(t);
    const before = await statements();
    const { nodes } = await gqlOk(t.url, NodesDocument, { ids }, { token: a.token });
    expect(nodes.every((n) => n !== null)).toBe(true);
    return (await statements()) - before;
  };
  const mixed = aIds.map((x) => x.id);
  // Same five types in both: the lookup is one statement, then one per type found.
  const few = [aIds[0]!.id, ...['User', 'Organization', 'ApiKey', 'ScoreEvent', 'AuditEvent'].map((type) => aIds.find((x) => x.type === type)!.id)];
  await measure(few); // warm-up
  // The least of two runs: a background sweep (outbox, job scheduler) may land one statement in a window; per-id cost would show in both.
  const small = Math.min(await measure(few), await measure(few));
  const large = Math.min(await measure(mixed), await measure(mixed));
  expect(mixed.length).toBeGreaterThan(35);
  expect(small).toBeLessThanOrEqual(7);
  expect(large).toBe(small);
});
