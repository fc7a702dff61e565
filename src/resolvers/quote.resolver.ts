import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { refId } from './ref-id';
import { ConnectionArgs } from '../schema/connection.args';
import { entityReplay, idempotent } from './idempotent';
import type { GraphQLContext } from '../context';
import { Quote, type QuoteLine, type QuoteVersion } from '../entities/quote.entity';
import { OrderDirection } from '../schema/enums';
import { LeadType } from '../schema/lead.type';
import { ProductType } from '../schema/product.type';
import { Discount, discountOf, MoneyAmount, moneyOf } from '../schema/quote-money.type';
import { CreateQuoteInput, DraftQuoteInput, QuoteFilterInput, QuoteOrderByInput, UpdateQuoteInput, WithdrawQuoteInput } from '../schema/quote.inputs';
import { QuoteConnection, QuoteLineType, QuoteOrderField, QuotePayload, QuoteTaxBreakdown, QuoteType, QuoteVersionDiff, QuoteVersionType } from '../schema/quote.type';
import { findQuoteOrFail } from '../services/quotes/quote.service';
import { diffVersions, findQuotes } from '../services/quotes/quote.queries';
import { computeQuote, formatScaled } from '../services/quotes/quote-money';
import { discountOfRow } from '../services/quotes/quote-versions';
import { toConnection } from './connection';
import { LEAD_QUOTES_MAX, quoteLoaders } from './quote-loaders';

/** A version with the currency of its quote (versions do not store it). */
type VersionRoot = QuoteVersion & { currency?: string };
type LineRoot = QuoteLine & { currency?: string };

async function withCurrency<T extends object>(rows: T[], currency: string): Promise<Array<T & { currency: string }>> {
  return rows.map((r) => Object.assign(Object.create(Object.getPrototypeOf(r) as object) as T, r, { currency }));
}

