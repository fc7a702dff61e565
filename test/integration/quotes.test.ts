/**
 * Quotes through the running API (issue 12): the catalog (CRUD, full-text
 * search), quotes with exact money, per-line validation with field paths,
 * versions (sending freezes, editing a sent quote makes n+1), the diff,
 * withdraw, expiry by the scheduled job's entry point (two workers at once),
 * scopes, audit, lead.quotes, and the local AI draft arriving on quoteUpdated.
 * Sending itself (email, documents) is the sendQuote path; here the quote's
 * part of it, QuoteService.markSent, is called directly.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTenant } from '../../src/db/tenant-filter';
import { ManualClock } from '../../src/services/clock';
import { aiUsageReport } from '../../src/services/budget/ai-usage-report';
import type { Scope } from '../../src/services/scope';
import {
  AuditEventsDocument,
  CreateProductDocument,
  CreateQuoteDocument,
  DeleteProductDocument,
  DraftQuoteDocument,
  LeadQuotesDocument,
  ProductDocument,
  ProductsDocument,
  QuoteDocument,
  QuotesDocument,
  QuoteUpdatedDocument,
  QuoteVersionDiffDocument,
  UpdateProductDocument,
  UpdateQuoteDocument,
  WithdrawQuoteDocument,
  type CreateProductInput,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { settleJobs, sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

jest.setTimeout(60_000);
const NOW = new Date('2031-03-10T15:00:00.000Z');
const clock = new ManualClock(NOW);
let t: TestServer;
let org: Tenant;
let other: Tenant;

const product = (tenant: Tenant, input: Partial<CreateProductInput> & { sku: string; name: string }) =>
  gqlOk(t.url, CreateProductDocument, { input: { unit: 'each', unitPrice: 1000, currency: 'USD', taxRate: '20', ...input } }, { token: tenant.token }).then((r) => r.createProduct.product);

function scopeOf(tenant: Tenant): Scope {
  const em = bindTenant(t.app.orm.em.fork() as EntityManager, tenant.organizationId);
  return { em, organizationId: tenant.organizationId, actor: { type: 'USER', id: tenant.ownerId } };
}

beforeAll(async () => {
  t = await startTestServer({}, undefined, { clock });
  [org, other] = await Promise.all([createTenant(t), createTenant(t)]);
}, 180_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(() => clock.set(NOW));

describe('the catalog', () => {
  it('creates, finds by full-text search, updates and deletes products; skus are unique per organization', async () => {
    const cable = await product(org, { sku: 'CAT6-DROP', name: 'Cat6 cable drop', description: 'One network outlet, cabled and terminated', unit: 'drop', unitPrice: 8500 });
    await product(org, { sku: 'LAB-DAY', name: 'Labour day', description: 'Technician on site', unit: 'day', unitPrice: 64000 });
    expect(cable).toMatchObject({ sku: 'CAT6-DROP', unitPrice: { minor: 8500, currency: 'USD', decimal: '85.00' }, taxRate: '20', active: true });
    const found = await gqlOk(t.url, ProductsDocument, { filter: { search: 'network outlet' } }, { token: org.token });
    expect(found.products.edges.map((e) => e.node.sku)).toEqual(['CAT6-DROP']);
    const none = await gqlOk(t.url, ProductsDocument, { filter: { search: 'cable -network' } }, { token: org.token });
    expect(none.products.edges).toEqual([]);

    const dup = await gql(t.url, CreateProductDocument, { input: { sku: 'CAT6-DROP', name: 'x', unit: 'each', unitPrice: 1, currency: 'USD' } }, { token: org.token });
    expect(codeOf(dup)).toBe('CONFLICT');
    // Another organization may use the same sku, and sees none of ours.
    await product(other, { sku: 'CAT6-DROP', name: 'Their cable' });
    expect((await gqlOk(t.url, ProductsDocument, { filter: { search: 'network' } }, { token: other.token })).products.edges).toEqual([]);
    expect(codeOf(await gql(t.url, ProductDocument, { id: cable.id }, { token: other.token }))).toBe('NOT_FOUND');

    const updated = await gqlOk(t.url, UpdateProductDocument, { input: { id: cable.id, unitPrice: 9000, active: false } }, { token: org.token });
    expect(updated.updateProduct.product).toMatchObject({ unitPrice: { minor: 9000 }, active: false });
    expect((await gqlOk(t.url, ProductsDocument, { filter: { active: true } }, { token: org.token })).products.edges.map((e) => e.node.sku)).toEqual(['LAB-DAY']);
    const bad = await gql(t.url, UpdateProductDocument, { input: { id: cable.id, taxRate: '120' } }, { token: org.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taxRate' });
    await gqlOk(t.url, DeleteProductDocument, { input: { id: cable.id } }, { token: org.token });
    expect(codeOf(await gql(t.url, ProductDocument, { id: cable.id }, { token: org.token }))).toBe('NOT_FOUND');
  });
});

describe('quotes', () => {
  let lead: { id: string };
  let drop: { id: string };
  let design: { id: string };
  beforeAll(async () => {
    lead = await org.lead({ status: 'QUALIFIED' as never });
    drop = await product(org, { sku: 'DROP-2', name: 'Network drop', unit: 'drop', unitPrice: 8500, taxRate: '20' });
    design = await product(org, { sku: 'DESIGN', name: 'Network design', unit: 'hour', unitPrice: 9999, taxRate: '5' });
  });

  it('prices lines exactly from the catalog, with discounts and two tax rates, valid to the end of the day in the organization zone', async () => {
    const r = await gqlOk(
      t.url,
      CreateQuoteDocument,
      {
        input: {
          leadId: lead.id,
          title: 'Office cabling',
          validUntil: '2031-03-31',
          discount: { percent: '10' },
          lines: [
            { productId: drop.id, quantity: '24' },
            { productId: design.id, quantity: '1.5', discount: { percent: '12.5' } },
            { description: 'Cable tester rental', quantity: '3', unitPrice: 333, taxRate: '0' },
          ],
        },
      },
      { token: org.token },
    );
    const q = r.createQuote.quote;
    expect(q).toMatchObject({ status: 'DRAFT', currency: 'USD', currentVersionNumber: 1, sentVersionNumber: null });
    // America/Chicago is UTC−5 on 31 March 2031 (CDT): the day ends at 04:59:59.999Z on 1 April.
    expect(q.validUntil).toBe('2031-04-01T04:59:59.999Z');
    const v = q.currentVersion;
    expect(v.lines.map((l) => l.amount.minor)).toEqual([204_000, 14_999, 999]);
    expect(v.lines.map((l) => l.quoteDiscountShare.minor)).toEqual([20_400, 1_312, 100]);
    expect(v.subtotal.minor).toBe(218_123);
    expect(v.discountTotal.minor).toBe(21_812);
    expect(v.tax.minor).toBe(36_720 + 591);
    expect(v.total).toEqual({ minor: 218_123 - 21_812 + 37_311, currency: 'USD', decimal: '2336.22' });
    expect(v.lines.reduce((s, l) => s + l.total.minor, 0)).toBe(v.total.minor);
    expect(v.taxes).toEqual([
      { rate: '0', taxable: { minor: 899 }, tax: { minor: 0 } },
      { rate: '5', taxable: { minor: 11_812 }, tax: { minor: 591 } },
      { rate: '20', taxable: { minor: 183_600 }, tax: { minor: 36_720 } },
    ]);
    expect(v.lines[0]).toMatchObject({ description: 'Network drop', unit: 'drop', quantity: '24', product: { sku: 'DROP-2' }, needsReview: false });
  });

  it('reports every bad line by its path and stores nothing', async () => {
    const before = await sqlRows(t, 'select count(*)::int as n from quote where organization_id = ?', [org.organizationId]);
    const r = await gql(
      t.url,
      CreateQuoteDocument,
      {
        input: {
          leadId: lead.id,
          title: 'Bad',
          currency: 'USD',
          lines: [
            { productId: drop.id, quantity: '2' },
            { description: 'x', quantity: '1.2345' },
            { productId: '00000000-0000-4000-8000-000000000000', quantity: '1' },
            { productId: drop.id, quantity: '1', discount: { amount: 9000 } },
          ],
        },
      },
      { token: org.token },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('input.lines[1].quantity');
    const fields = (r.errors?.[0]?.extensions?.problems as Array<{ field: string }>).map((p) => p.field);
    expect(fields).toEqual(['input.lines[1].quantity', 'input.lines[2].productId', 'input.lines[3].discount.amount']);
    expect(await sqlRows(t, 'select count(*)::int as n from quote where organization_id = ?', [org.organizationId])).toEqual(before);
  });

  it('sending freezes the version and moves the lead to PROPOSAL; editing makes version 2 in DRAFT; every version stays readable; the diff names what changed', async () => {
    const lead2 = await org.lead({ status: 'CONTACTED' as never });
    const created = await gqlOk(t.url, CreateQuoteDocument, { input: { leadId: lead2.id, title: 'Two', lines: [{ productId: drop.id, quantity: '10' }, { productId: design.id, quantity: '2' }] } }, { token: org.token });
    const q = created.createQuote.quote;
    const [dropLine, designLine] = q.currentVersion.lines;

    const unpriced = await gqlOk(t.url, CreateQuoteDocument, { input: { leadId: lead2.id, title: 'Unpriced', currency: 'USD', lines: [{ description: 'Something custom', quantity: '1' }] } }, { token: org.token });
    expect(unpriced.createQuote.quote.currentVersion.lines[0]).toMatchObject({ unitPrice: null, needsReview: true });
    await expect(t.app.quotes.markSent(scopeOf(org), unpriced.createQuote.quote.id)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines[0].unitPrice' } });

    const sent = await t.app.quotes.markSent(scopeOf(org), q.id);
    expect(sent.newlySent).toBe(true);
    expect((await t.app.quotes.markSent(scopeOf(org), q.id)).newlySent).toBe(false); // a resend changes nothing
    const afterSend = (await gqlOk(t.url, QuoteDocument, { id: q.id }, { token: org.token })).quote;
    expect(afterSend).toMatchObject({ status: 'SENT', sentVersionNumber: 1, lead: { status: 'PROPOSAL' } });
    // Unset validUntil: 30 days from sending, to the end of that day in Chicago (CDT, UTC−5).
    expect(afterSend.validUntil).toBe('2031-04-10T04:59:59.999Z');
    expect(afterSend.currentVersion.sentAt).toBe(NOW.toISOString());
    const scores = await sqlRows(t, "select delta, reason from score_event where lead_id = ? and source = 'QUOTE'", [lead2.id]);
    expect(scores).toEqual([{ delta: 10, reason: '+10 quote sent' }]);

    const edited = await gqlOk(
      t.url,
      UpdateQuoteDocument,
      { input: { id: q.id, lines: [{ key: dropLine!.key, productId: drop.id, quantity: '12' }, { description: 'Patch panel', quantity: '1', unitPrice: 12_000 }] } },
      { token: org.token },
    );
    const e = edited.updateQuote.quote;
    expect(e).toMatchObject({ status: 'DRAFT', currentVersionNumber: 2, sentVersionNumber: 1 });
    const full = (await gqlOk(t.url, QuoteDocument, { id: q.id }, { token: org.token })).quote;
    expect(full.versions.map((v) => [v.number, v.sentAt != null, v.lines.length])).toEqual([
      [2, false, 2],
      [1, true, 2],
    ]);
    expect(full.versions[1]!.lines.map((l) => l.quantity)).toEqual(['10', '2']); // what the customer was sent

    const diff = (await gqlOk(t.url, QuoteVersionDiffDocument, { quoteId: q.id, from: 1, to: 2 }, { token: org.token })).quoteVersionDiff!;
    expect(diff.added.map((l) => l.description)).toEqual(['Patch panel']);
    expect(diff.removed.map((l) => l.key)).toEqual([designLine!.key]);
    expect(diff.changed).toEqual([{ key: dropLine!.key, fields: ['quantity', 'total'], before: { quantity: '10', total: { minor: 102_000 } }, after: { quantity: '12', total: { minor: 122_400 } } }]);
    expect(codeOf(await gql(t.url, QuoteVersionDiffDocument, { quoteId: q.id, from: 1, to: 7 }, { token: org.token }))).toBe('NOT_FOUND');

    const unknownKey = await gql(t.url, UpdateQuoteDocument, { input: { id: q.id, lines: [{ key: '00000000-0000-4000-8000-000000000000', description: 'x', quantity: '1' }] } }, { token: org.token });
    expect(unknownKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines[0].key' });

    const actions = (await sqlRows(t, "select action from audit_event where entity_id = ? and entity_type = 'Quote' order by created_at, id", [q.id])).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['quote.create', 'quote.send', 'quote.update']));

    const leadQuotes = await gqlOk(t.url, LeadQuotesDocument, { id: lead2.id }, { token: org.token });
    expect(leadQuotes.lead!.quotes.map((x) => x.id).sort()).toEqual([q.id, unpriced.createQuote.quote.id].sort());
  });

  it('withdraws, lists with filters, and keeps other organizations out', async () => {
    const c = await gqlOk(t.url, CreateQuoteDocument, { input: { leadId: lead.id, title: 'Withdraw me please', lines: [{ productId: drop.id, quantity: '1' }] } }, { token: org.token });
    const id = c.createQuote.quote.id;
    expect(codeOf(await gql(t.url, WithdrawQuoteDocument, { input: { id } }, { token: other.token }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(t.url, QuoteDocument, { id }, { token: other.token }))).toBe('NOT_FOUND');
    const w = await gqlOk(t.url, WithdrawQuoteDocument, { input: { id, reason: 'customer went elsewhere' } }, { token: org.token });
    expect(w.withdrawQuote.quote.status).toBe('WITHDRAWN');
    expect(codeOf(await gql(t.url, UpdateQuoteDocument, { input: { id, title: 'again' } }, { token: org.token }))).toBe('CONFLICT');
    const list = await gqlOk(t.url, QuotesDocument, { filter: { status: ['WITHDRAWN' as never], search: 'withdraw ME' } }, { token: org.token });
    expect(list.quotes.edges.map((e) => e.node.id)).toEqual([id]);
    expect((await gqlOk(t.url, QuotesDocument, {}, { token: other.token })).quotes.totalCount).toBe(0);
  });

  it('honours quotes:read and quotes:write', async () => {
    const reader = await org.apiKey(['quotes:read']);
    const writer = await org.apiKey(['quotes:write']);
    expect(codeOf(await gql(t.url, CreateQuoteDocument, { input: { leadId: lead.id, title: 'x', currency: 'USD' } }, { token: reader }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(t.url, QuotesDocument, {}, { token: writer }))).toBe('FORBIDDEN');
    expect((await gqlOk(t.url, QuotesDocument, {}, { token: reader })).quotes.totalCount).toBeGreaterThan(0);
    expect((await gqlOk(t.url, CreateQuoteDocument, { input: { leadId: lead.id, title: 'by key', currency: 'USD' } }, { token: writer })).createQuote.quote.status).toBe('DRAFT');
  });

  it('expires SENT quotes after validUntil, once, with two workers running the job at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await gqlOk(t.url, CreateQuoteDocument, { input: { leadId: lead.id, title: `Expiring ${i}`, validUntil: '2031-03-12', lines: [{ productId: drop.id, quantity: '1' }] } }, { token: org.token });
      ids.push(c.createQuote.quote.id);
      await t.app.quotes.markSent(scopeOf(org), c.createQuote.quote.id);
    }
    // 12 March ends at 05:00Z on the 13th in Chicago (CDT): one minute before, nothing expires.
    expect(await t.app.quotes.expireDue(t.app.orm, new Date('2031-03-13T04:59:00Z'))).toBe(0);
    const later = new Date('2031-03-13T05:00:01Z');
    const [a, b] = await Promise.all([t.app.quotes.expireDue(t.app.orm, later), t.app.quotes.expireDue(t.app.orm, later)]);
    expect(a + b).toBeGreaterThanOrEqual(3);
    const rows = await sqlRows(t, `select status from quote where id in (${ids.map(() => '?').join(',')})`, ids);
    expect(rows.map((r) => r.status)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
    const audits = await sqlRows(t, `select count(*)::int as n from audit_event where action = 'quote.expire' and entity_id in (${ids.map(() => '?').join(',')})`, ids);
    expect(audits).toEqual([{ n: 3 }]);
  });
});

describe('draftQuote (local drafter)', () => {
  it('returns PENDING at once; the draft arrives on quoteUpdated with each line carrying its phrase and confidence; unknown things are unpriced lines for review', async () => {
    const tenant = await createTenant(t);
    await product(tenant, { sku: 'CAT6', name: 'Cat6 cable drop', unit: 'drop', unitPrice: 8500 });
    await product(tenant, { sku: 'LABOUR', name: 'Labour', description: 'Technician day on site', unit: 'day', unitPrice: 64000 });
    await product(tenant, { sku: 'PAINT', name: 'Wall painting', unit: 'm²', unitPrice: 1200, taxRate: '10' });
    const lead = await tenant.lead({ budgetCurrency: 'USD' });
    const ws = wsClient(t.wsUrl, tenant.token);
    const feed = subscribe(ws, QuoteUpdatedDocument, { filter: { leadId: lead.id } });
    await connected(ws);
    try {
      const r = await gqlOk(
        t.url,
        DraftQuoteDocument,
        { input: { leadId: lead.id, request: 'Install Cat6 cabling for the office: 24 drops, two days of labour, and paint 3 rooms of about 40 m². Also 2 espresso machines.' } },
        { token: tenant.token },
      );
      expect(r.draftQuote.quote.status).toBe('PENDING');
      const events = await feed.waitFor(2, 15_000);
      const drafted = events.map((e) => e.data?.quoteUpdated).find((e) => e?.kind === 'DRAFTED')!;
      expect(drafted.quote!.status).toBe('DRAFT');
      const lines = drafted.quote!.currentVersion.lines;
      expect(lines.map((l) => [l.product?.sku ?? null, l.quantity])).toEqual([
        ['CAT6', '24'],
        ['LABOUR', '2'],
        ['PAINT', '120'],
        [null, '2'],
      ]);
      expect(lines[0]!.sourcePhrase).toBe('24 drops');
      expect(lines[3]).toMatchObject({ needsReview: true, description: '2 espresso machines' });
      for (const l of lines) expect(l.confidence).toBeGreaterThan(0);
      const q = (await gqlOk(t.url, QuoteDocument, { id: r.draftQuote.quote.id }, { token: tenant.token })).quote;
      expect(q).toMatchObject({ draftedBy: 'LOCAL', status: 'DRAFT' });
      expect(q.currentVersion.lines[3]!.unitPrice).toBeNull();

      const usage = await sqlRows(t, "select operation, provider, cost_micro_dollars, created_at from ai_usage where subject_type = 'Quote' and subject_id = ?", [q.id]);
      expect(usage).toMatchObject([{ operation: 'QUOTE_DRAFT', provider: 'local' }]);
      const at = new Date(usage[0]!.created_at as string | Date); // a Date from PGlite, a string from pg
      const report = await aiUsageReport(t.app.orm.em.fork() as EntityManager, tenant.organizationId, new Date(at.getTime() - 1000), new Date(at.getTime() + 1000), at);
      expect(report.costPerQuote).toBe(0);
      const audit = await gqlOk(t.url, AuditEventsDocument, {}, { token: tenant.token });
      expect(JSON.stringify(audit)).toContain('quote.drafted');
    } finally {
      feed.dispose();
      await ws.dispose();
    }
  });

  it('refuses a draft with neither request nor call, naming the field', async () => {
    const lead = await org.lead();
    const r = await gql(t.url, DraftQuoteDocument, { input: { leadId: lead.id } }, { token: org.token });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.request' });
    await settleJobs(t);
  });
});
