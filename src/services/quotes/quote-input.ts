import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../../entities/product.entity';
import { BadUserInputError, type FieldProblem } from '../../errors';
import { isUuid } from '../uuid';
import { parseScaled, RATE_SCALE, type Discount } from './quote-money';

/** Lines per version: enough for any real quote, small enough for one document page set. */
export const MAX_QUOTE_LINES = 200;
/** Largest quantity a line takes, in whole units. */
export const MAX_QUANTITY = 1_000_000_000;

/** A discount as a caller gives it: exactly one of the two. */
export interface DiscountInput {
  /** Decimal percent with up to 3 decimals, 0–100: "12.5". */
  percent?: string | null;
  /** Minor units. */
  amount?: number | null;
}

export interface QuoteLineInput {
  /** A line key of this quote (any version): keeps it the same line across versions. */
  key?: string | null;
  productId?: string | null;
  description?: string | null;
  /** Decimal with up to 3 decimals: "2", "1.5", "0.125". */
  quantity: string;
  unit?: string | null;
  /** Minor units; omitted on a product line: the product's price. Null on a custom line: unpriced. */
  unitPrice?: number | null;
  /** Decimal percent with up to 3 decimals. */
  taxRate?: string | null;
  discount?: DiscountInput | null;
  /** Drafts only. */
  sourcePhrase?: string | null;
  confidence?: number | null;
  needsReview?: boolean | null;
}

/** A line ready to be priced and stored. */
export interface LineSpec {
  key: string;
  product: Product | null;
  sku: string | null;
  description: string;
  quantityMilli: number;
  unit: string;
  unitPriceMinor: number | null;
  taxRateMilli: number;
  discount: Discount | null;
  sourcePhrase: string | null;
  confidence: number | null;
  needsReview: boolean;
}

/** Collects every problem of an input so the caller hears about all of them at once. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (!this.list.length) return;
    const first = this.list[0]!;
    throw new BadUserInputError(this.list.map((p) => `${p.field}: ${p.message}`).join('; '), first.field, this.list);
  }
}

export function parseRate(text: string, field: string, problems: Problems): number | null {
  const value = parseScaled(text);
  if (value == null || value > RATE_SCALE) {
    problems.add(field, 'must be a percent from 0 to 100 with at most 3 decimals, e.g. "20" or "8.875"');
    return null;
  }
  return value;
}

export function parseDiscount(input: DiscountInput | null | undefined, field: string, problems: Problems): Discount | null {
  if (!input) return null;
  const hasPercent = input.percent != null;
  const hasAmount = input.amount != null;
  if (hasPercent === hasAmount) {
    problems.add(field, 'give exactly one of percent or amount');
    return null;
  }
  if (hasPercent) {
    const rate = parseRate(input.percent!, `${field}.percent`, problems);
    return rate == null ? null : { kind: 'PERCENT', rateMilli: rate };
  }
  if (!Number.isSafeInteger(input.amount) || input.amount! < 0) {
    problems.add(`${field}.amount`, 'must be a whole, non-negative number of minor units');
    return null;
  }
  return { kind: 'AMOUNT', amountMinor: input.amount! };
}

function text(value: string | null | undefined, max: number): string | null {
  const t = value?.trim();
  return t ? t.slice(0, max) : null;
}

/**
 * Validates every line (each problem named by its path, e.g.
 * `input.lines[2].quantity`) and resolves products in one query. Product
 * lines take the catalog's name, unit, price and tax rate unless the line
 * overrides them; a product must be active and in the quote's currency.
 */
export async function resolveLines(
  em: EntityManager,
  lines: readonly QuoteLineInput[],
  currency: string,
  knownKeys: ReadonlySet<string>,
  path: string,
  problems: Problems,
): Promise<LineSpec[]> {
  if (lines.length > MAX_QUOTE_LINES) problems.add(path, `at most ${MAX_QUOTE_LINES} lines`);
  const ids = [...new Set(lines.map((l) => l.productId).filter((id): id is string => !!id && isUuid(id)))];
  const products = ids.length ? await em.find(Product, { id: { $in: ids } }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const seenKeys = new Set<string>();
  const specs: LineSpec[] = [];
  lines.forEach((line, i) => {
    const at = `${path}[${i}]`;
    const product = line.productId ? (byId.get(line.productId) ?? null) : null;
    if (line.productId && !product) problems.add(`${at}.productId`, 'no such product in this organization');
    if (product && !product.active) problems.add(`${at}.productId`, 'the product is inactive');
    if (product && product.currency !== currency) problems.add(`${at}.productId`, `the product is priced in ${product.currency}, the quote in ${currency}`);
    let key = line.key ?? crypto.randomUUID();
    if (line.key != null && (!isUuid(line.key) || !knownKeys.has(line.key))) {
      problems.add(`${at}.key`, 'not a line key of this quote');
      key = crypto.randomUUID();
    }
    if (seenKeys.has(key)) problems.add(`${at}.key`, 'given twice');
    seenKeys.add(key);
    const description = text(line.description, 2000) ?? product?.name ?? null;
    if (!description && !line.productId) problems.add(`${at}.description`, 'is required on a line without a product');
    const quantityMilli = parseScaled(line.quantity);
    if (quantityMilli == null || quantityMilli === 0 || quantityMilli > MAX_QUANTITY * 1000) {
      problems.add(`${at}.quantity`, `must be a decimal above 0 and at most ${MAX_QUANTITY} with at most 3 decimals, e.g. "2" or "1.5"`);
    }
    const unitPrice = line.unitPrice !== undefined ? line.unitPrice : (product?.unitPriceMinor ?? null);
    if (unitPrice != null && (!Number.isSafeInteger(unitPrice) || unitPrice < 0)) problems.add(`${at}.unitPrice`, 'must be a whole, non-negative number of minor units');
    const taxRate = line.taxRate != null ? parseRate(line.taxRate, `${at}.taxRate`, problems) : (product?.taxRateMilli ?? 0);
    const unit = text(line.unit, 32) ?? product?.unit ?? 'each';
    const confidence = line.confidence ?? null;
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) problems.add(`${at}.confidence`, 'must be from 0 to 1');
    specs.push({
      key,
      product,
      sku: product?.sku ?? null,
      description: description ?? '',
      quantityMilli: quantityMilli ?? 0,
      unit,
      unitPriceMinor: unitPrice,
      taxRateMilli: taxRate ?? 0,
      discount: parseDiscount(line.discount, `${at}.discount`, problems),
      sourcePhrase: text(line.sourcePhrase, 500),
      confidence,
      needsReview: Boolean(line.needsReview) || unitPrice == null,
    });
  });
  return specs;
}
