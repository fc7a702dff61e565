import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import { bindTenant } from '../../db/tenant-filter';
import { Lead, LeadStatus } from '../../entities/lead.entity';
import { Organization } from '../../entities/organization.entity';
import { Product } from '../../entities/product.entity';
import { Quote, QuoteLine, QuoteStatus, QuoteVersion } from '../../entities/quote.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { publishChange as publishLeadChange } from '../lead-changes';
import { findLeadOrFail } from '../lead.service';
import type { QuoteChangeKind } from '../pubsub/events';
import { adjustScore } from '../scoring.service';
import type { Effects, Scope } from '../scope';
import { type AfterCommit, inTransaction } from '../unit-of-work';
import { isUuid } from '../uuid';
import { parseDiscount, Problems, resolveLines, type DiscountInput, type LineSpec, type QuoteLineInput } from './quote-input';
import { checkDiscountAmounts, discountOfRow, newVersion, specOfLine, writeVersion } from './quote-versions';
import { dayAt, endOfDay, parseCalendarDay } from './valid-until';
import { addDays } from '../ai/local/zoned-time';
import type { Discount } from './quote-money';

/** A quote sent without a validUntil is valid this many days, to the end of the last one. */
export const DEFAULT_VALIDITY_DAYS = 30;
/** How often the expiry job looks for SENT quotes past validUntil. */
export const QUOTE_EXPIRY_CHECK_MS = 60_000;
/** Score a lead earns the first time one of its quotes is sent. */
export const QUOTE_SENT_SCORE = 10;

export interface QuoteFieldsInput {
  title?: string | null;
  request?: string | null;
  /** "YYYY-MM-DD"; the quote is valid to the end of that day in the organization's time zone. Null clears. */
  validUntil?: string | null;
  /** Null clears the quote discount. */
  discount?: DiscountInput | null;
  /** The whole list of lines; omitted keeps them. */
  lines?: QuoteLineInput[] | null;
}

export interface CreateQuoteInput extends QuoteFieldsInput {
  leadId: string;
  /** ISO 4217; defaults to the first product line's currency, else the lead's budget currency. */
  currency?: string | null;
}

export interface SentQuote {
  quote: Quote;
  version: QuoteVersion;
  lines: QuoteLine[];
  /** False when this version had been sent already (a resend): nothing was changed. */
  newlySent: boolean;
}

const EDITABLE: ReadonlySet<QuoteStatus> = new Set([QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.EXPIRED, QuoteStatus.REJECTED]);

export async function findQuoteOrFail(em: EntityManager, id: string): Promise<Quote> {
  const quote = isUuid(id) ? await em.findOne(Quote, id) : null;
  if (!quote) throw new NotFoundError('Quote', id);
  return quote;
}

export async function versionOf(em: EntityManager, quote: Quote, number = quote.currentVersion): Promise<QuoteVersion> {
  return em.findOneOrFail(QuoteVersion, { quote: quote.id, number });
}

export async function linesOf(em: EntityManager, version: QuoteVersion): Promise<QuoteLine[]> {
  return em.find(QuoteLine, { version: version.id }, { orderBy: { position: 'asc' }, populate: ['product'] });
}

export function quoteSummary(q: Quote): Record<string, unknown> {
  return { title: q.title, status: q.status, currency: q.currency, version: q.currentVersion, totalMinor: q.totalMinor, validUntil: q.validUntil?.toISOString() ?? null };
}

export function publishQuote(scope: Scope, after: AfterCommit, quote: Quote, kind: QuoteChangeKind, at: Date): void {
  after.publish('quoteUpdated', {
    organizationId: scope.organizationId,
    quoteId: quote.id,
    leadId: quote.lead.id,
    kind,
    status: quote.status,
    version: quote.currentVersion,
    at: at.toISOString(),
  });
}

/**
 * Writes to quotes: create, edit (a sent version stays frozen and the edit
 * makes the next), send (`markSent`, for the sending path), withdraw,
 * expiry and AI drafts (see quote-draft.service.ts).
 */
export class QuoteService {
  constructor(
    private readonly effects: Effects,
    private readonly clock: Clock,
  ) {}

