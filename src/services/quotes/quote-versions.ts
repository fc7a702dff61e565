import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../entities/organization.entity';
import { DiscountKind, type Quote, QuoteLine, QuoteVersion } from '../../entities/quote.entity';
import { computeQuote, divRoundHalfUp, type Discount, type MoneyLine } from './quote-money';
import type { LineSpec, Problems } from './quote-input';

export function discountOfRow(row: { discountKind?: DiscountKind | null; discountValue?: number | null }): Discount | null {
  if (!row.discountKind || row.discountValue == null) return null;
  return row.discountKind === DiscountKind.PERCENT ? { kind: 'PERCENT', rateMilli: row.discountValue } : { kind: 'AMOUNT', amountMinor: row.discountValue };
}

function discountColumns(d: Discount | null): { discountKind?: DiscountKind; discountValue?: number } {
  // Null (not undefined) so an update clears the columns.
  if (!d) return { discountKind: null, discountValue: null } as unknown as { discountKind?: DiscountKind; discountValue?: number };
  return d.kind === 'PERCENT' ? { discountKind: DiscountKind.PERCENT, discountValue: d.rateMilli } : { discountKind: DiscountKind.AMOUNT, discountValue: d.amountMinor };
}

/** Amount discounts larger than what they discount are input errors (the money module refuses them). */
export function checkDiscountAmounts(specs: readonly LineSpec[], discount: Discount | null, linesPath: string, discountPath: string, problems: Problems): void {
  let subtotal = 0n;
  specs.forEach((s, i) => {
    const gross = divRoundHalfUp(BigInt(s.quantityMilli) * BigInt(s.unitPriceMinor ?? 0), 1000n);
    const d = s.discount;
    if (d?.kind === 'AMOUNT' && BigInt(d.amountMinor) > gross) problems.add(`${linesPath}[${i}].discount.amount`, `must not exceed the line amount (${gross})`);
    const lineDiscount = d?.kind === 'AMOUNT' ? BigInt(d.amountMinor) : d ? divRoundHalfUp(gross * BigInt(d.rateMilli), 100_000n) : 0n;
    subtotal += gross > lineDiscount ? gross - lineDiscount : 0n;
  });
  if (discount?.kind === 'AMOUNT' && BigInt(discount.amountMinor) > subtotal) problems.add(`${discountPath}.amount`, `must not exceed the subtotal (${subtotal})`);
}

export function moneyLineOf(s: Pick<LineSpec, 'quantityMilli' | 'unitPriceMinor' | 'taxRateMilli' | 'discount'>): MoneyLine {
  return { quantityMilli: s.quantityMilli, unitPriceMinor: s.unitPriceMinor, taxRateMilli: s.taxRateMilli, discount: s.discount };
}

/** A line row as the spec it was made from (to carry lines into the next version). */
export function specOfLine(line: QuoteLine): LineSpec {
  return {
    key: line.key,
    product: (line.product?.getEntity() as LineSpec['product']) ?? null,
    sku: line.sku ?? null,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceMinor: line.unitPriceMinor ?? null,
    taxRateMilli: line.taxRateMilli,
    discount: discountOfRow(line),
    sourcePhrase: line.sourcePhrase ?? null,
    confidence: line.confidence ?? null,
    needsReview: line.needsReview,
  };
}

/**
 * Replaces the lines and discount of an unsent version and stores every
 * amount computed by the money module; the quote root takes the new total.
 */
export async function writeVersion(tx: EntityManager, quote: Quote, version: QuoteVersion, specs: readonly LineSpec[], discount: Discount | null): Promise<QuoteLine[]> {
  if (version.sentAt) throw new Error(`version ${version.number} of quote ${quote.id} is frozen`);
  await tx.nativeDelete(QuoteLine, { version: version.id });
  const amounts = computeQuote(specs.map(moneyLineOf), discount);
  const organization = tx.getReference(Organization, quote.organization.id);
  const lines = specs.map((s, i) => {
    const a = amounts.lines[i]!;
    return tx.create(QuoteLine, {
      organization,
      version,
      position: i,
      key: s.key,
      product: s.product ?? undefined,
      sku: s.sku ?? undefined,
      description: s.description,
      quantityMilli: s.quantityMilli,
      unit: s.unit,
      unitPriceMinor: s.unitPriceMinor ?? undefined,
      taxRateMilli: s.taxRateMilli,
      ...discountColumns(s.discount),
      grossMinor: a.grossMinor,
      lineDiscountMinor: a.lineDiscountMinor,
      quoteDiscountMinor: a.quoteDiscountMinor,
      taxMinor: a.taxMinor,
      totalMinor: a.totalMinor,
      needsReview: s.needsReview,
      sourcePhrase: s.sourcePhrase ?? undefined,
      confidence: s.confidence ?? undefined,
    });
  });
  Object.assign(version, discountColumns(discount), {
    subtotalMinor: amounts.subtotalMinor,
    discountMinor: amounts.discountMinor,
    taxMinor: amounts.taxMinor,
    totalMinor: amounts.totalMinor,
  });
  quote.totalMinor = amounts.totalMinor;
  return lines;
}

export function newVersion(tx: EntityManager, quote: Quote, number: number): QuoteVersion {
  return tx.create(QuoteVersion, { organization: tx.getReference(Organization, quote.organization.id), quote, number });
}
