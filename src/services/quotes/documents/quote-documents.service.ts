import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentTemplate } from '../../../entities/document-template.entity';
import { QuoteDocument } from '../../../entities/quote-document.entity';
import type { Quote } from '../../../entities/quote.entity';
import { LimitExceededError } from '../../../errors';
import { QuoteDocumentKind, type QuoteDocumentModel } from './document-model';
import { renderDocument } from './render-document';
import type { TemplateBlocks } from './templates';

/** The documents a sent version gets; CONTRACT comes with the contract. */
export const SENT_VERSION_KINDS: readonly QuoteDocumentKind[] = [QuoteDocumentKind.QUOTE, QuoteDocumentKind.SCOPE_OF_WORK, QuoteDocumentKind.TERMS];

/** The organization's template blocks for `kind`, null when it uses the defaults. */
export async function templateOf(tx: EntityManager, kind: QuoteDocumentKind): Promise<Partial<TemplateBlocks> | null> {
  const row = await tx.findOne(DocumentTemplate, { kind });
  if (!row) return null;
  return { title: row.title ?? undefined, intro: row.intro ?? undefined, body: row.body ?? undefined, footer: row.footer ?? undefined };
}

/**
 * Renders and stores the documents of one version that do not exist yet (a
 * stored document is never re-rendered: its hash is what the customer saw).
 * Runs inside the caller's transaction; a PDF over the size cap fails it.
 */
export async function storeDocuments(tx: EntityManager, quote: Quote, model: QuoteDocumentModel, kinds: readonly QuoteDocumentKind[], maxBytes: number): Promise<QuoteDocument[]> {
  const existing = await tx.find(QuoteDocument, { quote: quote.id, version: model.quote.version, kind: { $in: [...kinds] } });
  const out: QuoteDocument[] = [...existing];
  for (const kind of kinds) {
    if (existing.some((d) => d.kind === kind)) continue;
    const rendered = await renderDocument(kind, model, await templateOf(tx, kind));
    if (rendered.pdf.length > maxBytes) throw new LimitExceededError('quoteDocumentBytes', maxBytes, `the ${kind} document is ${rendered.pdf.length} bytes; the limit is ${maxBytes} (QUOTE_DOCUMENT_MAX_BYTES)`);
    out.push(
      tx.create(QuoteDocument, { organization: quote.organization, quote, version: model.quote.version, kind, sha256: rendered.sha256, sizeBytes: rendered.pdf.length, content: rendered.pdf }),
    );
  }
  const order = (d: QuoteDocument) => Object.values(QuoteDocumentKind).indexOf(d.kind);
  return out.sort((a, b) => order(a) - order(b));
}
