/**
 * Tenant-isolation rows for the quote operations (issue 12): A runs each one
 * against B's product, quote and lead ids and gets what a random id gets.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTenant } from '../../src/db/tenant-filter';
import {
  CreateProductDocument,
  CreateQuoteDocument,
  DeleteProductDocument,
  DraftQuoteDocument,
  ProductDocument,
  ProductsDocument,
  QuoteDocument,
  QuotesDocument,
  QuoteUpdatedDocument,
  QuoteVersionDiffDocument,
  UpdateProductDocument,
  UpdateQuoteDocument,
  WithdrawQuoteDocument,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from './client';
import { expectNothingOf, sameAsUnknown, sqlRows, type IsolationRow, type IsolationWorld, type TenantFixture } from './isolation-table';

interface QuoteFixture {
  productId: string;
  quoteId: string;
  leadId: string;
}

const fixtures = new WeakMap<IsolationWorld, { a: QuoteFixture; b: QuoteFixture }>();
const quotesOf = (w: IsolationWorld) => fixtures.get(w)!;

async function buildOne(w: IsolationWorld, f: TenantFixture, n: number): Promise<QuoteFixture> {
  const token = f.tenant.token;
  const product = (await gqlOk(w.t.url, CreateProductDocument, { input: { sku: `ISO-${n}`, name: `Isolation widget ${n}`, unit: 'each', unitPrice: 1000, currency: 'USD' } }, { token })).createProduct.product;
  const leadId = f.leads[0]!.id;
  const quote = (await gqlOk(w.t.url, CreateQuoteDocument, { input: { leadId, title: `Quote ${n}`, lines: [{ productId: product.id, quantity: '2' }] } }, { token })).createQuote.quote;
  const em = bindTenant(w.t.app.orm.em.fork() as EntityManager, f.tenant.organizationId);
  await w.t.app.quotes.markSent({ em, organizationId: f.tenant.organizationId, actor: { type: 'USER', id: f.tenant.ownerId } }, quote.id);
  await gqlOk(w.t.url, UpdateQuoteDocument, { input: { id: quote.id, lines: [{ productId: product.id, quantity: '3' }] } }, { token });
  f.secrets.push(product.id, quote.id, `Isolation widget ${n}`);
  return { productId: product.id, quoteId: quote.id, leadId };
}

/** Adds a product and a quote with two versions (one sent) to each organization. */
export async function buildQuoteFixtures(w: IsolationWorld): Promise<void> {
  fixtures.set(w, { a: await buildOne(w, w.a, 1), b: await buildOne(w, w.b, 2) });
}

const OWNER: IsolationRow['callers'] = ['owner'];
const byId = (doc: unknown, pick: (q: QuoteFixture) => string, vars: (id: string) => unknown, code = 'NOT_FOUND') =>
  ((w: IsolationWorld, token: string) => sameAsUnknown(w, token, doc as never, vars as never, pick(quotesOf(w).b), code)) as IsolationRow['run'];

