import { QuoteDocumentKind } from '../../src/services/quotes/documents/document-model';
import { formatMoney } from '../../src/services/quotes/documents/format';
import { renderDocument } from '../../src/services/quotes/documents/render-document';
import { pdfText, positionsOf, rasterizedPages } from '../support/pdf-tools';
import { sampleDocumentModel } from '../support/quote-document-model';

describe('quote PDFs', () => {
  it('renders a 50-line quote that poppler rasterizes and whose text has every line, in order, with its total', async () => {
    const model = sampleDocumentModel(50);
    const doc = await renderDocument(QuoteDocumentKind.QUOTE, model);
    expect(doc.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = rasterizedPages(doc.pdf);
    expect(pages.length).toBeGreaterThan(1); // 50 lines do not fit on one A4 page
    for (const size of pages) expect(size).toBeGreaterThan(500);
    const text = pdfText(doc.pdf);
    const positions = positionsOf(text, model.lines.map((l) => l.description));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Each row carries its own total on the same text line.
    for (const line of model.lines) {
      const row = text.split('\n').find((r) => r.includes(line.description));
      expect(row).toContain(formatMoney(line.lineTotalMinor, 'EUR'));
    }
    expect(text).toContain(formatMoney(model.totals.totalMinor, 'EUR'));
    expect(text).toContain('Quote: Office cabling');
  });

  it('renders the same bytes (and SHA-256) for the same model, different ones for a changed line', async () => {
    const model = sampleDocumentModel(3);
    const a = await renderDocument(QuoteDocumentKind.QUOTE, model);
    const b = await renderDocument(QuoteDocumentKind.QUOTE, model);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
    const changed = { ...model, lines: model.lines.map((l, i) => (i === 1 ? { ...l, quantity: '7' } : l)) };
    expect((await renderDocument(QuoteDocumentKind.QUOTE, changed)).sha256).not.toBe(a.sha256);
  });

  it('renders scope of work, terms and contract from their templates', async () => {
    const model = sampleDocumentModel(2, {
      contract: { startsOn: '2027-01-01', endsOn: '2027-12-31' },
      acceptance: { name: 'Dana Customer', acceptedAt: new Date('2026-12-02T09:30:00Z'), documentSha256: 'cd'.repeat(32) },
    });
    const scope = pdfText((await renderDocument(QuoteDocumentKind.SCOPE_OF_WORK, model)).pdf);
    expect(scope).toContain('Scope of work: Office cabling');
    expect(scope).toContain('1. Item 001 cat6 drop installation (1 each)');
    const terms = pdfText((await renderDocument(QuoteDocumentKind.TERMS, model, { body: 'Payment within {{lineCount}}0 days.' })).pdf);
    expect(terms).toContain('Payment within 20 days.');
    const contract = pdfText((await renderDocument(QuoteDocumentKind.CONTRACT, model)).pdf).replace(/\s+/g, ' ');
    expect(contract).toContain('Accepted by Dana Customer on 2026-12-02 09:30 UTC');
    expect(contract).toContain('Item 002 cat6 drop installation');
  });
});
