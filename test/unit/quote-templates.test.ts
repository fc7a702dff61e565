import { QuoteDocumentKind } from '../../src/services/quotes/documents/document-model';
import { formatMoney } from '../../src/services/quotes/documents/format';
import { DEFAULT_TEMPLATES, effectiveBlocks, renderBlocks, TemplateError } from '../../src/services/quotes/documents/templates';
import { sampleDocumentModel } from '../support/quote-document-model';

describe('quote document templates', () => {
  const model = sampleDocumentModel(2);

  it('renders the default blocks of every kind with the quote values filled in', () => {
    const quote = renderBlocks(effectiveBlocks(QuoteDocumentKind.QUOTE, null), model);
    expect(quote.title).toBe('Quote: Office cabling');
    expect(quote.intro).toBe('Prepared for Dana Customer, Dana & Co by Acme Networks. This quote is valid until 31 Dec 2026.');
    expect(quote.footer).toBe('Version 2 issued 1 Dec 2026. Prices in EUR.');
    const terms = renderBlocks(effectiveBlocks(QuoteDocumentKind.TERMS, null), { ...model, quote: { ...model.quote, validUntil: null } });
    expect(terms.body).toContain('valid until withdrawn');
    const contract = renderBlocks(effectiveBlocks(QuoteDocumentKind.CONTRACT, null), {
      ...model,
      contract: { startsOn: '2027-01-01', endsOn: '2027-12-31' },
      acceptance: { name: 'Dana Customer', acceptedAt: new Date('2026-12-02T09:30:00Z'), documentSha256: 'ab'.repeat(32) },
    });
    expect(contract.intro).toContain('for the term 1 Jan 2027 to 31 Dec 2027');
    expect(contract.footer).toBe(`Accepted by Dana Customer on 2026-12-02 09:30 UTC (document SHA-256 ${'ab'.repeat(32)}).`);
    for (const kind of Object.values(QuoteDocumentKind)) expect(renderBlocks(DEFAULT_TEMPLATES[kind], model).title).not.toBe('');
  });

  it("uses an organization's blocks over the defaults; blank blocks fall back", () => {
    const blocks = effectiveBlocks(QuoteDocumentKind.QUOTE, { intro: 'Hello {{lead.name}}, total {{totals.total}}', footer: '   ' });
    const out = renderBlocks(blocks, model);
    expect(out.intro).toBe(`Hello Dana Customer, total ${formatMoney(model.totals.totalMinor, 'EUR')}`);
    expect(out.footer).toBe('Version 2 issued 1 Dec 2026. Prices in EUR.');
  });

  it('does not HTML-escape (the output is PDF text) and does not reach prototypes', () => {
    const out = renderBlocks(effectiveBlocks(QuoteDocumentKind.QUOTE, { intro: '{{lead.company}} {{lead.constructor}}{{organization.__proto__}}' }), model);
    expect(out.intro).toBe('Dana & Co');
  });

  it('names the block that is not valid Handlebars or uses a helper we do not offer', () => {
    expect(() => renderBlocks(effectiveBlocks(QuoteDocumentKind.TERMS, { body: '{{#if lead.name}}unclosed' }), model)).toThrow(TemplateError);
    try {
      renderBlocks(effectiveBlocks(QuoteDocumentKind.TERMS, { footer: '{{uppercase lead.name}}' }), model);
      throw new Error('expected a TemplateError');
    } catch (err) {
      expect(err).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).block).toBe('footer');
    }
  });

  it('formats money from minor units exactly', () => {
    expect(formatMoney(123456789012, 'EUR')).toBe('EUR 1,234,567,890.12');
    expect(formatMoney(5, 'EUR')).toBe('EUR 0.05');
    expect(formatMoney(-1999, 'USD')).toBe('-USD 19.99');
    expect(formatMoney(1500, 'JPY')).toBe('JPY 1,500');
    expect(formatMoney(1234, 'BHD')).toBe('BHD 1.234');
  });
});