export const QUOTE_ISOLATION_ROWS: IsolationRow[] = [
  { field: 'Query.product', attempt: "product(id:) with B's product id", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(ProductDocument, (q) => q.productId, (id) => ({ id })) },
  {
    field: 'Query.products',
    attempt: "products, unfiltered and searching B's product name",
    expectation: "A's products only (the database count); B's name matches nothing",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, ProductsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from product where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.products.totalCount).toBe(inDb[0]!.n);
      expectNothingOf(w.b, all);
      expect((await gqlOk(w.t.url, ProductsDocument, { filter: { search: 'widget 2' } }, { token })).products.totalCount).toBe(0);
    },
  },
  { field: 'Query.quote', attempt: "quote(id:) with B's quote id", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(QuoteDocument, (q) => q.quoteId, (id) => ({ id })) },
  {
    field: 'Query.quotes',
    attempt: "quotes, unfiltered and filtered by B's lead",
    expectation: "A's quotes only; B's lead matches nothing",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, QuotesDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from quote where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.quotes.totalCount).toBe(inDb[0]!.n);
      expectNothingOf(w.b, all);
      expect((await gqlOk(w.t.url, QuotesDocument, { filter: { leadId: quotesOf(w).b.leadId } }, { token })).quotes.totalCount).toBe(0);
    },
  },
  {
    field: 'Query.quoteVersionDiff',
    attempt: "quoteVersionDiff of B's quote, versions 1 and 2",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    run: byId(QuoteVersionDiffDocument, (q) => q.quoteId, (id) => ({ quoteId: id, from: 1, to: 2 })),
  },
  {
    field: 'Mutation.createProduct',
    attempt: "createProduct with B's sku",
    expectation: "A gets its own product (skus are unique per organization); B's is untouched",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const r = await gqlOk(w.t.url, CreateProductDocument, { input: { sku: 'ISO-2', name: 'A copy', unit: 'each', unitPrice: 1, currency: 'USD' } }, { token });
      const rows = await sqlRows(w.t, 'select organization_id from product where id = ?', [r.createProduct.product.id]);
      expect(rows[0]!.organization_id).toBe(w.a.tenant.organizationId);
      await gqlOk(w.t.url, DeleteProductDocument, { input: { id: r.createProduct.product.id } }, { token });
    },
  },
  { field: 'Mutation.updateProduct', attempt: "updateProduct on B's product", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(UpdateProductDocument, (q) => q.productId, (id) => ({ input: { id, name: 'taken' } })) },
  { field: 'Mutation.deleteProduct', attempt: "deleteProduct on B's product", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(DeleteProductDocument, (q) => q.productId, (id) => ({ input: { id } })) },
  {
    field: 'Mutation.createQuote',
    attempt: "createQuote for B's lead, and with B's product on a line",
    expectation: 'BAD_USER_INPUT on input.leadId / input.lines[0].productId, as for random ids',
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const b = quotesOf(w).b;
      const forLead = await gql(w.t.url, CreateQuoteDocument, { input: { leadId: b.leadId, title: 'x', currency: 'USD' } }, { token });
      expect(forLead.errors?.[0]?.extensions?.field).toBe('input.leadId');
      const forProduct = await gql(w.t.url, CreateQuoteDocument, { input: { leadId: quotesOf(w).a.leadId, title: 'x', currency: 'USD', lines: [{ productId: b.productId, quantity: '1' }] } }, { token });
      expect(forProduct.errors?.[0]?.extensions?.field).toBe('input.lines[0].productId');
      expectNothingOf(w.b, [forLead, forProduct]);
    },
  },
  { field: 'Mutation.updateQuote', attempt: "updateQuote on B's quote", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(UpdateQuoteDocument, (q) => q.quoteId, (id) => ({ input: { id, title: 'taken' } })) },
  { field: 'Mutation.withdrawQuote', attempt: "withdrawQuote on B's quote", expectation: 'NOT_FOUND, identical to a random uuid', callers: OWNER, bUnchanged: true, run: byId(WithdrawQuoteDocument, (q) => q.quoteId, (id) => ({ input: { id } })) },
  {
    field: 'Mutation.draftQuote',
    attempt: "draftQuote for B's lead",
    expectation: 'BAD_USER_INPUT on input.leadId, as for a random id; nothing queued for B',
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const r = await gql(w.t.url, DraftQuoteDocument, { input: { leadId: quotesOf(w).b.leadId, request: '2 widgets' } }, { token });
      const random = await gql(w.t.url, DraftQuoteDocument, { input: { leadId: randomUUID(), request: '2 widgets' } }, { token });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe(random.errors?.[0]?.extensions?.field);
    },
  },
  {
    field: 'Subscription.quoteUpdated',
    attempt: "quoteUpdated filtered to B's quote while B edits it",
    expectation: 'no event reaches A',
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const client = wsClient(w.t.wsUrl, token);
      try {
        const feed = subscribe(client, QuoteUpdatedDocument, {});
        await connected(client);
        await gqlOk(w.t.url, UpdateQuoteDocument, { input: { id: quotesOf(w).b.quoteId, title: 'B edits' } }, { token: w.b.tenant.token });
        await new Promise((r) => setTimeout(r, 300));
        expect(feed.events.filter((e) => JSON.stringify(e).includes(quotesOf(w).b.quoteId))).toEqual([]);
        feed.dispose();
      } finally {
        await client.dispose();
      }
    },
  },
];
