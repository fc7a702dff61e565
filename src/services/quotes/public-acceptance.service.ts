import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import { ACROSS_TENANTS, bindTenant } from '../../db/tenant-filter';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import { Lead, LeadStatus } from '../../entities/lead.entity';
import { Organization } from '../../entities/organization.entity';
import { QuoteAcceptance, QuoteDecisionKind } from '../../entities/quote-acceptance.entity';
import { QuoteDocument } from '../../entities/quote-document.entity';
import { Quote, QuoteLine, QuoteStatus, QuoteVersion } from '../../entities/quote.entity';
import { raiseAlert } from '../alerts/raise-alert';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { publishChange as publishLeadChange } from '../lead-changes';
import { adjustScore } from '../scoring.service';
import { SYSTEM_ACTOR, type Effects, type Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import { QuoteDocumentKind, type QuoteDocumentModel } from './documents/document-model';
import { documentModelOf } from './documents/map-quote';
import { publishQuote } from './quote.service';
import type { LinkSigner } from './signed-links';

/** Score a lead earns when the customer accepts one of its quotes. */
export const QUOTE_ACCEPTED_SCORE = 25;
export const MAX_NAME_LENGTH = 200;
export const MAX_REASON_LENGTH = 2000;

/** Statuses in which the version that was sent may still be answered (DRAFT: a newer version is being edited). */
const ANSWERABLE: ReadonlySet<QuoteStatus> = new Set([QuoteStatus.SENT, QuoteStatus.DRAFT]);

export type PublicDecision = { kind: 'OPEN' } | { kind: 'ACCEPTED'; name: string; at: Date; documentSha256: string } | { kind: 'REJECTED'; at: Date; reason: string | null };

export type PublicQuoteResult =
  | { status: 404 }
  | { status: 410 }
  | { status: 200; model: QuoteDocumentModel; quoteDocumentId: string | null; decision: PublicDecision }
  | { status: 400; problem: string };

export interface Visitor {
  ip: string;
  userAgent: string | null;
}

/**
 * The customer's side of a quote, reached only through a signed token: what
 * was sent (the sent version, never a newer draft), and one answer to it.
 * Runs without a principal; the tenant is the quote's own organization.
 */
export class PublicAcceptanceService {
  constructor(
    private readonly orm: Orm,
    private readonly effects: Effects,
    private readonly clock: Clock,
    private readonly signer: LinkSigner,
  ) {}

  async view(token: string): Promise<PublicQuoteResult> {
    const found = await this.resolve(token);
    if ('status' in found) return found;
    return this.page(found.scope.em, found.quote);
  }

  async accept(token: string, name: string, visitor: Visitor): Promise<PublicQuoteResult> {
    const typed = name.replace(/\s+/g, ' ').trim();
    if (!typed) return { status: 400, problem: 'Type your name to accept the quote.' };
    if (typed.length > MAX_NAME_LENGTH) return { status: 400, problem: `Your name can be at most ${MAX_NAME_LENGTH} characters.` };
    return this.decide(token, { decision: QuoteDecisionKind.ACCEPTED, name: typed, reason: null }, visitor);
  }

  async reject(token: string, reason: string, visitor: Visitor): Promise<PublicQuoteResult> {
    const text = reason.trim().slice(0, MAX_REASON_LENGTH) || null;
    return this.decide(token, { decision: QuoteDecisionKind.REJECTED, name: null, reason: text }, visitor);
  }

  /** Token → the quote and a scope bound to its organization; 404 for anything not signed by us or not sent, 410 for an expired link. */
  private async resolve(token: string): Promise<{ status: 404 } | { status: 410 } | { scope: Scope; quote: Quote }> {
    const check = this.signer.checkQuote(token, this.clock.now());
    if (!check.ok) return check.reason === 'expired' ? { status: 410 } : { status: 404 };
    const located = await this.orm.em.fork().findOne(Quote, check.value.quoteId, { ...ACROSS_TENANTS, fields: ['id', 'organization'] });
    if (!located) return { status: 404 };
    const em = bindTenant(this.orm.em.fork() as EntityManager, located.organization.id);
    const quote = await em.findOne(Quote, located.id);
    if (!quote || quote.sentVersion == null) return { status: 404 };
    return { scope: { em, organizationId: located.organization.id, actor: SYSTEM_ACTOR }, quote };
  }

  private async page(em: EntityManager, quote: Quote): Promise<PublicQuoteResult> {
    const version = quote.sentVersion!;
    const decided = await em.findOne(QuoteAcceptance, { quote: quote.id, version });
    if (!decided && !this.open(quote)) return { status: 410 };
    const [organization, lead, row] = await Promise.all([
      em.findOneOrFail(Organization, quote.organization.id),
      em.findOneOrFail(Lead, quote.lead.id),
      em.findOneOrFail(QuoteVersion, { quote: quote.id, number: version }),
    ]);
    const lines = await em.find(QuoteLine, { version: row.id }, { orderBy: { position: 'asc' } });
    const doc = await em.findOne(QuoteDocument, { quote: quote.id, version, kind: QuoteDocumentKind.QUOTE }, { fields: ['id'] });
    const model = documentModelOf({ organization, lead, quote, version: row, lines, issuedAt: row.sentAt ?? quote.sentAt ?? this.clock.now() });
    return { status: 200, model, quoteDocumentId: doc?.id ?? null, decision: decisionOf(decided) };
  }

  /** Not yet answered, still in play, and inside its validity (the expiry job may not have run yet). */
  private open(quote: Quote): boolean {
    return ANSWERABLE.has(quote.status) && !(quote.validUntil && quote.validUntil <= this.clock.now());
  }

  private async decide(token: string, answer: { decision: QuoteDecisionKind; name: string | null; reason: string | null }, visitor: Visitor): Promise<PublicQuoteResult> {
    const found = await this.resolve(token);
    if ('status' in found) return found;
    const { scope } = found;
    await inTransaction(scope.em, this.effects, async (tx, after) => {
      // The row lock makes two simultaneous answers queue; the second finds the first and changes nothing.
      const quote = await tx.findOneOrFail(Quote, found.quote.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const version = quote.sentVersion!;
      if (await tx.findOne(QuoteAcceptance, { quote: quote.id, version })) return;
      if (!this.open(quote)) return;
      const doc = await tx.findOneOrFail(QuoteDocument, { quote: quote.id, version, kind: QuoteDocumentKind.QUOTE }, { fields: ['id', 'sha256'] });
      const now = this.clock.now();
      const record = tx.create(QuoteAcceptance, {
        organization: quote.organization,
        quote,
        version,
        decision: answer.decision,
        name: answer.name ?? undefined,
        reason: answer.reason ?? undefined,
        decidedAt: now,
        ip: visitor.ip.slice(0, 64),
        userAgent: visitor.userAgent?.slice(0, 500) ?? undefined,
        documentSha256: doc.sha256,
      });
      const before = { status: quote.status };
      quote.status = answer.decision === QuoteDecisionKind.ACCEPTED ? QuoteStatus.ACCEPTED : QuoteStatus.REJECTED;
      quote.closedAt = now;
      recordAudit(tx, scope, {
        action: answer.decision === QuoteDecisionKind.ACCEPTED ? 'quote.accept' : 'quote.reject',
        entityType: 'Quote',
        entityId: quote.id,
        before,
        after: { status: quote.status, version, name: answer.name, reason: answer.reason, ip: record.ip, documentSha256: doc.sha256, acceptanceId: record.id },
      });
      if (answer.decision === QuoteDecisionKind.ACCEPTED) await this.won(tx, scope, after, quote, answer.name!);
      publishQuote(scope, after, quote, answer.decision === QuoteDecisionKind.ACCEPTED ? 'ACCEPTED' : 'REJECTED', now);
    });
    return this.page(scope.em, (await scope.em.fork().findOne(Quote, found.quote.id)) ?? found.quote);
  }

  /** Acceptance: the lead is WON (score event), and its owner hears of it through a QUOTE_ACCEPTED alert. */
  private async won(tx: EntityManager, scope: Scope, after: Parameters<typeof publishQuote>[1], quote: Quote, name: string): Promise<void> {
    const lead = await tx.findOneOrFail(Lead, quote.lead.id);
    if (lead.status !== LeadStatus.WON) {
      recordAudit(tx, scope, { action: 'lead.update', entityType: 'Lead', entityId: lead.id, before: { status: lead.status }, after: { status: LeadStatus.WON } });
      lead.status = LeadStatus.WON;
      lead.lastActivityAt = this.clock.now();
      publishLeadChange(scope, after, lead, 'UPDATED', ['status']);
    }
    await adjustScore(tx, scope, after, lead, { delta: QUOTE_ACCEPTED_SCORE, reason: `+${QUOTE_ACCEPTED_SCORE} quote "${quote.title}" accepted`, source: 'QUOTE' });
    await raiseAlert(tx, scope, after, {
      type: AlertType.QUOTE_ACCEPTED,
      severity: AlertSeverity.LOW,
      title: `${lead.name} accepted the quote "${quote.title}"`,
      body: `Accepted by ${name} (version ${quote.sentVersion}).`,
      subjectType: 'Lead',
      subjectId: lead.id,
      dedupKey: `quote-accepted:${quote.id}`,
    });
  }
}

function decisionOf(row: QuoteAcceptance | null): PublicDecision {
  if (!row) return { kind: 'OPEN' };
  if (row.decision === QuoteDecisionKind.ACCEPTED) return { kind: 'ACCEPTED', name: row.name ?? '', at: row.decidedAt, documentSha256: row.documentSha256 };
  return { kind: 'REJECTED', at: row.decidedAt, reason: row.reason ?? null };
}
