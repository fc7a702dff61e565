import { CreateUserDocument, ImportLeadsDocument, LeadsWithCallsDocument, LeadsWithHistoryDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { settleJobs, sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * No N+1: a page of leads with nested `owner` and `scoreHistory` costs the
 * same number of SQL statements whatever its size (DataLoader batches per
 * level). Measured with the process's own db_queries_total counter, so
 * nothing else may run meanwhile: jobs are settled first and requests are
 * made one at a time.
 */

const LEADS = 60;
const OWNERS = 25;
const MAX_STATEMENTS = 6;

let t: TestServer;
let org: Tenant;

async function statements(): Promise<number> {
  return (await t.app.metrics.dbQueries.get()).values[0]?.value ?? 0;
}

/** SQL statements the server sent to answer one LeadsWithHistory page of `first` leads. */
async function statementsFor(first: number): Promise<number> {
  await settleJobs(t);
  const before = await statements();
  const { leads } = await gqlOk(t.url, LeadsWithHistoryDocument, { first }, { token: org.token });
  const used = (await statements()) - before;
  // The page really has the nested data the count is about.
  expect(leads.edges).toHaveLength(first);
  expect(leads.edges.every((e) => e.node.owner !== null && e.node.scoreHistory.length >= 3)).toBe(true);
  if (first > 1) expect(new Set(leads.edges.map((e) => e.node.owner!.id)).size).toBeGreaterThan(1);
  return used;
}

beforeAll(async () => {
  // No scheduled job may land inside a measurement (the counter is the whole process's), and a token's user is
  // re-read once per cache window, which must not fall inside one run and not another.
  t = await startTestServer({ API_KEY_CACHE_SECONDS: '3600', ESCALATION_CHECK_SECONDS: '3600', ANALYSIS_DEADLINE_SECONDS: '3600' });
  org = await createTenant(t);
  // Many distinct owners, so a per-owner query would also grow with the page (a DataLoader dedupes repeated keys).
  const owners = [org.ownerId];
  for (let i = 1; i < OWNERS; i++) {
    const input = { email: `owner-${i}-${org.organizationId.slice(0, 8)}@example.com`, name: `Owner ${i}`, role: UserRole.AGENT, password: 'correct horse battery staple' };
    owners.push((await gqlOk(t.url, CreateUserDocument, { input }, { token: org.token })).createUser.user.id);
  }
  const rows = Array.from({ length: LEADS }, (_, i) => ({
    name: `Counted lead ${i}`,
    email: `counted-${i}@example.com`,
    company: `Company ${i}`,
    budgetCents: 10_000 * (i + 1),
    budgetCurrency: 'USD',
    ownerId: owners[i % owners.length],
  }));
  const imported = await gqlOk(t.url, ImportLeadsDocument, { input: { leads: rows } }, { token: org.token });
  expect(imported.importLeads.createdCount).toBe(LEADS);
  // Profile scoring runs in the background: email, company and budget give each lead three score events.
  await settleJobs(t);
  const [{ n }] = (await sqlRows(t, 'select count(*)::int as n from score_event where organization_id = ?', [org.organizationId])) as [{ n: number }];
  expect(n).toBe(3 * LEADS);
}, 180_000);
afterAll(() => t?.close());

it(`leads(first: N) with owner and scoreHistory costs the same few statements for N = 5, 20 and 50`, async () => {
  await statementsFor(1); // warm-up: nothing first-time (metadata, prepared plans) skews the comparison
  const counts = { 5: await statementsFor(5), 20: await statementsFor(20), 50: await statementsFor(50) };
  expect(counts[5]).toBeGreaterThan(0);
  expect(counts[5]).toBeLessThanOrEqual(MAX_STATEMENTS);
  expect(counts).toEqual({ 5: counts[5], 20: counts[5], 50: counts[5] });
});

it('is stable: the same page measured twice costs the same', async () => {
  expect(await statementsFor(50)).toBe(await statementsFor(50));
});

/**
 * Cost follows the page, not the data: leads with 10 stored calls each and
 * leads with 200 each answer the same query with the same statements and
 * only the calls asked for (a LATERAL … LIMIT per lead, not every call read
 * and trimmed).
 */
describe('child lists', () => {
  let small: Tenant;
  let large: Tenant;

  /** `leads` leads named "Lead 00…", each with `calls` calls one minute apart (the newest last), inserted in one statement. */
  async function seed(tenant: Tenant, leads: number, calls: number) {
    for (let i = 0; i < leads; i++) await tenant.lead({ name: `Lead ${String(i).padStart(2, '0')}`, email: `lead-${i}@example.com` });
    await sqlRows(
      t,
      `insert into call (id, created_at, updated_at, organization_id, lead_id, direction, from_number, to_number, twilio_call_sid, status, duration_seconds, analysis_status, ended_early)
       select gen_random_uuid(), timestamptz '2026-11-01T09:00:00Z' + n * interval '1 minute', timestamptz '2026-11-01T09:00:00Z', l.organization_id, l.id,
              'INBOUND', '+15550100000', '+15550100001', 'CA' || replace(gen_random_uuid()::text, '-', ''), 'COMPLETED', n, 'NONE', false
       from lead l cross join generate_series(1, ?) as n where l.organization_id = ?`,
      [calls, tenant.organizationId],
    );
    await settleJobs(t);
  }

  async function measured(tenant: Tenant, variables: Record<string, unknown>) {
    await settleJobs(t);
    const before = await statements();
    const { leads } = await gqlOk(t.url, LeadsWithCallsDocument, variables, { token: tenant.token });
    return { used: (await statements()) - before, leads };
  }

  beforeAll(async () => {
    small = await createTenant(t);
    large = await createTenant(t);
    await seed(small, 5, 10);
    await seed(large, 5, 200);
  }, 120_000);

  it('the same query on 10 and 200 calls per lead costs the same statements and returns only the page', async () => {
    await measured(small, { first: 5, calls: 3 }); // warm-up
    const a = await measured(small, { first: 5, calls: 3 });
    const b = await measured(large, { first: 5, calls: 3 });
    expect(a.used).toBeGreaterThan(0);
    expect(b.used).toBe(a.used);
    for (const [r, stored] of [[a, 10], [b, 200]] as const) {
      expect(r.leads.edges).toHaveLength(5);
      for (const { node } of r.leads.edges) {
        expect(node.calls).toHaveLength(3);
        expect(node.callsConnection.edges).toHaveLength(3);
        expect(node.callsConnection.totalCount).toBe(stored);
        // Newest first: the highest minute (and duration) of this lead's calls.
        expect(node.callsConnection.edges.map((e) => e.node.durationSeconds)).toEqual([stored, stored - 1, stored - 2]);
        expect(node.calls.map((c) => c.id)).toEqual(node.callsConnection.edges.map((e) => e.node.id));
        expect(node.callsConnection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      }
    }
  });

  it('Lead.calls defaults to 10 and callsConnection pages forward and back with pageInfo both ways', async () => {
    const first = (await gqlOk(t.url, LeadsWithCallsDocument, { first: 1 }, { token: large.token })).leads.edges[0]!.node;
    expect(first.calls).toHaveLength(10);
    expect(first.callsConnection.edges).toHaveLength(10);
    const page = (v: Record<string, unknown>) => gqlOk(t.url, LeadsWithCallsDocument, { first: 1, ...v }, { token: small.token }).then((r) => r.leads.edges[0]!.node.callsConnection);
    const head = await page({ calls: 4 });
    expect(head.edges.map((e) => e.node.durationSeconds)).toEqual([10, 9, 8, 7]);
    const next = await page({ calls: 4, afterCall: head.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.durationSeconds)).toEqual([6, 5, 4, 3]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const tail = await page({ calls: 4, afterCall: next.pageInfo.endCursor });
    expect(tail.edges.map((e) => e.node.durationSeconds)).toEqual([2, 1]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await page({ lastCalls: 3, beforeCall: tail.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.durationSeconds)).toEqual([5, 4, 3]);
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const oldest = await page({ lastCalls: 3 });
    expect(oldest.edges.map((e) => e.node.durationSeconds)).toEqual([3, 2, 1]);
    expect(oldest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const start = await page({ lastCalls: 5, beforeCall: next.pageInfo.startCursor });
    expect(start.edges.map((e) => e.node.durationSeconds)).toEqual([10, 9, 8, 7]);
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('refuses first with last, a page over 50 and a cursor that is none, naming the argument', async () => {
    const both = await gql(t.url, LeadsWithCallsDocument, { first: 1, calls: 2, lastCalls: 2 }, { token: small.token });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.field).toBe('last');
    const big = await gql(t.url, LeadsWithCallsDocument, { first: 1, lastCalls: 51 }, { token: small.token });
    expect(big.errors?.[0]?.extensions?.field).toBe('last');
    const foreign = await gql(t.url, LeadsWithCallsDocument, { first: 1, beforeCall: 'bm90LWEtY3Vyc29y', lastCalls: 2 }, { token: small.token });
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0]?.extensions?.field).toBe('before');
  });
});
