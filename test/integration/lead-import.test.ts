import { CreateLeadDocument, ImportLeadsDocument, LeadDocument, LeadsDocument, type ImportLeadRowInput } from '../generated/graphql';
import { gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { settleJobs, sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
});
afterAll(() => t?.close());

const importRows = (leads: ImportLeadRowInput[], token = org.token) => gqlOk(t.url, ImportLeadsDocument, { input: { leads } }, { token }).then((r) => r.importLeads);

async function statements(): Promise<number> {
  return (await t.app.metrics.dbQueries.get()).values[0]?.value ?? 0;
}

it('importLeads keeps the good rows when one row has a bad email or enum', async () => {
  const r = await importRows([
    { name: 'Good First', email: 'good-first@example.com' },
    { name: 'Bad Email', email: 'not-an-email' },
    { name: 'Bad Source', source: 'BILLBOARD' },
    { name: 'Bad Status', status: 'MAYBE' },
    { name: 'Bad Budget', budgetCents: 'ten dollars', budgetCurrency: 'USD' },
    { name: 'Bad Tags', tags: 'vip' },
    { name: 'Bad Currency', budgetCents: 100, budgetCurrency: 'ZZZ' },
    { name: 'Good Last', externalId: 'good-last', source: 'PARTNER', status: 'QUALIFIED', tags: ['VIP'], budgetCents: 5000, budgetCurrency: 'usd' },
  ]);
  expect(r).toMatchObject({ createdCount: 2, updatedCount: 0, failedCount: 6 });
  expect(r.results[1]).toMatchObject({ index: 1, lead: null, errors: [{ code: 'BAD_USER_INPUT', field: 'input.leads.1.email' }] });
  const fields = r.results.map((x) => x.errors[0]?.field ?? null);
  expect(fields).toEqual([
    null, 'input.leads.1.email', 'input.leads.2.source', 'input.leads.3.status', 'input.leads.4.budgetCents',
    'input.leads.5.tags', 'input.leads.6.budgetCurrency', null,
  ]);
  expect(r.results[7]!.lead).toMatchObject({ name: 'Good Last', source: 'PARTNER', status: 'QUALIFIED', tags: ['vip'] });
  const stored = await gqlOk(t.url, LeadsDocument, { filter: { search: 'Good ' } }, { token: org.token });
  expect(stored.leads.edges.map((e) => e.node.name).sort()).toEqual(['Good First', 'Good Last']);
});

it("importLeads results show each row's own state when two rows hit the same lead", async () => {
  const r = await importRows([
    { name: 'Twice First', externalId: 'twice-1', status: 'NEW', tags: ['first'] },
    { name: 'Twice Second', externalId: 'twice-1', email: 'twice@example.com', status: 'CONTACTED' },
    { name: 'Twice Third', email: 'twice@example.com', status: 'QUALIFIED', tags: ['third'] },
  ]);
  expect(r).toMatchObject({ createdCount: 1, updatedCount: 2, failedCount: 0 });
  const [first, second, third] = r.results;
  expect(new Set([first!.lead!.id, second!.lead!.id, third!.lead!.id]).size).toBe(1);
  expect(first).toMatchObject({ created: true, lead: { name: 'Twice First', email: null, status: 'NEW', tags: ['first'] } });
  expect(second).toMatchObject({ created: false, lead: { name: 'Twice Second', email: 'twice@example.com', status: 'CONTACTED', tags: ['first'] } });
  expect(third).toMatchObject({ created: false, lead: { name: 'Twice Third', status: 'QUALIFIED', tags: ['third'] } });
});

it("importLeads keeps an existing lead's source: an update never changes where a lead came from", async () => {
  const web = (await gqlOk(t.url, CreateLeadDocument, { input: { name: 'From Web', email: 'from-web@example.com', source: 'WEB' } }, { token: org.token })).createLead.lead;
  const r = await importRows([
    { name: 'From Web', email: 'from-web@example.com', company: 'Web Co' },
    { name: 'From Web', email: 'from-web@example.com', source: 'PARTNER' },
    { name: 'New In File', email: 'new-in-file@example.com' },
  ]);
  expect(r.results.map((x) => x.lead?.source)).toEqual(['WEB', 'WEB', 'IMPORT']);
  expect((await gqlOk(t.url, LeadDocument, { id: web.id }, { token: org.token })).lead).toMatchObject({ source: 'WEB', company: 'Web Co' });
});

