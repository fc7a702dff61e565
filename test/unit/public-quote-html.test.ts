import { publicQuoteHtml } from '../../src/http/public-quote-html';
import { sampleDocumentModel } from '../support/quote-document-model';

describe('the public quote page HTML', () => {
  const hostile = '<script>alert("x")</script>&\'';

  it('escapes every value and carries no script', () => {
    const model = sampleDocumentModel(2, {
      organization: { name: hostile },
      lead: { name: hostile, company: hostile },
    });
    model.lines[0] = { ...model.lines[0], description: hostile, unit: hostile };
    const html = publicQuoteHtml({ model: { ...model, quote: { ...model.quote, title: hostile } }, pagePath: '/q/abc"def', pdfUrl: '/documents/x?exp=1&sig="y"', decision: { kind: 'OPEN' }, problem: hostile });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(html).toContain('action="/q/abc&quot;def/accept"');
    expect(html).toContain('href="/documents/x?exp=1&amp;sig=&quot;y&quot;"');
  });

  it('shows the lines in order with the forms while open, and the record once decided', () => {
    const model = sampleDocumentModel(3);
    const open = publicQuoteHtml({ model, pagePath: '/q/t', pdfUrl: null, decision: { kind: 'OPEN' } });
    const at = model.lines.map((l) => open.indexOf(l.description));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(open).toContain('<form class="box" method="post" action="/q/t/accept">');
    const accepted = publicQuoteHtml({ model, pagePath: '/q/t', pdfUrl: null, decision: { kind: 'ACCEPTED', name: 'Dana', at: new Date('2026-12-02T09:30:00Z'), documentSha256: 'ef'.repeat(32) } });
    expect(accepted).not.toContain('<form');
    expect(accepted).toContain('Accepted by Dana on 2026-12-02 09:30 UTC.');
  });
});
