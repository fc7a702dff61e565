import type { EntityManager } from '@mikro-orm/postgresql';
import { CallAnalysis } from '../../entities/call-analysis.entity';
import { Call } from '../../entities/call.entity';
import { Organization } from '../../entities/organization.entity';
import { Product } from '../../entities/product.entity';
import { Quote, QuoteStatus } from '../../entities/quote.entity';
import { TranscriptSegment } from '../../entities/transcript.entity';
import { BadUserInputError, BudgetExceededError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit.service';
import type { BudgetService } from '../budget/budget.service';
import type { Clock } from '../clock';
import { findLeadOrFail } from '../lead.service';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import { isUuid } from '../uuid';
import { draftLocally, titleOf } from './draft/local-drafter';
import { MAX_CATALOG_IN_PROMPT, type OpenAiQuoteDrafter } from './draft/openai-drafter';
import type { CatalogItem, Draft } from './draft/draft.types';
import { matchProducts } from './product.queries';
import { readRequest } from './draft/request-phrases';
import { Problems, resolveLines } from './quote-input';
import { findQuoteOrFail, publishQuote, quoteSummary, versionOf } from './quote.service';
import { newVersion, writeVersion } from './quote-versions';

export const MAX_REQUEST_LENGTH = 10_000;

export interface DraftQuoteInput {
  leadId: string;
  request?: string | null;
  callId?: string | null;
  title?: string | null;
  currency?: string | null;
}

/**
 * AI drafts (draftQuote): `start` stores a PENDING quote and queues the
 * draft-quote job; the job (`run`) asks the budget which drafter may run —
 * OpenAI when configured and within budget, else the local drafter — and
 * writes version 1, DRAFT, with an AiUsage row whose subject is the quote.
 * A provider failure degrades to the local drafter, as call analysis does.
 */
export class QuoteDraftService {
  constructor(
    private readonly effects: Effects,
    private readonly clock: Clock,
    private readonly budget: BudgetService,
    private readonly openai: OpenAiQuoteDrafter | null,
  ) {}

  async start(scope: Scope, input: DraftQuoteInput): Promise<Quote> {
    const request = input.request?.trim() || null;
    if (request && request.length > MAX_REQUEST_LENGTH) throw BadUserInputError.forField('input.request', `must be at most ${MAX_REQUEST_LENGTH} characters`);
    if (!request && !input.callId) throw BadUserInputError.forField('input.request', 'give the request text or a callId');
    const quote = await inTransaction(scope.em, this.effects, async (tx, after) => {
      const lead = await findLeadOrFail(tx, input.leadId).catch((err: unknown) => {
        throw err instanceof NotFoundError ? BadUserInputError.forField('input.leadId', 'no such lead in this organization') : err;
      });
      const call = input.callId ? (isUuid(input.callId) ? await tx.findOne(Call, input.callId) : null) : null;
      if (input.callId && !call) throw BadUserInputError.forField('input.callId', 'no such call in this organization');
      const currency = input.currency?.toUpperCase() ?? lead.budgetCurrency ?? (await catalogCurrency(tx));
      if (!currency) throw BadUserInputError.forField('input.currency', 'is required: the lead has no budget currency and the catalog is empty');
      const quote = tx.create(Quote, {
        organization: tx.getReference(Organization, scope.organizationId),
        lead,
        title: input.title?.trim().slice(0, 200) || (request ? titleOf(request) : 'Quote from a call'),
        request: request ?? undefined,
        currency,
        status: QuoteStatus.PENDING,
        call: call ?? undefined,
      });
      newVersion(tx, quote, 1);
      recordAudit(tx, scope, { action: 'quote.draft', entityType: 'Quote', entityId: quote.id, after: { ...quoteSummary(quote), callId: call?.id ?? null } });
      after.enqueue('draft-quote', { organizationId: scope.organizationId, quoteId: quote.id }, { jobId: `draft-quote-${quote.id}` });
      publishQuote(scope, after, quote, 'CREATED', this.clock.now());
      return quote;
    });
    return quote;
  }

  /** The draft-quote job. A quote no longer PENDING (withdrawn meanwhile) is left alone. */
  async run(scope: Scope, quoteId: string): Promise<void> {
    // The job's own fork (bound to the organization); a fork of it would lose the tenant binding.
    const em = scope.em;
    const quote = await findQuoteOrFail(em, quoteId);
    if (quote.status !== QuoteStatus.PENDING) return;
    const request = quote.call ? await callRequest(em, quote.call.id, quote.request) : (quote.request ?? '');
    let draft: Draft;
    try {
      draft = await this.draft(em, scope, quote, request);
    } catch (err) {
      if (err instanceof BudgetExceededError) return this.markFailed(scope, quoteId, 'The AI budget is used up and the policy is BLOCK');
      throw err;
    }
    await inTransaction(scope.em, this.effects, async (tx, after) => {
      const fresh = await findQuoteOrFail(tx, quoteId);
      if (fresh.status !== QuoteStatus.PENDING) return;
      const problems = new Problems();
      const specs = await resolveLines(
        tx,
        draft.lines.map((l) => ({ productId: l.productId, description: l.description, quantity: formatMilli(l.quantityMilli), unit: l.unit, sourcePhrase: l.sourcePhrase, confidence: l.confidence, needsReview: l.needsReview })),
        fresh.currency,
        new Set(),
        'draft.lines',
        problems,
      );
      // A product deactivated between the draft and now: keep the line, as a custom one for review.
      if (problems.list.length) this.effects.logger.warn({ quoteId, problems: problems.list }, 'quote draft lines adjusted');
      const version = await versionOf(tx, fresh, 1);
      await writeVersion(tx, fresh, version, specs.map((s) => (s.description ? s : { ...s, description: 'Item' })), null);
      fresh.status = QuoteStatus.DRAFT;
      fresh.draftedBy = draft.provider;
      if (quote.call && !fresh.request) fresh.request = request.slice(0, MAX_REQUEST_LENGTH);
      await this.budget.record(tx, scope, after, draft.usage, { type: 'Quote', id: fresh.id });
      recordAudit(tx, scope, { action: 'quote.drafted', entityType: 'Quote', entityId: fresh.id, after: { ...quoteSummary(fresh), draftedBy: draft.provider, lines: specs.length } });
      publishQuote(scope, after, fresh, 'DRAFTED', this.clock.now());
    });
  }

  /** A draft that will not be written: the quote becomes an empty DRAFT saying why. */
  async markFailed(scope: Scope, quoteId: string, reason: string): Promise<void> {
    await inTransaction(scope.em, this.effects, async (tx, after) => {
      const quote = await findQuoteOrFail(tx, quoteId);
      if (quote.status !== QuoteStatus.PENDING) return;
      quote.status = QuoteStatus.DRAFT;
      quote.draftError = reason.slice(0, 1000);
      recordAudit(tx, scope, { action: 'quote.drafted', entityType: 'Quote', entityId: quote.id, after: { ...quoteSummary(quote), draftError: quote.draftError } });
      publishQuote(scope, after, quote, 'DRAFTED', this.clock.now());
    });
  }

  private async draft(em: EntityManager, scope: Scope, quote: Quote, request: string): Promise<Draft> {
    const route = await this.budget.route(em, scope.organizationId); // BLOCK over budget throws
    if (route === 'PROVIDER' && this.openai) {
      const catalog = await catalogFor(em, scope.organizationId, quote.currency, request);
      try {
        return await this.openai.draft(request, catalog);
      } catch (err) {
        this.effects.logger.warn({ err, quoteId: quote.id }, 'quote draft degraded to the local drafter');
      }
    }
    return draftLocally(em, scope.organizationId, quote.currency, request);
  }
}

function formatMilli(milli: number): string {
  return `${Math.trunc(milli / 1000)}.${String(milli % 1000).padStart(3, '0')}`;
}

/** The currency most of the active catalog is priced in. */
async function catalogCurrency(em: EntityManager): Promise<string | null> {
  const products = await em.find(Product, { active: true }, { fields: ['currency'], limit: 1000 });
  const counts = new Map<string, number>();
  for (const p of products) counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** What the model may choose from: the whole active catalog, or for a large one the products the request's words match. */
async function catalogFor(em: EntityManager, organizationId: string, currency: string, request: string): Promise<CatalogItem[]> {
  const count = await em.count(Product, { active: true, currency });
  if (count <= MAX_CATALOG_IN_PROMPT) {
    const all = await em.find(Product, { active: true, currency }, { orderBy: { name: 'asc' } });
    return all.map((p) => ({ id: p.id, sku: p.sku, name: p.name, description: p.description ?? null, unit: p.unit, unitPriceMinor: p.unitPriceMinor, taxRateMilli: p.taxRateMilli }));
  }
  const terms = [...new Set(readRequest(request).flatMap((p) => p.terms))];
  const matches = await matchProducts(em, organizationId, terms, currency, MAX_CATALOG_IN_PROMPT);
  return matches.map((m) => ({ id: m.id, sku: m.sku, name: m.name, description: null, unit: m.unit, unitPriceMinor: m.unitPriceMinor, taxRateMilli: m.taxRateMilli }));
}

/** A call as a request: what the customer said, then the analysis summary. */
async function callRequest(em: EntityManager, callId: string, extra: string | null | undefined): Promise<string> {
  const segments = await em.find(TranscriptSegment, { call: callId, speaker: 'CUSTOMER' as never }, { orderBy: { sequence: 'asc' }, limit: 500 });
  const analysis = await em.findOne(CallAnalysis, { call: callId });
  const parts = [extra ?? '', ...segments.map((s) => s.text), analysis?.summary ?? ''].map((s) => s.trim()).filter(Boolean);
  return parts.join('\n').slice(0, MAX_REQUEST_LENGTH);
}
