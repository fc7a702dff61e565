import { CreateUserDocument, ImportLeadsDocument, LeadsWithHistoryDocument } from '../generated/graphql';
import { gqlOk } from '../support/client';
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
}, 60_000);
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
