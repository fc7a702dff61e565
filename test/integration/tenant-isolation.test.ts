import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { ALERT_ISOLATION_ROWS, buildAlertFixtures } from '../support/isolation-alerts';
import { CALL_ISOLATION_ROWS, buildCallFixtures } from '../support/isolation-calls';
import { QUOTE_ISOLATION_ROWS, buildQuoteFixtures } from '../support/isolation-quotes';
import { QUOTE_DOCUMENT_ISOLATION_ROWS, buildQuoteDocumentFixtures } from '../support/isolation-quote-documents';
import { ISOLATION_TABLE as ACCOUNT_AND_LEAD_ROWS, buildIsolationWorld, settleJobs, snapshotOrganization, type IsolationWorld } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Two organizations, A and B; A runs every operation of the schema against
 * B's ids and data (test/support/isolation-table.ts) and gets nothing of B.
 * After every row, B's rows in the database are exactly as before.
 */

const ISOLATION_TABLE = [...ACCOUNT_AND_LEAD_ROWS, ...CALL_ISOLATION_ROWS, ...ALERT_ISOLATION_ROWS, ...QUOTE_ISOLATION_ROWS, ...QUOTE_DOCUMENT_ISOLATION_ROWS];

function rootFields(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
  );
}

describe('the isolation table', () => {
  it('has a row for every Query, Mutation and Subscription field, and none for fields that do not exist', async () => {
    const fromCode = rootFields(await buildAppSchema());
    const sdl = readFileSync(path.join(__dirname, '../../src/schema/schema.graphql'), 'utf8');
    const fromArtifact = rootFields(buildSchema(sdl));
    const covered = new Set<string>(ISOLATION_TABLE.map((row) => row.field));
    const missing = [...new Set([...fromCode, ...fromArtifact])].filter((field) => !covered.has(field)).sort();
    if (missing.length) {
      throw new Error(`No tenant-isolation row for ${missing.join(', ')}. Add one to test/support/isolation-table.ts (or isolation-calls.ts, isolation-alerts.ts) saying how A runs it against B and what "nothing of B" means.`);
    }
    const stale = [...covered].filter((field) => !fromCode.includes(field));
    expect(stale).toEqual([]);
    expect(ISOLATION_TABLE.length).toBe(covered.size);
    for (const row of ISOLATION_TABLE) {
      expect(row.attempt.length).toBeGreaterThan(0);
      expect(row.expectation.length).toBeGreaterThan(0);
      expect(row.callers.length).toBeGreaterThan(0);
    }
  });
});

describe('organization A against organization B', () => {
  let t: TestServer;
  let w: IsolationWorld;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildIsolationWorld(t);
    await buildCallFixtures(w);
    await buildAlertFixtures(w);
    await buildQuoteFixtures(w);
    await buildQuoteDocumentFixtures(w);
  }, 90_000);
  afterAll(() => t?.close());

  const cases = ISOLATION_TABLE.flatMap((row) => row.callers.map((caller) => ({ row, caller })));

  it.each(cases.map((c) => [`${c.row.field} as A's ${c.caller}: ${c.row.attempt} → ${c.row.expectation}`, c] as const))('%s', async (_name, { row, caller }) => {
    const before = await snapshotOrganization(t, w.b.tenant.organizationId);
    await row.run(w, w.a.callers[caller], caller);
    if (row.bUnchanged) {
      await settleJobs(t);
      expect(await snapshotOrganization(t, w.b.tenant.organizationId)).toEqual(before);
    }
  });

  it("leaves B's data intact and B's own view complete after the whole table", async () => {
    await settleJobs(t);
    const snapshot = await snapshotOrganization(t, w.b.tenant.organizationId);
    const leadIds = (snapshot.lead as Array<{ id: string }>).map((l) => l.id);
    expect(leadIds).toEqual(expect.arrayContaining(w.b.leads.map((l) => l.id)));
    const keys = snapshot.api_key as Array<{ id: string; revoked_at: Date | null }>;
    for (const id of w.b.activeApiKeyIds) expect(keys.find((k) => k.id === id)?.revoked_at).toBeNull();
  });
});
