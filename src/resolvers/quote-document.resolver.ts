import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { refId } from './ref-id';
import { ARG } from '../schema/argument-descriptions';
import { ConnectionArgs } from '../schema/connection.args';
import { idempotent, type Replay } from './idempotent';
import type { GraphQLContext } from '../context';
import type { Contract } from '../entities/contract.entity';
import { QuoteAcceptance } from '../entities/quote-acceptance.entity';
import { QuoteDocument } from '../entities/quote-document.entity';
import type { Quote } from '../entities/quote.entity';
import { QuoteType } from '../schema/quote.type';
import { QuoteDocumentKind } from '../services/quotes/documents/document-model';
import { findContractOrFail, findContracts } from '../services/quotes/contract.service';
import { findQuoteOrFail } from '../services/quotes/quote.service';
import {
  ContractConnection,
  ContractPayload,
  ContractType,
  DocumentTemplatePayload,
  DocumentTemplateType,
  GenerateContractInput,
  GenerateQuoteFromContractInput,
  QuoteDecisionType,
  QuoteDocumentType,
  RenewalQuotePayload,
  SendQuoteInput,
  SendQuotePayload,
  UpdateDocumentTemplateInput,
} from '../schema/quote-document.type';
import { toConnection } from './connection';

/** Sending, contracts and document templates (the documents side of quotes). */
@Resolver()
export class QuoteDocumentResolver {
  @Authorized('quotes:write')
  @Mutation(() => SendQuotePayload, {
    description:
      'Sends a quote to its lead (quotes:write): freezes the current version, marks it SENT (the lead moves to PROPOSAL on the first send), renders and stores its QUOTE, SCOPE_OF_WORK and TERMS PDFs, and after commit emails the lead the quote PDF with the public link. A failed email is retried and never undoes the send. Audited',
  })
  async sendQuote(@Arg('input', { description: ARG.input }) input: SendQuoteInput, @Ctx() ctx: GraphQLContext): Promise<SendQuotePayload> {
    const { idempotencyKey: _key, ...fields } = input;
    return idempotent(ctx, 'sendQuote', input, () => this.send(ctx, fields), sendQuoteReplay);
  }

  private async send(ctx: GraphQLContext, input: Omit<SendQuoteInput, 'idempotencyKey'>): Promise<SendQuotePayload> {
    const sent = await ctx.app.quoteDocuments.sending.send(ctx.scope(), input);
    return {
      quote: sent.quote,
      quoteId: sent.quote.id,
      version: sent.quote.sentVersion ?? sent.quote.currentVersion,
      documents: sent.documents.map((d) => documentView(ctx, d)),
      publicUrl: sent.publicUrl,
      publicUrlExpiresAt: sent.publicUrlExpiresAt,
    };
  }

  @Authorized('quotes:write')
  @Mutation(() => ContractPayload, { description: 'Makes the contract of an ACCEPTED quote (quotes:write) and renders its CONTRACT document. CONFLICT when the quote is not accepted or already has one. Audited' })
  async generateContract(@Arg('input', { description: ARG.input }) input: GenerateContractInput, @Ctx() ctx: GraphQLContext): Promise<ContractPayload> {
    const contract = await ctx.app.quoteDocuments.contracts.generate(ctx.scope(), input);
    return { contract: (await contractViews(ctx, [contract]))[0] };
  }

  @Authorized('quotes:write')
  @Mutation(() => RenewalQuotePayload, { description: "Makes a renewal quote (DRAFT) from a contract (quotes:write): the same lead, lines and contracted prices, ready to edit and send. Audited" })
  async generateQuoteFromContract(@Arg('input', { description: ARG.input }) input: GenerateQuoteFromContractInput, @Ctx() ctx: GraphQLContext): Promise<RenewalQuotePayload> {
    const quote = await ctx.app.quoteDocuments.contracts.renewalQuote(ctx.scope(), input);
    const contract = await findContractOrFail(ctx.scope().em.fork(), input.contractId);
    return { quoteId: quote.id, contract: (await contractViews(ctx, [contract]))[0] };
  }

  @Authorized('quotes:read')
  @Query(() => ContractConnection, { description: "The organization's contracts, newest first (quotes:read)" })
  async contracts(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    const found = await findContracts(ctx.em, page, ctx.app.config.graphql.maxPageSize);
    const views = await contractViews(ctx, found.items);
    const connection = toConnection(found);
    return { ...connection, edges: connection.edges.map((e, i) => ({ ...e, node: views[i] })), totalCount: connection.totalCount };
  }