it('importLeads reports a row that takes another lead\'s identity as CONFLICT on that row only, and applies rows in order', async () => {
  await importRows([{ name: 'Holder', email: 'held@example.com' }, { name: 'Mover', externalId: 'mover', email: 'mover-old@example.com' }]);
  const r = await importRows([
    { externalId: 'mover', email: 'held@example.com' }, // taken by Holder
    { externalId: 'mover', email: 'mover-new@example.com' }, // frees mover-old@
    { name: 'Reuser', email: 'mover-old@example.com' }, // takes the freed address in the same chunk
  ]);
  expect(r.results.map((x) => x.errors[0]?.code ?? null)).toEqual(['CONFLICT', null, null]);
  expect(r.results[0]!.errors[0]!.field).toBe('input.leads.0.email');
  expect(r.results[2]).toMatchObject({ created: true, lead: { name: 'Reuser', email: 'mover-old@example.com' } });
});

describe('importLeads of 1,000 rows', () => {
  const rows = (status: string) => Array.from({ length: 1000 }, (_, i) => ({ name: `Bulk ${i}`, externalId: `bulk-${i}`, email: `bulk-${i}@example.com`, status }));
  /** Statements of every transaction that inserted leads during the first import, by transaction. */
  const leadTransactions = new Map<string, string[]>();

  beforeAll(async () => {
    const knex = (t.app.orm.em.getConnection() as unknown as { getKnex(): { on(e: string, f: (q: { sql: string; __knexTxId?: string }) => void): void; off(e: string, f: unknown): void } }).getKnex();
    const byTransaction = new Map<string, string[]>();
    const record = (q: { sql: string; __knexTxId?: string }) => {
      if (q.__knexTxId) byTransaction.set(q.__knexTxId, [...(byTransaction.get(q.__knexTxId) ?? []), q.sql]);
    };
    knex.on('query', record);
    try {
      expect((await importRows(rows('NEW'))).createdCount).toBe(1000);
    } finally {
      knex.off('query', record);
    }
    for (const [id, sql] of byTransaction) if (sql.some((s) => /^insert into "lead"/i.test(s))) leadTransactions.set(id, sql);
    await settleJobs(t, 90_000);
  }, 120_000);

  it('is set-based: each chunk of rows is one short transaction of a few statements, not a savepoint and lookups per row', async () => {
    expect(leadTransactions.size).toBe(10); // chunks of 100 rows
    for (const statements of leadTransactions.values()) expect(statements.length).toBeLessThanOrEqual(10);
    // Updates only, so no background job runs and the process's statement counter counts this import alone.
    const before = await statements();
    const r = await importRows(rows('CONTACTED'));
    expect(r).toMatchObject({ createdCount: 0, updatedCount: 1000, failedCount: 0 });
    // About 6 per chunk, plus the outbox's insert (in the chunk's transaction) and its delete once relayed; a savepoint per row took over 5,000.
    expect((await statements()) - before).toBeLessThanOrEqual(100);
    const [{ n }] = (await sqlRows(t, "select count(*)::int as n from audit_event where organization_id = ? and action = 'lead.update' and entity_id in (select id::text from lead where external_id like 'bulk-%')", [org.organizationId])) as [{ n: number }];
    expect(n).toBe(1000);
  }, 60_000);

  it("blocks no other tenant: other organizations' requests are served between its chunks", async () => {
    const other = await createTenant(t);
    await other.lead({ name: 'Other tenant lead' });
    let importing = true;
    const imported = importRows(rows('QUALIFIED')).finally(() => {
      importing = false;
    });
    let servedDuringImport = 0;
    while (importing) {
      await gqlOk(t.url, LeadsDocument, { first: 5 }, { token: other.token });
      if (importing) servedDuringImport++;
    }
    expect((await imported).updatedCount).toBe(1000);
    expect(servedDuringImport).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