@Resolver(() => QuoteType)
export class QuoteResolver {
  @Authorized('quotes:read')
  @Query(() => QuoteType, { nullable: true, description: "One quote (needs quotes:read). Null with a NOT_FOUND error for unknown ids and other organizations' quotes alike" })
  quote(@Arg('id', () => ID, { description: 'Quote id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Quote> {
    return findQuoteOrFail(ctx.em, id);
  }

  @Authorized('quotes:read')
  @Query(() => QuoteConnection, { description: 'Quotes of my organization (needs quotes:read), newest first unless orderBy says otherwise' })
  async quotes(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => QuoteFilterInput, { nullable: true, description: 'Narrows the list' }) filter?: QuoteFilterInput,
    @Arg('orderBy', () => QuoteOrderByInput, { nullable: true, description: 'Default CREATED_AT DESC' }) orderBy?: QuoteOrderByInput,
  ) {
    const order = { field: orderBy?.field ?? QuoteOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    return toConnection(await findQuotes(ctx.em, filter, order, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('quotes:read')
  @Query(() => QuoteVersionDiff, { nullable: true, description: 'Lines added, removed and changed between two versions of a quote (needs quotes:read); NOT_FOUND for an unknown quote or version' })
  async quoteVersionDiff(
    @Arg('quoteId', () => ID, { description: 'Quote id' }) quoteId: string,
    @Arg('from', () => Int, { description: 'Older version number' }) from: number,
    @Arg('to', () => Int, { description: 'Newer version number' }) to: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const diff = await diffVersions(ctx.em, quoteId, from, to);
    const quote = await findQuoteOrFail(ctx.em, quoteId);
    const c = quote.currency;
    const [fromV] = await withCurrency([diff.from], c);
    const [toV] = await withCurrency([diff.to], c);
    return {
      from: fromV,
      to: toV,
      added: await withCurrency(diff.added, c),
      removed: await withCurrency(diff.removed, c),
      changed: await Promise.all(diff.changed.map(async (ch) => ({ key: ch.key, fields: ch.fields, before: (await withCurrency([ch.before], c))[0], after: (await withCurrency([ch.after], c))[0] }))),
    };
  }

  @Authorized('quotes:write')
  @Mutation(() => QuotePayload, { description: 'A new DRAFT quote, version 1 (needs quotes:write); every line validated with its path; audited' })
  async createQuote(@Arg('input', { description: 'The quote' }) input: CreateQuoteInput, @Ctx() ctx: GraphQLContext): Promise<{ quote: Quote }> {
    const { idempotencyKey: _key, ...fields } = input;
    return idempotent(ctx, 'createQuote', input, async () => ({ quote: await ctx.app.quotes.create(ctx.scope(), fields) }), entityReplay('quote', Quote));
  }

  @Authorized('quotes:write')
  @Mutation(() => QuotePayload, { description: 'Edits a quote (needs quotes:write). A sent version is never changed: editing a SENT, EXPIRED or REJECTED quote makes version n+1 in DRAFT. CONFLICT for PENDING, ACCEPTED and WITHDRAWN quotes; audited.' })
  async updateQuote(@Arg('input', { description: 'The changes' }) input: UpdateQuoteInput, @Ctx() ctx: GraphQLContext): Promise<{ quote: Quote }> {
    const { id, ...fields } = input;
    return { quote: await ctx.app.quotes.update(ctx.scope(), id, fields) };
  }

  @Authorized('quotes:write')
  @Mutation(() => QuotePayload, { description: 'Starts an AI draft from free text or a call (needs quotes:write): returns at once with the quote PENDING; the priced lines arrive on quoteUpdated (DRAFTED) and by query. Each line carries its phrase and a confidence; anything not in the catalog is an unpriced line flagged for review. Uses OpenAI when configured and within budget, else the local drafter; audited.' })
  async draftQuote(@Arg('input', { description: 'What to draft from' }) input: DraftQuoteInput, @Ctx() ctx: GraphQLContext): Promise<{ quote: Quote }> {
    const { idempotencyKey: _key, ...fields } = input;
    return idempotent(ctx, 'draftQuote', input, async () => ({ quote: await ctx.app.quoteDrafts.start(ctx.scope(), fields) }), entityReplay('quote', Quote));
  }

  @Authorized('quotes:write')
  @Mutation(() => QuotePayload, { description: 'Withdraws a PENDING, DRAFT or SENT quote (needs quotes:write): it can no longer be sent or accepted; audited' })
  async withdrawQuote(@Arg('input', { description: 'The quote' }) input: WithdrawQuoteInput, @Ctx() ctx: GraphQLContext): Promise<{ quote: Quote }> {
    return { quote: await ctx.app.quotes.withdraw(ctx.scope(), input.id, input.reason) };
  }

  @FieldResolver(() => LeadType, { description: 'Who the quote is for' })
  lead(@Root() quote: Quote, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.leadById.load(refId(quote, 'lead')!);
  }

  @FieldResolver(() => Int, { description: 'Number of the newest version (the one edits apply to)' })
  currentVersionNumber(@Root() quote: Quote): number {
    return quote.currentVersion;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Number of the version the customer was last sent; null before the first send' })
  sentVersionNumber(@Root() quote: Quote): number | null {
    return quote.sentVersion ?? null;
  }

  @FieldResolver(() => MoneyAmount, { description: "The current version's total" })
  total(@Root() quote: Quote): MoneyAmount {
    return moneyOf(quote.totalMinor, quote.currency);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The call the draft was made from' })
  callId(@Root() quote: Quote): string | null {
    return refId(quote, 'call');
  }

  @FieldResolver(() => QuoteVersionType, { description: 'The newest version, with its lines and totals' })
  async currentVersion(@Root() quote: Quote, @Ctx() ctx: GraphQLContext) {
    const versions = await quoteLoaders(ctx).versionsByQuote.load(quote.id);
    const v = versions.find((x) => x.number === quote.currentVersion) ?? versions[versions.length - 1]!;
    return (await withCurrency([v], quote.currency))[0];
  }

  @FieldResolver(() => [QuoteVersionType], { description: 'Versions, newest first; every version stays readable (ask for more with first, at most 100)' })
  async versions(
    @Root() quote: Quote,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many of the newest versions, 1–100 (each can carry 200 lines, so the default is small)' }) first: number,
  ) {
    const all = await quoteLoaders(ctx).versionsByQuote.load(quote.id);
    return withCurrency([...all].reverse().slice(0, Math.max(0, Math.min(first, 100))), quote.currency);
  }
}

@Resolver(() => QuoteVersionType)
export class QuoteVersionResolver {
  @FieldResolver(() => Discount, { nullable: true, description: 'The quote-level discount' })
  discount(@Root() v: VersionRoot): Discount | null {
    return discountOf(v, v.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'Sum of the line amounts after line discounts, before the quote discount and tax' })
  subtotal(@Root() v: VersionRoot): MoneyAmount {
    return moneyOf(v.subtotalMinor, v.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'The quote discount in money' })
  discountTotal(@Root() v: VersionRoot): MoneyAmount {
    return moneyOf(v.discountMinor, v.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'Sum of the line taxes' })
  tax(@Root() v: VersionRoot): MoneyAmount {
    return moneyOf(v.taxMinor, v.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'subtotal − discountTotal + tax = the sum of the line totals' })
  total(@Root() v: VersionRoot): MoneyAmount {
    return moneyOf(v.totalMinor, v.currency!);
  }

  @FieldResolver(() => [QuoteLineType], { description: 'Lines in position order (at most 200)' })
  async lines(@Root() v: VersionRoot, @Ctx() ctx: GraphQLContext) {
    return withCurrency(await quoteLoaders(ctx).linesByVersion.load(v.id), v.currency!);
  }

  @FieldResolver(() => [QuoteTaxBreakdown], { description: 'Tax per rate, ascending' })
  async taxes(@Root() v: VersionRoot, @Ctx() ctx: GraphQLContext): Promise<QuoteTaxBreakdown[]> {
    const lines = await quoteLoaders(ctx).linesByVersion.load(v.id);
    const amounts = computeQuote(
      lines.map((l) => ({ quantityMilli: l.quantityMilli, unitPriceMinor: l.unitPriceMinor ?? null, taxRateMilli: l.taxRateMilli, discount: discountOfRow(l) })),
      discountOfRow(v),
    );
    return amounts.taxes.map((t) => ({ rate: formatScaled(t.rateMilli), taxable: moneyOf(t.taxableMinor, v.currency!), tax: moneyOf(t.taxMinor, v.currency!) }));
  }
}

@Resolver(() => QuoteLineType)
export class QuoteLineResolver {
  @FieldResolver(() => ProductType, { nullable: true, description: 'The catalog product; null for a custom line or a deleted product' })
  product(@Root() l: LineRoot, @Ctx() ctx: GraphQLContext) {
    return l.product ? quoteLoaders(ctx).productById.load(l.product.id) : null;
  }

  @FieldResolver(() => String, { description: 'Exact decimal text with up to 3 decimals' })
  quantity(@Root() l: LineRoot): string {
    return formatScaled(l.quantityMilli);
  }

  @FieldResolver(() => MoneyAmount, { nullable: true, description: 'Price of one unit before tax; null: not priced yet' })
  unitPrice(@Root() l: LineRoot): MoneyAmount | null {
    return l.unitPriceMinor == null ? null : moneyOf(l.unitPriceMinor, l.currency!);
  }

  @FieldResolver(() => String, { description: 'Tax rate, decimal percent text' })
  taxRate(@Root() l: LineRoot): string {
    return formatScaled(l.taxRateMilli);
  }

  @FieldResolver(() => Discount, { nullable: true, description: "This line's own discount" })
  discount(@Root() l: LineRoot): Discount | null {
    return discountOf(l, l.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'quantity × unitPrice, rounded half-up' })
  amount(@Root() l: LineRoot): MoneyAmount {
    return moneyOf(l.grossMinor, l.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: "Taken off by this line's discount" })
  lineDiscount(@Root() l: LineRoot): MoneyAmount {
    return moneyOf(l.lineDiscountMinor, l.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: "This line's share of the quote discount" })
  quoteDiscountShare(@Root() l: LineRoot): MoneyAmount {
    return moneyOf(l.quoteDiscountMinor, l.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'Tax of this line' })
  tax(@Root() l: LineRoot): MoneyAmount {
    return moneyOf(l.taxMinor, l.currency!);
  }

  @FieldResolver(() => MoneyAmount, { description: 'Line total with tax' })
  total(@Root() l: LineRoot): MoneyAmount {
    return moneyOf(l.totalMinor, l.currency!);
  }
}

@Resolver(() => LeadType)
export class LeadQuotesResolver {
  @Authorized('quotes:read')
  @FieldResolver(() => [QuoteType], { description: `The lead's quotes, newest first (at most ${LEAD_QUOTES_MAX}; needs quotes:read)` })
  quotes(@Root() lead: { id: string }, @Ctx() ctx: GraphQLContext) {
    return quoteLoaders(ctx).quotesByLead.load(lead.id);
  }
}

