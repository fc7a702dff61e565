/**
 * What a quote document shows, independent of how quotes are stored: the
 * documents module renders only this, so templates and layout are tested
 * without a database (map-quote.ts builds it from the quote entities).
 */

/** The four documents of a quote version. CONTRACT exists only once the quote was accepted. */
export enum QuoteDocumentKind {
  QUOTE = 'QUOTE',
  SCOPE_OF_WORK = 'SCOPE_OF_WORK',
  TERMS = 'TERMS',
  CONTRACT = 'CONTRACT',
}

export const QUOTE_DOCUMENT_KINDS: readonly QuoteDocumentKind[] = Object.values(QuoteDocumentKind);

export interface QuoteDocumentLine {
  description: string;
  /** Decimal as text, exactly as stored ("24", "1.5"). */
  quantity: string;
  unit: string;
  /** Integer minor units of `currency`. */
  unitPriceMinor: number;
  /** Line discount, integer minor units (0 when none). */
  discountMinor: number;
  /** Tax rate in percent as text ("20", "5.5"). */
  taxRatePercent: string;
  /** Quantity × unit price − discount, before tax, integer minor units. */
  lineTotalMinor: number;
}

export interface QuoteDocumentModel {
  organization: { name: string };
  lead: { name: string; company?: string | null; email?: string | null };
  quote: {
    id: string;
    title: string;
    /** The customer's own words, when the quote was drafted from them. */
    request?: string | null;
    version: number;
    /** ISO 4217, e.g. "EUR". */
    currency: string;
    /** When this version was issued (sent, or rendered for a draft). Also the PDF's creation date, so a render is reproducible. */
    issuedAt: Date;
    /** Calendar date (YYYY-MM-DD) in the organization's zone; null when open-ended. */
    validUntil: string | null;
  };
  lines: QuoteDocumentLine[];
  totals: { subtotalMinor: number; discountMinor: number; taxMinor: number; totalMinor: number };
  /** Present on the contract: who accepted, when, and which document. */
  acceptance?: { name: string; acceptedAt: Date; documentSha256: string } | null;
  /** Present on the contract: its term (calendar dates). */
  contract?: { startsOn: string; endsOn: string } | null;
}
