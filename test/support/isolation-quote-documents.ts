/**
 * Rows of the tenant-isolation table for quote sending, contracts and
 * document templates (see isolation-table.ts for the format). Each
 * organization gets a sent, accepted quote with a contract, and B a custom
 * template whose text must never reach A.
 */
import { randomBytes } from 'node:crypto';
import {
  ContractDocument,
  ContractsDocument,
  DocumentTemplatesDocument,
  GenerateContractDocument,
  GenerateQuoteFromContractDocument,
  SendQuoteDocument,
  UpdateDocumentTemplateDocument,
} from '../generated/graphql';
import { gqlOk } from './client';
import { expectNothingOf, sameAsUnknown, sqlRows, type IsolationRow, type IsolationWorld, type TenantFixture } from './isolation-table';
import { createPricedQuote } from './quote-fixtures';

interface QuoteDocumentFixture {
  /** A DRAFT quote, never sent. */
  draftQuoteId: string;
  /** Accepted, without a contract. */
  acceptedQuoteId: string;
  contractId: string;
}

const fixtures = new WeakMap<IsolationWorld, { a: QuoteDocumentFixture; b: QuoteDocumentFixture }>();
const of = (w: IsolationWorld) => fixtures.get(w)!;

async function acceptedQuote(w: IsolationWorld, f: TenantFixture): Promise<string> {
  const q = await createPricedQuote(w.t, f.tenant, { validUntil: null });
  const sent = (await gqlOk(w.t.url, SendQuoteDocument, { input: { quoteId: q.quoteId } }, { token: f.tenant.token })).sendQuote;
  const token = new URL(sent.publicUrl).pathname.slice(3);
  await w.t.app.quoteDocuments.publicPage.accept(token, 'Isolation Customer', { ip: '127.0.0.1', userAgent: 'isolation' });
  f.secrets.push(q.quoteId, q.email, ...sent.documents.flatMap((d) => [d.id, d.sha256]));
  return q.quoteId;
}

async function buildFixture(w: IsolationWorld, f: TenantFixture): Promise<QuoteDocumentFixture> {
  const draft = await createPricedQuote(w.t, f.tenant, { validUntil: null });
  const withContract = await acceptedQuote(w, f);
  const contract = (await gqlOk(w.t.url, GenerateContractDocument, { input: { quoteId: withContract } }, { token: f.tenant.token })).generateContract.contract;
  const acceptedQuoteId = await acceptedQuote(w, f);
  f.secrets.push(draft.quoteId, contract.id);
  return { draftQuoteId: draft.quoteId, acceptedQuoteId, contractId: contract.id };
}

export async function buildQuoteDocumentFixtures(w: IsolationWorld): Promise<void> {
  fixtures.set(w, { a: await buildFixture(w, w.a), b: await buildFixture(w, w.b) });
  const secret = `B terms ${randomBytes(6).toString('hex')}`;
  await gqlOk(w.t.url, UpdateDocumentTemplateDocument, { input: { kind: 'TERMS', body: secret } }, { token: w.b.tenant.token });
  w.b.secrets.push(secret);
}

const OWNER_ONLY: IsolationRow['callers'] = ['owner'];

export const QUOTE_DOCUMENT_ISOLATION_ROWS: IsolationRow[] = [
  {
    field: 'Mutation.sendQuote',
    attempt: "sendQuote of B's draft quote",
    expectation: 'NOT_FOUND, identical to a random uuid; nothing sent or stored',
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, SendQuoteDocument, (quoteId) => ({ input: { quoteId } }), of(w).b.draftQuoteId, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.generateContract',
    attempt: "generateContract of B's accepted quote",
    expectation: 'NOT_FOUND, identical to a random uuid; no contract made',
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, GenerateContractDocument, (quoteId) => ({ input: { quoteId } }), of(w).b.acceptedQuoteId, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.generateQuoteFromContract',
    attempt: "generateQuoteFromContract of B's contract",
    expectation: 'NOT_FOUND, identical to a random uuid; no quote made',
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, GenerateQuoteFromContractDocument, (contractId) => ({ input: { contractId } }), of(w).b.contractId, 'NOT_FOUND');
    },
  },
  {
    field: 'Query.contract',
    attempt: "contract(id:) with B's contract id",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, ContractDocument, (id) => ({ id }), of(w).b.contractId, 'NOT_FOUND');
    },
  },
  {
    field: 'Query.contracts',
    attempt: 'contracts, first page of 100',
    expectation: "A's contracts only (same count as the database), nothing of B",
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      const page = await gqlOk(w.t.url, ContractsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from contract where organization_id = ?', [w.a.tenant.organizationId]);
      expect(page.contracts.edges.length).toBe(inDb[0]!.n);
      expect(page.contracts.edges.map((e) => e.node.id)).toContain(of(w).a.contractId);
      expectNothingOf(w.b, page);
    },
  },
  {
    field: 'Query.documentTemplates',
    attempt: 'documentTemplates after B customized its TERMS',
    expectation: "A's own blocks (none set) and the defaults; no text of B",
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      const list = await gqlOk(w.t.url, DocumentTemplatesDocument, {}, { token });
      expect(list.documentTemplates.find((t) => t.kind === 'TERMS')!.custom.body).toBeNull();
      expectNothingOf(w.b, list);
    },
  },
  {
    field: 'Mutation.updateDocumentTemplate',
    attempt: 'updateDocumentTemplate of TERMS (the kind B customized)',
    expectation: "changes A's template only; B's row is untouched",
    callers: OWNER_ONLY,
    bUnchanged: true,
    async run(w, token) {
      const r = await gqlOk(w.t.url, UpdateDocumentTemplateDocument, { input: { kind: 'TERMS', body: 'A terms' } }, { token });
      expect(r.updateDocumentTemplate.template.custom.body).toBe('A terms');
      expectNothingOf(w.b, r);
    },
  },
];
