import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { Lead } from '../../entities/lead.entity';
import { Organization } from '../../entities/organization.entity';
import { QuoteDocument } from '../../entities/quote-document.entity';
import type { Quote } from '../../entities/quote.entity';
import { BadUserInputError } from '../../errors';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import { QuoteDocumentKind } from './documents/document-model';
import { documentModelOf } from './documents/map-quote';
import { SENT_VERSION_KINDS, storeDocuments } from './documents/quote-documents.service';
import type { QuoteMailer } from './quote-mailer';
import { findQuoteOrFail, type QuoteService } from './quote.service';
import type { LinkSigner } from './signed-links';

export interface SendQuoteInput {
  quoteId: string;
  /** A personal note put at the top of the email. */
  message?: string | null;
}

export interface SendQuoteResult {
  quote: Quote;
  documents: QuoteDocument[];
  publicUrl: string;
  publicUrlExpiresAt: Date;
}

export const MAX_MESSAGE_LENGTH = 5000;
const DAY_MS = 86_400_000;

/**
 * Sending a quote: in one transaction the version is frozen and marked SENT
 * (QuoteService.markSentIn), its three documents are rendered and stored, and
 * the email job is recorded in the outbox; the email leaves after commit.
 * A failed email is retried by the job and never undoes the send.
 */
export class QuoteSendingService {
  constructor(
    private readonly effects: Effects,
    private readonly clock: Clock,
    private readonly quotes: QuoteService,
    private readonly signer: LinkSigner,
    private readonly mailer: QuoteMailer,
    private readonly settings: Config['quoteDocuments'],
    private readonly baseUrl: string,
  ) {}

  async send(scope: Scope, input: SendQuoteInput): Promise<SendQuoteResult> {
    const message = input.message?.trim() || null;
    if (message && message.length > MAX_MESSAGE_LENGTH) throw BadUserInputError.forField('input.message', `at most ${MAX_MESSAGE_LENGTH} characters`);
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const draft = await findQuoteOrFail(tx, input.quoteId);
      const lead = await tx.findOneOrFail(Lead, draft.lead.id);
      if (!lead.email) throw BadUserInputError.forField('input.quoteId', "the quote's lead has no email address to send it to");
      const sent = await this.quotes.markSentIn(tx, scope, after, draft.id);
      const organization = await tx.findOneOrFail(Organization, scope.organizationId);
      const model = documentModelOf({ organization, lead, quote: sent.quote, version: sent.version, lines: sent.lines, issuedAt: sent.version.sentAt ?? this.clock.now() });
      const documents = await storeDocuments(tx, sent.quote, model, SENT_VERSION_KINDS, this.settings.maxDocumentBytes);
      recordAudit(tx, scope, { action: 'quote.email', entityType: 'Quote', entityId: sent.quote.id, after: { version: sent.version.number, to: lead.email, resend: !sent.newlySent } });
      // A fresh job id per send: "send again" mails again, a retried relay of one send does not.
      after.enqueue('send-quote-email', { organizationId: scope.organizationId, quoteId: sent.quote.id, version: sent.version.number, message }, { jobId: `quote-email-${randomUUID()}` });
      const link = this.publicLink(sent.quote);
      return { quote: sent.quote, documents, publicUrl: link.url, publicUrlExpiresAt: link.expiresAt };
    });
  }

  /** The customer's link: it outlives the quote's validity by QUOTE_LINK_TTL_DAYS so a customer can still see their decision. */
  publicLink(quote: Quote): { url: string; token: string; expiresAt: Date } {
    const base = quote.validUntil ?? quote.sentAt ?? this.clock.now();
    const expiresAt = new Date(base.getTime() + this.settings.linkTtlDays * DAY_MS);
    const token = this.signer.signQuote(quote.id, expiresAt);
    return { url: `${this.baseUrl}/q/${token}`, token, expiresAt };
  }

  /** A download URL for one stored document, valid QUOTE_DOCUMENT_URL_TTL_SECONDS from now. */
  documentUrl(documentId: string, relative = false): string {
    const { exp, sig } = this.signer.signDocument(documentId, new Date(this.clock.now().getTime() + this.settings.documentUrlTtlSeconds * 1000));
    return `${relative ? '' : this.baseUrl}/documents/${documentId}?exp=${exp}&sig=${sig}`;
  }

  /** The `send-quote-email` job: the quote PDF of the version that was sent, and the public link. */
  async deliverEmail(scope: Scope, data: { quoteId: string; version: number; message: string | null }): Promise<void> {
    const em: EntityManager = scope.em;
    const quote = await findQuoteOrFail(em, data.quoteId);
    const lead = await em.findOneOrFail(Lead, quote.lead.id);
    const organization = await em.findOneOrFail(Organization, scope.organizationId);
    const pdf = await em.findOneOrFail(QuoteDocument, { quote: quote.id, version: data.version, kind: QuoteDocumentKind.QUOTE }, { populate: ['content'] });
    if (!lead.email) throw new Error(`lead ${lead.id} has no email address any more`);
    const link = this.publicLink(quote);
    const lines = [
      ...(data.message ? [data.message, ''] : []),
      `${organization.name} sent you a quote: ${quote.title} (version ${data.version}).`,
      '',
      `View, accept or decline it here: ${link.url}`,
      `The link works until ${link.expiresAt.toISOString().slice(0, 10)}.`,
      '',
      'The quote is attached as a PDF.',
    ];
    await this.mailer.send(em, {
      organizationId: scope.organizationId,
      to: lead.email,
      subject: `Quote from ${organization.name}: ${quote.title}`,
      text: lines.join('\n'),
      attachment: { filename: `quote-v${data.version}.pdf`, content: pdf.content },
    });
  }

  /** After the email job's last attempt failed: the quote stays SENT; the failure is on the audit trail. */
  async emailFailed(scope: Scope, data: { quoteId: string; version: number }, reason: string): Promise<void> {
    await inTransaction(scope.em, this.effects, async (tx) => {
      recordAudit(tx, scope, { action: 'quote.email_failed', entityType: 'Quote', entityId: data.quoteId, after: { version: data.version, reason: reason.slice(0, 500) } });
    });
  }
}
