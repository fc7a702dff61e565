import type { Lead } from '../../../entities/lead.entity';
import type { Organization } from '../../../entities/organization.entity';
import type { Quote, QuoteLine, QuoteVersion } from '../../../entities/quote.entity';
import { formatScaled } from '../quote-money';
import { dayAt, formatDay } from '../valid-until';
import type { QuoteDocumentLine, QuoteDocumentModel } from './document-model';

/** The stored quote → what its documents show. Line totals are before tax and the quote discount, as on the version's subtotal. */
export function documentModelOf(parts: { organization: Organization; lead: Lead; quote: Quote; version: QuoteVersion; lines: QuoteLine[]; issuedAt: Date }): QuoteDocumentModel {
  const { organization, lead, quote, version, lines } = parts;
  return {
    organization: { name: organization.name },
    lead: { name: lead.name, company: lead.company ?? null, email: lead.email ?? null },
    quote: {
      id: quote.id,
      title: quote.title,
      request: quote.request ?? null,
      version: version.number,
      currency: quote.currency,
      issuedAt: parts.issuedAt,
      validUntil: quote.validUntil ? formatDay(dayAt(quote.validUntil, organization.timezone)) : null,
    },
    lines: lines.map(documentLineOf),
    totals: { subtotalMinor: version.subtotalMinor, discountMinor: version.discountMinor, taxMinor: version.taxMinor, totalMinor: version.totalMinor },
  };
}

function documentLineOf(line: QuoteLine): QuoteDocumentLine {
  return {
    description: line.description,
    quantity: formatScaled(line.quantityMilli),
    unit: line.unit,
    unitPriceMinor: line.unitPriceMinor ?? 0,
    discountMinor: line.lineDiscountMinor,
    taxRatePercent: formatScaled(line.taxRateMilli),
    lineTotalMinor: line.grossMinor - line.lineDiscountMinor,
  };
}