  @Authorized('quotes:read')
  @Query(() => ContractType, { nullable: true, description: "One contract (quotes:read); null with NOT_FOUND for unknown ids and other organizations' contracts alike" })
  async contract(@Arg('id', () => ID, { description: 'Contract id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ContractType> {
    return (await contractViews(ctx, [await findContractOrFail(ctx.em, id)]))[0];
  }

  @Authorized('quotes:read')
  @Query(() => [DocumentTemplateType], { description: "The organization's template of each document kind, with the defaults beside it (quotes:read)" })
  documentTemplates(@Ctx() ctx: GraphQLContext) {
    return ctx.app.quoteDocuments.templates.list(ctx.em);
  }

  @Authorized('quotes:write')
  @Mutation(() => DocumentTemplatePayload, {
    description: "Changes the organization's template of one document kind (quotes:write). Each block is checked by rendering a sample: invalid Handlebars or an unknown helper is BAD_USER_INPUT naming the block. Applies to documents rendered from now on. Audited",
  })
  async updateDocumentTemplate(@Arg('input', { description: ARG.input }) input: UpdateDocumentTemplateInput, @Ctx() ctx: GraphQLContext): Promise<DocumentTemplatePayload> {
    return { template: await ctx.app.quoteDocuments.templates.update(ctx.scope(), input) };
  }
}

/**
 * A retried sendQuote (same key) sends no second email: it answers the first
 * send again, its quote and documents re-read as they are now. The public
 * link is kept as it was given (it is the customer's, already emailed).
 */
const sendQuoteReplay: Replay<SendQuotePayload> = {
  save: (p) => ({ quoteId: p.quoteId, version: p.version, documentIds: p.documents.map((d) => d.id), publicUrl: p.publicUrl, publicUrlExpiresAt: p.publicUrlExpiresAt }),
  async load(saved, ctx) {
    const quote = await findQuoteOrFail(ctx.em, String(saved.quoteId));
    const docs = await ctx.em.find(QuoteDocument, { id: { $in: saved.documentIds as string[] } });
    const order = Object.values(QuoteDocumentKind);
    return {
      quote,
      quoteId: quote.id,
      version: Number(saved.version),
      documents: docs.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((d) => documentView(ctx, d)),
      publicUrl: String(saved.publicUrl),
      publicUrlExpiresAt: new Date(String(saved.publicUrlExpiresAt)),
    } as SendQuotePayload;
  },
};

export function documentView(ctx: GraphQLContext, d: QuoteDocument): QuoteDocumentType {
  return { id: d.id, kind: d.kind, version: d.version, url: ctx.app.quoteDocuments.sending.documentUrl(d.id), sha256: d.sha256, sizeBytes: d.sizeBytes, createdAt: d.createdAt };
}

/** Contracts with their acceptance and document, two queries for the whole page. */
export async function contractViews(ctx: GraphQLContext, contracts: Contract[]): Promise<ContractType[]> {
  if (!contracts.length) return [];
  const em: EntityManager = ctx.em;
  const acceptances = await em.find(QuoteAcceptance, { id: { $in: contracts.map((c) => refId(c, 'acceptance')!) } });
  const documents = await em.find(QuoteDocument, { quote: { $in: contracts.map((c) => refId(c, 'quote')!) }, kind: QuoteDocumentKind.CONTRACT });
  const money = (amountCents: number, currency: string) => ({ amountCents, currency });
  return contracts.map((c) => {
    const a = acceptances.find((x) => x.id === refId(c, 'acceptance'))!;
    const doc = documents.find((d) => d.quote.id === refId(c, 'quote') && d.version === c.version);
    const acceptance: QuoteDecisionType = { decision: a.decision, version: a.version, name: a.name ?? null, reason: a.reason ?? null, decidedAt: a.decidedAt, ip: a.ip, userAgent: a.userAgent ?? null, documentSha256: a.documentSha256 };
    return {
      id: c.id,
      quoteId: refId(c, 'quote')!,
      leadId: refId(c, 'lead')!,
      version: c.version,
      title: c.title,
      supplier: { name: c.supplier.name, company: c.supplier.company ?? null, email: c.supplier.email ?? null },
      customer: { name: c.customer.name, company: c.customer.company ?? null, email: c.customer.email ?? null },
      lines: c.lines.map((l) => ({ description: l.description, quantity: l.quantity, unit: l.unit, unitPrice: money(l.unitPriceMinor, c.currency), discount: money(l.discountMinor, c.currency), taxRatePercent: l.taxRatePercent, lineTotal: money(l.lineTotalMinor, c.currency) })),
      subtotal: money(c.subtotalMinor, c.currency),
      discount: money(c.discountMinor, c.currency),
      tax: money(c.taxMinor, c.currency),
      total: money(c.totalMinor, c.currency),
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      acceptance,
      renewalQuoteId: c.renewalQuote?.id ?? null,
      renewals: c.renewals,
      document: doc ? documentView(ctx, doc) : null,
      createdAt: c.createdAt,
    };
  });
}

/** The documents and the customer's answer, as fields of a quote. */
@Resolver(() => QuoteType)
export class QuoteDocumentFieldsResolver {
  @FieldResolver(() => [QuoteDocumentType], { description: "The stored PDFs of one version (at most 4: QUOTE, SCOPE_OF_WORK, TERMS and, once a contract exists, CONTRACT); empty for a version never sent. Each url is signed and expires (QUOTE_DOCUMENT_URL_TTL_SECONDS)" })
  async documents(
    @Root() quote: Quote,
    @Ctx() ctx: GraphQLContext,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; default: the version last sent, else the newest' }) version?: number,
  ): Promise<QuoteDocumentType[]> {
    const number = version ?? quote.sentVersion ?? quote.currentVersion;
    // `content` is lazy: the bytes stay in the database.
    const docs = await ctx.em.find(QuoteDocument, { quote: quote.id, version: number });
    const order = Object.values(QuoteDocumentKind);
    return docs.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((d) => documentView(ctx, d));
  }

  @FieldResolver(() => QuoteDecisionType, { nullable: true, description: "The customer's answer on the public page to the version last sent; null while unanswered" })
  async decision(@Root() quote: Quote, @Ctx() ctx: GraphQLContext): Promise<QuoteDecisionType | null> {
    if (quote.sentVersion == null) return null;
    const a = await ctx.em.findOne(QuoteAcceptance, { quote: quote.id, version: quote.sentVersion });
    return a ? { decision: a.decision, version: a.version, name: a.name ?? null, reason: a.reason ?? null, decidedAt: a.decidedAt, ip: a.ip, userAgent: a.userAgent ?? null, documentSha256: a.documentSha256 } : null;
  }
}
