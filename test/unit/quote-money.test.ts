import fc from 'fast-check';
import { allocate, computeQuote, divRoundHalfUp, formatScaled, MoneyRangeError, parseScaled, type Discount, type MoneyLine } from '../../src/services/quotes/quote-money';

const TAX_RATES = [0, 5_000, 7_700, 8_875, 10_000, 19_000, 20_000, 21_000, 25_500];

const discountArb = (maxAmount: number): fc.Arbitrary<Discount | null> =>
  fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 100_000 }).map((rateMilli) => ({ kind: 'PERCENT' as const, rateMilli })),
    fc.integer({ min: 0, max: maxAmount }).map((amountMinor) => ({ kind: 'AMOUNT' as const, amountMinor })),
  );

const lineArb: fc.Arbitrary<MoneyLine> = fc
  .record({
    quantityMilli: fc.integer({ min: 1, max: 10_000_000 }),
    unitPriceMinor: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constant(null)),
    taxRateMilli: fc.constantFrom(...TAX_RATES),
    percent: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    amountShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map(({ quantityMilli, unitPriceMinor, taxRateMilli, percent, amountShare }) => {
    const gross = Number(divRoundHalfUp(BigInt(quantityMilli) * BigInt(unitPriceMinor ?? 0), 1000n));
    const discount: Discount | null =
      percent != null ? { kind: 'PERCENT', rateMilli: percent } : amountShare != null ? { kind: 'AMOUNT', amountMinor: Math.floor(gross * amountShare) } : null;
    return { quantityMilli, unitPriceMinor, taxRateMilli, discount };
  });

/** A random quote whose amount discount never exceeds its subtotal (validated inputs never do). */
const quoteArb = fc.array(lineArb, { minLength: 0, maxLength: 25 }).chain((lines) => {
  const subtotal = computeQuote(lines).subtotalMinor;
  return fc.tuple(fc.constant(lines), discountArb(subtotal));
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('quote money (integer minor units, one rounding rule: per line, half-up)', () => {
  it('totals are the sums of their lines to the cent', () => {
    fc.assert(
      fc.property(quoteArb, ([lines, discount]) => {
        const q = computeQuote(lines, discount);
        expect(q.subtotalMinor).toBe(sum(q.lines.map((l) => l.netMinor)));
        expect(q.discountMinor).toBe(sum(q.lines.map((l) => l.quoteDiscountMinor)));
        expect(q.taxMinor).toBe(sum(q.lines.map((l) => l.taxMinor)));
        expect(q.totalMinor).toBe(sum(q.lines.map((l) => l.totalMinor)));
        expect(q.totalMinor).toBe(q.subtotalMinor - q.discountMinor + q.taxMinor);
        expect(sum(q.taxes.map((t) => t.taxMinor))).toBe(q.taxMinor);
        expect(sum(q.taxes.map((t) => t.taxableMinor))).toBe(q.subtotalMinor - q.discountMinor);
        expect(new Set(q.taxes.map((t) => t.rateMilli)).size).toBe(q.taxes.length);
      }),
      { numRuns: 500 },
    );
  });

  it('every rounded amount is within half a minor unit of the exact value, and halves go up', () => {
    fc.assert(
      fc.property(quoteArb, ([lines, discount]) => {
        const q = computeQuote(lines, discount);
        q.lines.forEach((a, i) => {
          const line = lines[i]!;
          const exactGross = BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor ?? 0); // × 1000
          const diff = BigInt(a.grossMinor) * 1000n - exactGross;
          expect(diff > -500n && diff <= 500n).toBe(true);
          const exactTax = BigInt(a.netMinor - a.quoteDiscountMinor) * BigInt(line.taxRateMilli); // × 100000
          const taxDiff = BigInt(a.taxMinor) * 100_000n - exactTax;
          expect(taxDiff > -50_000n && taxDiff <= 50_000n).toBe(true);
          expect(a.netMinor).toBe(a.grossMinor - a.lineDiscountMinor);
          expect(a.quoteDiscountMinor).toBeGreaterThanOrEqual(0);
          expect(a.quoteDiscountMinor).toBeLessThanOrEqual(a.netMinor);
          expect(a.totalMinor).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the quote discount is split in proportion to the lines, each share within one minor unit of exact', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (weights, f) => {
        const total = weights.reduce((a, b) => a + b, 0n);
        const d = BigInt(Math.floor(Number(total) * f));
        const shares = allocate(d, weights);
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(d);
        shares.forEach((s, i) => {
          if (total === 0n) return expect(s).toBe(0n);
          const exact = d * weights[i]!; // × total
          expect(s * total - exact > -total && s * total - exact < total).toBe(true);
        });
      }),
    );
  });

  it('rounds halves up (not to even): 0.5, 1.5 and 2.5 cents become 1, 2 and 3', () => {
    const one = (quantityMilli: number, unitPriceMinor: number) => computeQuote([{ quantityMilli, unitPriceMinor, taxRateMilli: 0 }]).totalMinor;
    expect(one(500, 1)).toBe(1);
    expect(one(1500, 1)).toBe(2);
    expect(one(2500, 1)).toBe(3);
    expect(one(2499, 1)).toBe(2);
    // 10% tax on 5 cents is 0.5: up to 1.
    expect(computeQuote([{ quantityMilli: 1000, unitPriceMinor: 5, taxRateMilli: 10_000 }]).taxMinor).toBe(1);
  });

  it('a worked example: two rates, a line discount and a 10% quote discount', () => {
    const q = computeQuote(
      [
        { quantityMilli: 24_000, unitPriceMinor: 8_500, taxRateMilli: 20_000 }, // 24 drops at 85.00 = 2040.00
        { quantityMilli: 1_500, unitPriceMinor: 9_999, taxRateMilli: 5_000, discount: { kind: 'PERCENT', rateMilli: 12_500 } }, // 149.985 → 149.99, −18.75
        { quantityMilli: 3_000, unitPriceMinor: 333, taxRateMilli: 0 }, // 9.99
      ],
      { kind: 'PERCENT', rateMilli: 10_000 },
    );
    expect(q.lines.map((l) => l.grossMinor)).toEqual([204_000, 14_999, 999]);
    expect(q.lines.map((l) => l.lineDiscountMinor)).toEqual([0, 1_875, 0]);
    expect(q.subtotalMinor).toBe(204_000 + 13_124 + 999);
    expect(q.discountMinor).toBe(21_812); // 10% of 218 123 = 21 812.3
    expect(q.lines.map((l) => l.quoteDiscountMinor)).toEqual([20_400, 1_312, 100]);
    expect(q.lines.map((l) => l.taxMinor)).toEqual([36_720, 591, 0]); // 20% of 183 600; 5% of 11 812 = 590.6
    expect(q.totalMinor).toBe(218_123 - 21_812 + 36_720 + 591);
  });

  it('refuses what validation should have caught, rather than computing nonsense', () => {
    expect(() => computeQuote([{ quantityMilli: 1000, unitPriceMinor: 100, taxRateMilli: 0, discount: { kind: 'AMOUNT', amountMinor: 101 } }])).toThrow(MoneyRangeError);
    expect(() => computeQuote([{ quantityMilli: 1000, unitPriceMinor: 100, taxRateMilli: 0 }], { kind: 'AMOUNT', amountMinor: 101 })).toThrow(MoneyRangeError);
    expect(() => computeQuote([{ quantityMilli: 1.5, unitPriceMinor: 100, taxRateMilli: 0 }])).toThrow(MoneyRangeError);
    expect(() => computeQuote([{ quantityMilli: 10 ** 12, unitPriceMinor: 10 ** 9, taxRateMilli: 0 }])).toThrow(MoneyRangeError);
  });

  it('quantities and rates are exact decimal text with three decimals', () => {
    expect(parseScaled('1.5')).toBe(1500);
    expect(parseScaled('0.125')).toBe(125);
    expect(parseScaled('24')).toBe(24000);
    for (const bad of ['1.2345', '-1', '1e3', '', '.5', '1,5']) expect(parseScaled(bad)).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (milli) => expect(parseScaled(formatScaled(milli))).toBe(milli)));
  });
});