  async create(scope: Scope, input: CreateQuoteInput): Promise<Quote> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const lead = await leadForInput(tx, input.leadId);
      const problems = new Problems();
      const title = requiredTitle(input.title, problems);
      const currency = await currencyOf(tx, input, lead, problems);
      const quote = tx.create(Quote, {
        organization: tx.getReference(Organization, scope.organizationId),
        lead,
        title: title ?? '',
        request: input.request?.trim() || undefined,
        currency: currency ?? 'XXX',
        status: QuoteStatus.DRAFT,
      });
      const version = newVersion(tx, quote, 1);
      const timeZone = await zoneOf(tx, scope);
      if (input.validUntil != null) quote.validUntil = this.validUntilOf(input.validUntil, timeZone, problems);
      const discount = parseDiscount(input.discount, 'input.discount', problems);
      const specs = currency ? await resolveLines(tx, input.lines ?? [], currency, new Set(), 'input.lines', problems) : [];
      checkDiscountAmounts(specs, discount, 'input.lines', 'input.discount', problems);
      problems.throwIfAny();
      await writeVersion(tx, quote, version, specs, discount);
      recordAudit(tx, scope, { action: 'quote.create', entityType: 'Quote', entityId: quote.id, after: quoteSummary(quote) });
      publishQuote(scope, after, quote, 'CREATED', this.clock.now());
      return quote;
    });
  }

  /**
   * Edits the current version in place while it is unsent; once sent (or
   * expired or rejected), the edit makes version n+1 in DRAFT from a copy of
   * the last one, and the sent version stays as the customer saw it.
   */
  async update(scope: Scope, quoteId: string, input: QuoteFieldsInput): Promise<Quote> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const quote = await findQuoteOrFail(tx, quoteId);
      if (!EDITABLE.has(quote.status)) throw new ConflictError(`a ${quote.status} quote cannot be edited`, 'input.id');
      const before = quoteSummary(quote);
      const problems = new Problems();
      if (input.title !== undefined) quote.title = requiredTitle(input.title, problems) ?? quote.title;
      if (input.request !== undefined) quote.request = input.request?.trim() || (null as unknown as undefined);
      if (input.validUntil !== undefined) {
        quote.validUntil = input.validUntil === null ? (null as unknown as undefined) : this.validUntilOf(input.validUntil, await zoneOf(tx, scope), problems);
      }
      let version = await versionOf(tx, quote);
      const oldLines = await linesOf(tx, version);
      const discount: Discount | null = input.discount !== undefined ? parseDiscount(input.discount, 'input.discount', problems) : discountOfRow(version);
      const specs: LineSpec[] = input.lines != null ? await resolveLines(tx, input.lines, quote.currency, await keysOf(tx, quote), 'input.lines', problems) : oldLines.map(specOfLine);
      checkDiscountAmounts(specs, discount, 'input.lines', 'input.discount', problems);
      problems.throwIfAny();
      if (version.sentAt) {
        version = newVersion(tx, quote, version.number + 1);
        quote.currentVersion = version.number;
      }
      quote.status = QuoteStatus.DRAFT;
      await writeVersion(tx, quote, version, specs, discount);
      recordAudit(tx, scope, { action: 'quote.update', entityType: 'Quote', entityId: quote.id, before, after: quoteSummary(quote) });
      publishQuote(scope, after, quote, 'UPDATED', this.clock.now());
      return quote;
    });
  }

  /** Sending, the quote's part of it (the sending path adds the email and documents in its own transaction through `markSentIn`). */
  async markSent(scope: Scope, quoteId: string): Promise<SentQuote> {
    return inTransaction(scope.em, this.effects, (tx, after) => this.markSentIn(tx, scope, after, quoteId));
  }

  /**
   * Freezes the current version, sets SENT (and validUntil when unset: the
   * end of the DEFAULT_VALIDITY_DAYS-th day), and the first time a quote of
   * the lead is sent moves an early-stage lead to PROPOSAL with a score
   * event. Resending the version already sent changes nothing.
   */
  async markSentIn(tx: EntityManager, scope: Scope, after: AfterCommit, quoteId: string): Promise<SentQuote> {
    const quote = await findQuoteOrFail(tx, quoteId);
    const version = await versionOf(tx, quote);
    const lines = await linesOf(tx, version);
    if (quote.status === QuoteStatus.SENT && version.sentAt) return { quote, version, lines, newlySent: false };
    if (quote.status !== QuoteStatus.DRAFT) throw new ConflictError(`a ${quote.status} quote cannot be sent`, 'input.id');
    const problems = new Problems();
    if (!lines.length) problems.add('input.id', 'the quote has no lines');
    lines.forEach((l, i) => {
      if (l.unitPriceMinor == null) problems.add(`lines[${i}].unitPrice`, 'price this line before sending');
    });
    const now = this.clock.now();
    const timeZone = await zoneOf(tx, scope);
    if (!quote.validUntil) quote.validUntil = endOfDay(addDays(dayAt(now, timeZone), DEFAULT_VALIDITY_DAYS), timeZone);
    else if (quote.validUntil <= now) problems.add('validUntil', 'is in the past: set a new date before sending');
    problems.throwIfAny();
    const before = quoteSummary(quote);
    const firstSend = quote.sentVersion == null;
    version.sentAt = now;
    quote.sentVersion = version.number;
    quote.sentAt = now;
    quote.status = QuoteStatus.SENT;
    const lead = await tx.findOneOrFail(Lead, quote.lead.id);
    if (firstSend) await this.leadToProposal(tx, scope, after, lead);
    recordAudit(tx, scope, { action: 'quote.send', entityType: 'Quote', entityId: quote.id, before, after: quoteSummary(quote) });
    publishQuote(scope, after, quote, 'SENT', now);
    return { quote, version, lines, newlySent: true };
  }

  private async leadToProposal(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead): Promise<void> {
    const early = [LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED];
    if (early.includes(lead.status)) {
      recordAudit(tx, scope, { action: 'lead.update', entityType: 'Lead', entityId: lead.id, before: { status: lead.status }, after: { status: LeadStatus.PROPOSAL } });
      lead.status = LeadStatus.PROPOSAL;
      lead.lastActivityAt = this.clock.now();
      publishLeadChange(scope, after, lead, 'UPDATED', ['status']);
    }
    await adjustScore(tx, scope, after, lead, { delta: QUOTE_SENT_SCORE, reason: `+${QUOTE_SENT_SCORE} quote sent`, source: 'QUOTE' });
  }

  /** Takes a quote out of play: a SENT (or DRAFT) quote can no longer be sent or accepted. */
  async withdraw(scope: Scope, quoteId: string, reason?: string | null): Promise<Quote> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const quote = await findQuoteOrFail(tx, quoteId);
      if (![QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.PENDING].includes(quote.status)) throw new ConflictError(`a ${quote.status} quote cannot be withdrawn`, 'input.id');
      const before = quoteSummary(quote);
      const now = this.clock.now();
      quote.status = QuoteStatus.WITHDRAWN;
      quote.closedAt = now;
      recordAudit(tx, scope, { action: 'quote.withdraw', entityType: 'Quote', entityId: quote.id, before, after: { ...quoteSummary(quote), reason: reason?.trim() || null } });
      publishQuote(scope, after, quote, 'WITHDRAWN', now);
      return quote;
    });
  }

  /**
   * The expiry job, across organizations: SENT quotes past validUntil become
   * EXPIRED. A compare-and-set on the status makes one worker win each quote
   * when several run the job at once.
   */
  async expireDue(orm: Orm, now = this.clock.now()): Promise<number> {
    const due = await (orm.em.fork() as EntityManager).getConnection().execute<Array<{ id: string; organization_id: string }>>(
      `select id, organization_id from quote where status = 'SENT' and valid_until < ? order by valid_until limit 500`,
      [now],
    );
    let expired = 0;
    for (const row of due) {
      const scope: Scope = { em: bindTenant(orm.em.fork() as EntityManager, row.organization_id), organizationId: row.organization_id, actor: { type: 'SYSTEM', id: 'quote-expiry' } };
      const won = await inTransaction(scope.em, this.effects, async (tx, after) => {
        const updated = await tx.execute<Array<{ id: string }>>(
          `update quote set status = 'EXPIRED', closed_at = ?, updated_at = ? where id = ? and status = 'SENT' and valid_until < ? returning id`,
          [now, now, row.id, now],
        );
        if (!updated.length) return false;
        const quote = await tx.findOneOrFail(Quote, row.id, { refresh: true });
        recordAudit(tx, scope, { action: 'quote.expire', entityType: 'Quote', entityId: quote.id, before: { status: QuoteStatus.SENT }, after: { status: QuoteStatus.EXPIRED } });
        publishQuote(scope, after, quote, 'EXPIRED', now);
        return true;
      });
      if (won) expired++;
    }
    return expired;
  }

  validUntilOf(text: string, timeZone: string, problems: Problems, field = 'input.validUntil'): Date | undefined {
    const day = parseCalendarDay(text);
    if (!day) {
      problems.add(field, 'must be a date as YYYY-MM-DD');
      return undefined;
    }
    const end = endOfDay(day, timeZone);
    if (end <= this.clock.now()) problems.add(field, 'must be today or later');
    return end;
  }
}

