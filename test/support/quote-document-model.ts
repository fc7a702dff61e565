import type { QuoteDocumentLine, QuoteDocumentModel } from '../../src/services/quotes/documents/document-model';

/** A quote document model with `lineCount` distinct, numbered lines (fixed dates: no wall clock). */
export function sampleDocumentModel(lineCount = 3, overrides: Partial<QuoteDocumentModel> = {}): QuoteDocumentModel {
  const lines: QuoteDocumentLine[] = Array.from({ length: lineCount }, (_, i) => ({
    description: `Item ${String(i + 1).padStart(3, '0')} cat6 drop installation`,
    quantity: String(i + 1),
    unit: 'each',
    unitPriceMinor: 1250 + i,
    discountMinor: i % 5 === 0 ? 100 : 0,
    taxRatePercent: '20',
    lineTotalMinor: (i + 1) * (1250 + i) - (i % 5 === 0 ? 100 : 0),
  }));
  const subtotal = lines.reduce((s, l) => s + l.lineTotalMinor, 0);
  const tax = Math.round(subtotal * 0.2);
  return {
    organization: { name: 'Acme Networks' },
    lead: { name: 'Dana Customer', company: 'Dana & Co', email: 'dana@example.test' },
    quote: { id: '6f1c2a4e-0d5b-4c1e-9a7b-3f2e1d0c9b8a', title: 'Office cabling', request: 'Install Cat6 cabling for office', version: 2, currency: 'EUR', issuedAt: new Date('2026-12-01T10:00:00Z'), validUntil: '2026-12-31' },
    lines,
    totals: { subtotalMinor: subtotal, discountMinor: 0, taxMinor: tax, totalMinor: subtotal + tax },
    ...overrides,
  };
}
