import type { QuoteDocumentModel } from '../services/quotes/documents/document-model';
import { formatDate, formatInstant, formatMoney } from '../services/quotes/documents/format';

/**
 * The customer's quote page as plain HTML: no script, no external resource,
 * every value escaped. The forms post back to the same token's URL.
 */

export interface PublicQuoteView {
  model: QuoteDocumentModel;
  /** Relative path of this page (`/q/{token}`), the forms' target. */
  pagePath: string;
  /** A signed, expiring download URL of the quote PDF that was sent. */
  pdfUrl: string | null;
  decision:
    | { kind: 'OPEN' }
    | { kind: 'ACCEPTED'; name: string; at: Date; documentSha256: string }
    | { kind: 'REJECTED'; at: Date; reason: string | null };
  /** A problem with the form just submitted (e.g. a missing name). */
  problem?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:58rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:.35rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}.totals td{border:0}.box{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
.problem{color:#a00}input[type=text],textarea{width:100%;max-width:30rem;padding:.4rem;font:inherit}button{padding:.45rem 1rem;font:inherit}`;

export function publicQuoteHtml(view: PublicQuoteView): string {
  const { model } = view;
  const e = escapeHtml;
  const money = (minor: number) => e(formatMoney(minor, model.quote.currency));
  const rows = model.lines
    .map(
      (l, i) =>
        `<tr><td>${i + 1}</td><td>${e(l.description)}</td><td class="n">${e(l.quantity)}</td><td>${e(l.unit)}</td><td class="n">${money(l.unitPriceMinor)}</td>` +
        `<td class="n">${l.discountMinor ? money(l.discountMinor) : ''}</td><td class="n">${e(l.taxRatePercent)}%</td><td class="n">${money(l.lineTotalMinor)}</td></tr>`,
    )
    .join('\n');
  const totals = [
    ['Subtotal', money(model.totals.subtotalMinor)],
    ...(model.totals.discountMinor ? [['Discount', `-${money(model.totals.discountMinor)}`]] : []),
    ['Tax', money(model.totals.taxMinor)],
    ['<strong>Total</strong>', `<strong>${money(model.totals.totalMinor)}</strong>`],
  ]
    .map(([label, value]) => `<tr><td colspan="7" class="n">${label}</td><td class="n">${value}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${e(model.quote.title)} — ${e(model.organization.name)}</title><style>${STYLE}</style></head>
<body>
<p>${e(model.organization.name)}</p>
<h1>${e(model.quote.title)}</h1>
<p>For ${e(model.lead.name)}${model.lead.company ? `, ${e(model.lead.company)}` : ''} · version ${model.quote.version}${model.quote.validUntil ? ` · valid until ${e(formatDate(model.quote.validUntil))}` : ''}</p>
<table><thead><tr><th>#</th><th>Description</th><th class="n">Qty</th><th>Unit</th><th class="n">Unit price</th><th class="n">Discount</th><th class="n">Tax</th><th class="n">Total</th></tr></thead>
<tbody>
${rows}
</tbody><tfoot class="totals">
${totals}
</tfoot></table>
${view.pdfUrl ? `<p><a href="${e(view.pdfUrl)}">Download the quote (PDF)</a></p>` : ''}
${decisionHtml(view)}
</body></html>
`;
}

function decisionHtml(view: PublicQuoteView): string {
  const e = escapeHtml;
  const d = view.decision;
  if (d.kind === 'ACCEPTED') {
    return `<div class="box" id="accepted"><h2>Accepted</h2><p>Accepted by ${e(d.name)} on ${e(formatInstant(d.at))}.</p><p>Document SHA-256: <code>${e(d.documentSha256)}</code></p></div>`;
  }
  if (d.kind === 'REJECTED') {
    return `<div class="box" id="rejected"><h2>Declined</h2><p>Declined on ${e(formatInstant(d.at))}${d.reason ? `: ${e(d.reason)}` : '.'}</p></div>`;
  }
  const action = e(view.pagePath);
  return `${view.problem ? `<p class="problem" role="alert">${e(view.problem)}</p>` : ''}
<form class="box" method="post" action="${action}/accept"><h2>Accept this quote</h2>
<p><label for="name">Type your full name to accept</label><br><input type="text" id="name" name="name" maxlength="200" required autocomplete="name"></p>
<p><button type="submit">Accept</button></p></form>
<form class="box" method="post" action="${action}/reject"><h2>Decline</h2>
<p><label for="reason">Reason (optional)</label><br><textarea id="reason" name="reason" maxlength="2000" rows="3"></textarea></p>
<p><button type="submit">Decline</button></p></form>`;
}

/** A short page for a link that is wrong (404) or no longer valid (410). */
export function publicMessageHtml(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>
`;
}