function requiredTitle(title: string | null | undefined, problems: Problems): string | null {
  const t = title?.trim();
  if (!t) problems.add('input.title', 'is required');
  else if (t.length > 200) problems.add('input.title', 'must be at most 200 characters');
  return t ? t.slice(0, 200) : null;
}

async function leadForInput(tx: EntityManager, leadId: string): Promise<Lead> {
  try {
    return await findLeadOrFail(tx, leadId);
  } catch (err) {
    if (err instanceof NotFoundError) throw BadUserInputError.forField('input.leadId', 'no such lead in this organization');
    throw err;
  }
}

async function currencyOf(tx: EntityManager, input: CreateQuoteInput, lead: Lead, problems: Problems): Promise<string | null> {
  if (input.currency) return input.currency.toUpperCase();
  const productId = input.lines?.find((l) => l.productId && isUuid(l.productId))?.productId;
  if (productId) {
    const product = await tx.findOne(Product, productId, { fields: ['currency'] });
    if (product) return product.currency;
  }
  if (lead.budgetCurrency) return lead.budgetCurrency;
  problems.add('input.currency', 'is required when no product line or lead budget gives one');
  return null;
}

export async function zoneOf(tx: EntityManager, scope: Scope): Promise<string> {
  const org = await tx.findOneOrFail(Organization, scope.organizationId, { fields: ['timezone'] });
  return org.timezone;
}

/** Every line key the quote has used, in any version: the keys an edit may carry. */
async function keysOf(tx: EntityManager, quote: Quote): Promise<Set<string>> {
  const rows = await tx.execute<Array<{ key: string }>>(
    `select distinct l.key from quote_line l join quote_version v on v.id = l.version_id where v.quote_id = ? and l.organization_id = ?`,
    [quote.id, quote.organization.id],
  );
  return new Set(rows.map((r) => r.key));
}
