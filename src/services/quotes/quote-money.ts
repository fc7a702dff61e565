/**
 * The one module that does quote arithmetic. Everything is an integer:
 * money in minor units (cents), quantities in thousandths of a unit, rates
 * (tax and percent discounts) in thousandths of a percent. Work is done in
 * BigInt and converted back only at the end, refusing anything beyond
 * Number.MAX_SAFE_INTEGER, so no step ever sees a float.
 *
 * THE ROUNDING RULE: every amount is rounded once, per line, half-up (a half
 * cent goes up). That is the rule a customer applies when checking a printed
 * line with a calculator or a spreadsheet's ROUND(), and the one tax offices
 * accept for line-by-line VAT; half-even only pays off when many unrounded
 * values are summed, and here each printed line amount is itself the value
 * that is summed, so banker's rounding would just make single lines look
 * wrong. Order, per line i:
 *
 *   gross_i     = round(quantity × unit price)
 *   lineDisc_i  = round(gross_i × percent) | the amount given (≤ gross_i)
 *   net_i       = gross_i − lineDisc_i
 *   subtotal    = Σ net_i
 *   D           = round(subtotal × percent) | the amount given (≤ subtotal)
 *   share_i     = D split over the lines in proportion to net_i by largest
 *                 remainder (ties to the earlier line), so Σ share_i = D exactly
 *   tax_i       = round((net_i − share_i) × tax rate_i)
 *   total_i     = net_i − share_i + tax_i
 *   tax = Σ tax_i, total = Σ total_i = subtotal − D + tax
 *
 * Totals are sums of the stored line amounts, never recomputed from rates,
 * so they equal the sum of their lines to the cent by construction.
 */

/** Quantities carry three decimals. */
export const QUANTITY_DECIMALS = 3;
const QUANTITY_SCALE = 1000n;
/** Rates carry three decimals of a percent: 100% = 100000. */
export const RATE_DECIMALS = 3;
export const RATE_SCALE = 100_000;
const RATE_SCALE_N = BigInt(RATE_SCALE);

export type Discount = { kind: 'PERCENT'; rateMilli: number } | { kind: 'AMOUNT'; amountMinor: number };

export interface MoneyLine {
  quantityMilli: number;
  /** Null: not priced yet; counts as 0. */
  unitPriceMinor: number | null;
  taxRateMilli: number;
  discount?: Discount | null;
}

export interface LineAmounts {
  grossMinor: number;
  lineDiscountMinor: number;
  netMinor: number;
  quoteDiscountMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface TaxBucket {
  rateMilli: number;
  taxableMinor: number;
  taxMinor: number;
}

export interface QuoteAmounts {
  lines: LineAmounts[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** One bucket per tax rate, in ascending rate order; Σ taxMinor = taxMinor. */
  taxes: TaxBucket[];
}

/** A rule of the arithmetic was broken by the caller (validated inputs never do this). */
export class MoneyRangeError extends RangeError {}

/** round(n / d) with halves away from zero; n ≥ 0, d > 0. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (n < 0n || d <= 0n) throw new MoneyRangeError('divRoundHalfUp takes n ≥ 0 and d > 0');
  return (2n * n + d) / (2n * d);
}

function safe(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyRangeError(`${what} is too large`);
  return Number(value);
}

function nonNegativeInt(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new MoneyRangeError(`${what} must be a non-negative safe integer`);
  return BigInt(value);
}

function discountOf(base: bigint, discount: Discount | null | undefined, what: string): bigint {
  if (!discount) return 0n;
  if (discount.kind === 'PERCENT') {
    const rate = nonNegativeInt(discount.rateMilli, `${what} percent`);
    if (rate > RATE_SCALE_N) throw new MoneyRangeError(`${what} percent must be at most 100`);
    return divRoundHalfUp(base * rate, RATE_SCALE_N);
  }
  const amount = nonNegativeInt(discount.amountMinor, `${what} amount`);
  if (amount > base) throw new MoneyRangeError(`${what} amount must not exceed what it discounts`);
  return amount;
}

/** Splits `total` over `weights` in proportion, by largest remainder; ties go to the lower index. */
export function allocate(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    if (total !== 0n) throw new MoneyRangeError('cannot allocate over zero weights');
    return weights.map(() => 0n);
  }
  const shares = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}

/** The amounts of one quote version under THE ROUNDING RULE above. */
export function computeQuote(lines: readonly MoneyLine[], quoteDiscount?: Discount | null): QuoteAmounts {
  const nets: bigint[] = [];
  const partial = lines.map((line, i) => {
    const qty = nonNegativeInt(line.quantityMilli, `line ${i} quantity`);
    const price = line.unitPriceMinor == null ? 0n : nonNegativeInt(line.unitPriceMinor, `line ${i} unit price`);
    const rate = nonNegativeInt(line.taxRateMilli, `line ${i} tax rate`);
    if (rate > RATE_SCALE_N) throw new MoneyRangeError(`line ${i} tax rate must be at most 100%`);
    const gross = divRoundHalfUp(qty * price, QUANTITY_SCALE);
    const lineDiscount = discountOf(gross, line.discount, `line ${i} discount`);
    nets.push(gross - lineDiscount);
    return { gross, lineDiscount, rate };
  });
  const subtotal = nets.reduce((a, b) => a + b, 0n);
  const discount = discountOf(subtotal, quoteDiscount, 'quote discount');
  const shares = allocate(discount, nets);
  const buckets = new Map<bigint, { taxable: bigint; tax: bigint }>();
  let taxSum = 0n;
  let totalSum = 0n;
  const out = partial.map((p, i) => {
    const taxable = nets[i]! - shares[i]!;
    const tax = divRoundHalfUp(taxable * p.rate, RATE_SCALE_N);
    const bucket = buckets.get(p.rate) ?? { taxable: 0n, tax: 0n };
    bucket.taxable += taxable;
    bucket.tax += tax;
    buckets.set(p.rate, bucket);
    taxSum += tax;
    totalSum += taxable + tax;
    return {
      grossMinor: safe(p.gross, 'line amount'),
      lineDiscountMinor: safe(p.lineDiscount, 'line discount'),
      netMinor: safe(nets[i]!, 'line amount'),
      quoteDiscountMinor: safe(shares[i]!, 'discount share'),
      taxMinor: safe(tax, 'line tax'),
      totalMinor: safe(taxable + tax, 'line total'),
    };
  });
  return {
    lines: out,
    subtotalMinor: safe(subtotal, 'subtotal'),
    discountMinor: safe(discount, 'discount'),
    taxMinor: safe(taxSum, 'tax'),
    totalMinor: safe(totalSum, 'total'),
    taxes: [...buckets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([rate, b]) => ({ rateMilli: Number(rate), taxableMinor: safe(b.taxable, 'taxable'), taxMinor: safe(b.tax, 'tax') })),
  };
}

// ---------------------------------------------------------------- decimal text ⇄ scaled integers

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,3}))?$/;

/** "1.5" → 1500; null when the text is not a plain non-negative decimal with at most 3 decimals. */
export function parseScaled(text: string): number | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const value = BigInt(m[1]!) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'));
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/** 1500 → "1.5", 2000 → "2", 1234 → "1.234": the shortest exact text. */
export function formatScaled(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const frac = String(milli % 1000).padStart(3, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
