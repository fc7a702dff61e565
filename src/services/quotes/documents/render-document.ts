import { createHash } from 'node:crypto';
import type { QuoteDocumentKind, QuoteDocumentModel } from './document-model';
import { renderQuotePdf } from './render-pdf';
import { effectiveBlocks, renderBlocks, type TemplateBlocks } from './templates';

export interface RenderedDocument {
  kind: QuoteDocumentKind;
  pdf: Buffer;
  /** Lower-case hex SHA-256 of `pdf`: what an acceptance record points at. */
  sha256: string;
}

/** Template blocks (the organization's over the defaults) → text → PDF → hash. */
export async function renderDocument(kind: QuoteDocumentKind, model: QuoteDocumentModel, custom?: Partial<TemplateBlocks> | null): Promise<RenderedDocument> {
  const blocks = renderBlocks(effectiveBlocks(kind, custom), model);
  const pdf = await renderQuotePdf(kind, model, blocks);
  return { kind, pdf, sha256: sha256Hex(pdf) };
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
