import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DiscountKind } from '../entities/quote.entity';
import { formatScaled } from '../services/quotes/quote-money';
import { Currency } from './scalars';

registerEnumType(DiscountKind, {
  name: 'DiscountKind',
  description: 'How a discount is given',
  valuesConfig: { PERCENT: { description: 'A percent of the amount it discounts' }, AMOUNT: { description: 'A fixed amount in minor units' } },
});

const digitsCache = new Map<string, number>();
/** Minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for KWD), from Intl. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

@ObjectType({ description: 'An exact amount of money: an integer number of minor units (cents) of a currency' })
export class MoneyAmount {
  @Field(() => GraphQLSafeInt, { description: 'Integer minor units (cents for EUR/USD, yen for JPY); never a float' })
  minor!: number;

  @Field(() => Currency, { description: 'ISO 4217 code' })
  currency!: string;

  @Field({ description: 'The same amount as exact decimal text in major units, e.g. "1234.50" (no grouping, no symbol)' })
  decimal!: string;
}

export function moneyOf(minor: number, currency: string): MoneyAmount {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const decimal = digits ? `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}` : `${sign}${abs}`;
  return { minor, currency, decimal };
}

@ObjectType({ description: 'A discount as it was given' })
export class Discount {
  @Field(() => DiscountKind, { description: 'PERCENT or AMOUNT' })
  kind!: DiscountKind;

  @Field(() => String, { nullable: true, description: 'PERCENT: the percent as decimal text with up to 3 decimals, e.g. "12.5"' })
  percent?: string | null;

  @Field(() => MoneyAmount, { nullable: true, description: 'AMOUNT: the amount taken off' })
  amount?: MoneyAmount | null;
}

export function discountOf(row: { discountKind?: DiscountKind | null; discountValue?: number | null }, currency: string): Discount | null {
  if (!row.discountKind || row.discountValue == null) return null;
  return row.discountKind === DiscountKind.PERCENT
    ? { kind: DiscountKind.PERCENT, percent: formatScaled(row.discountValue), amount: null }
    : { kind: DiscountKind.AMOUNT, percent: null, amount: moneyOf(row.discountValue, currency) };
}
