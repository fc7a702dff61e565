import type { QuoteDocumentModel } from './document-model';

/** A quote with every field set: what a template change is test-rendered against. */
export function sampleModel(): QuoteDocumentModel {
  return {
    organization: { name: 'Example Ltd' },
    lead: { name: 'Sam Sample', company: 'Sample & Co', email: 'sam@example.com' },
    quote: { id: '00000000-0000-4000-8000-000000000000', title: 'Sample quote', request: 'A sample request', version: 1, currency: 'EUR', issuedAt: new Date(Date.UTC(2026, 0, 1)), validUntil: '2026-01-31' },
    lines: [{ description: 'Sample line', quantity: '1', unit: 'each', unitPriceMinor: 1000, discountMinor: 0, taxRatePercent: '20', lineTotalMinor: 1000 }],
    totals: { subtotalMinor: 1000, discountMinor: 0, taxMinor: 200, totalMinor: 1200 },
    acceptance: { name: 'Sam Sample', acceptedAt: new Date(Date.UTC(2026, 0, 2)), documentSha256: '0'.repeat(64) },
    contract: { startsOn: '2026-02-01', endsOn: '2027-01-31' },
  };
}
