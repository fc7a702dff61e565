import { Node } from './node.type';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QuoteStatus } from '../entities/quote.entity';
import { connectionTypes } from './connection';
import { LeadType } from './lead.type';
import { ProductType } from './product.type';
import { Discount, MoneyAmount } from './quote-money.type';
import { Currency } from './scalars';

registerEnumType(QuoteStatus, {
  name: 'QuoteStatus',
  description: "Where a quote is in its life",
  valuesConfig: {
    PENDING: { description: 'An AI draft (draftQuote) is being written; lines arrive on quoteUpdated' },
    DRAFT: { description: 'Being written; the current version can change freely' },
    SENT: { description: 'The current version was sent to the customer and is frozen' },
    ACCEPTED: { description: 'The customer accepted the sent version' },
    REJECTED: { description: 'The customer rejected the sent version' },
    EXPIRED: { description: 'validUntil passed while SENT' },
    WITHDRAWN: { description: 'Taken back by the organization (withdrawQuote); cannot be sent or accepted' },
  },
});

export enum QuoteOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  VALID_UNTIL = 'VALID_UNTIL',
  TOTAL = 'TOTAL',
}
registerEnumType(QuoteOrderField, {
  name: 'QuoteOrderField',
  description: 'What quotes are sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'Creation time' },
    UPDATED_AT: { description: 'Last change' },
    VALID_UNTIL: { description: 'Expiry (quotes without one sort as the database sorts nulls)' },
    TOTAL: { description: "The current version's total in minor units" },
  },
});

export enum QuoteChangeKindEnum {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DRAFTED = 'DRAFTED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(QuoteChangeKindEnum, {
  name: 'QuoteChangeKind',
  description: 'What happened to a quote',
  valuesConfig: {
    CREATED: { description: 'createQuote, or draftQuote starting (status PENDING)' },
    UPDATED: { description: 'updateQuote' },
    DRAFTED: { description: 'An AI draft arrived (status DRAFT, lines filled; draftError says if it failed)' },
    SENT: { description: 'The current version was sent' },
    ACCEPTED: { description: 'The customer accepted' },
    REJECTED: { description: 'The customer rejected' },
    EXPIRED: { description: 'validUntil passed' },
    WITHDRAWN: { description: 'withdrawQuote' },
  },
});

@ObjectType('QuoteLine', { description: 'One line of one quote version. Amounts follow the rounding rule in the README (per line, half-up).' })
export class QuoteLineType {
  @Field(() => ID, { description: 'Id of this row (each version has its own rows)' })
  id!: string;

  @Field(() => ID, { description: 'The same line across versions: pass it back in QuoteLineInput.key to keep the identity; version diffs match on it' })
  key!: string;

  @Field(() => Int, { description: '0-based position in the version' })
  position!: number;

  @Field(() => ProductType, { nullable: true, description: 'The catalog product; null for a custom line or a deleted product' })
  product?: ProductType | null;

  @Field(() => String, { nullable: true, description: "The product's sku when the line was written" })
  sku?: string | null;

  @Field({ description: 'What the customer reads' })
  description!: string;

  @Field({ description: 'Exact decimal text with up to 3 decimals, e.g. "1.5"' })
  quantity!: string;

  @Field({ description: 'Unit of the quantity' })
  unit!: string;

  @Field(() => MoneyAmount, { nullable: true, description: 'Price of one unit before tax; null: not priced yet (counts as 0 and blocks sending)' })
  unitPrice?: MoneyAmount | null;

  @Field({ description: 'Tax rate as decimal percent text, e.g. "20"' })
  taxRate!: string;

  @Field(() => Discount, { nullable: true, description: "This line's own discount" })
  discount?: Discount | null;

  @Field(() => MoneyAmount, { description: 'quantity × unitPrice, rounded half-up to the minor unit' })
  amount!: MoneyAmount;

  @Field(() => MoneyAmount, { description: "Taken off by this line's discount" })
  lineDiscount!: MoneyAmount;

  @Field(() => MoneyAmount, { description: "This line's share of the quote discount (shares add up to it exactly)" })
  quoteDiscountShare!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'Tax on (amount − lineDiscount − quoteDiscountShare), rounded half-up' })
  tax!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'amount − lineDiscount − quoteDiscountShare + tax' })
  total!: MoneyAmount;

  @Field({ description: 'A person should check this line: custom, unpriced, or an AI match of low confidence' })
  needsReview!: boolean;

  @Field(() => String, { nullable: true, description: 'AI drafts: the words of the request this line came from' })
  sourcePhrase?: string | null;

  @Field(() => Float, { nullable: true, description: 'AI drafts: 0–1, how sure the drafter was of the product and quantity' })
  confidence?: number | null;
}

@ObjectType({ description: 'Tax of one rate over a version' })
export class QuoteTaxBreakdown {
  @Field({ description: 'Decimal percent text' })
  rate!: string;

  @Field(() => MoneyAmount, { description: 'What the rate applies to, after all discounts' })
  taxable!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'Sum of the line taxes at this rate' })
  tax!: MoneyAmount;
}

@ObjectType('QuoteVersion', { description: 'One numbered state of a quote. A sent version never changes; every version stays readable.' })
export class QuoteVersionType {
  @Field(() => ID, { description: 'Version row id' })
  id!: string;

  @Field(() => Int, { description: '1, 2, …' })
  number!: number;

  @Field(() => Date, { nullable: true, description: 'When it was sent (and frozen); null while it is a draft' })
  sentAt?: Date | null;

  @Field({ description: 'When this version was started' })
  createdAt!: Date;

  @Field(() => Discount, { nullable: true, description: 'The quote-level discount' })
  discount?: Discount | null;

  @Field(() => MoneyAmount, { description: 'Sum of the line amounts after line discounts, before the quote discount and tax' })
  subtotal!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'The quote discount in money' })
  discountTotal!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'Sum of the line taxes' })
  tax!: MoneyAmount;

  @Field(() => MoneyAmount, { description: 'subtotal − discountTotal + tax = the sum of the line totals' })
  total!: MoneyAmount;

  @Field(() => [QuoteTaxBreakdown], { description: 'Tax per rate, ascending' })
  taxes!: QuoteTaxBreakdown[];

  @Field(() => [QuoteLineType], { description: 'Lines in position order' })
  lines!: QuoteLineType[];
}

@ObjectType('Quote', { implements: Node, description: 'An offer to a lead, priced from the catalog, with numbered versions' })
export class QuoteType {
  @Field(() => ID, { description: 'Quote id' })
  id!: string;

  @Field(() => LeadType, { description: 'Who the quote is for' })
  lead!: LeadType;

  @Field({ description: 'Short title, 1–200 characters' })
  title!: string;

  @Field(() => String, { nullable: true, description: "The customer's words the quote answers (for drafts from a call: the transcript)" })
  request?: string | null;

  @Field(() => Currency, { description: 'ISO 4217; every line is in it' })
  currency!: string;

  @Field(() => QuoteStatus, { description: 'Lifecycle status' })
  status!: QuoteStatus;

  @Field(() => Int, { description: 'Number of the newest version (the one edits apply to)' })
  currentVersionNumber!: number;

  @Field(() => Int, { nullable: true, description: 'Number of the version the customer was last sent; null before the first send' })
  sentVersionNumber?: number | null;

  @Field(() => Date, { nullable: true, description: "End of the chosen day in the organization's time zone; SENT quotes expire after it" })
  validUntil?: Date | null;

  @Field(() => MoneyAmount, { description: "The current version's total" })
  total!: MoneyAmount;

  @Field(() => QuoteVersionType, { description: 'The newest version, with its lines and totals' })
  currentVersion!: QuoteVersionType;

  @Field(() => [QuoteVersionType], { description: 'Every version, oldest first' })
  versions!: QuoteVersionType[];

  @Field(() => String, { nullable: true, description: 'Which drafter wrote the AI draft: LOCAL or OPENAI; null for quotes people wrote' })
  draftedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the AI draft failed (the quote is then an empty DRAFT)' })
  draftError?: string | null;

  @Field(() => ID, { nullable: true, description: 'The call the draft was made from' })
  callId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Last time a version was sent' })
  sentAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, rejected, expired or withdrawn' })
  closedAt?: Date | null;

  @Field({ description: 'When it was created' })
  createdAt!: Date;

  @Field({ description: 'When it last changed' })
  updatedAt!: Date;
}

export const { Connection: QuoteConnection } = connectionTypes(QuoteType, 'Quote');

@ObjectType({ description: 'One line present in both versions with different values' })
export class QuoteLineChange {
  @Field(() => ID, { description: 'The line key' })
  key!: string;

  @Field(() => QuoteLineType, { description: 'The line in the older version' })
  before!: QuoteLineType;

  @Field(() => QuoteLineType, { description: 'The line in the newer version' })
  after!: QuoteLineType;

  @Field(() => [String], { description: 'What differs: productId, description, quantity, unit, unitPrice, taxRate, discount, total' })
  fields!: string[];
}

@ObjectType({ description: 'What changed between two versions of a quote, lines matched by key' })
export class QuoteVersionDiff {
  @Field(() => QuoteVersionType, { description: 'The version compared from' })
  from!: QuoteVersionType;

  @Field(() => QuoteVersionType, { description: 'The version compared to' })
  to!: QuoteVersionType;

  @Field(() => [QuoteLineType], { description: 'Lines of `to` that `from` did not have' })
  added!: QuoteLineType[];

  @Field(() => [QuoteLineType], { description: 'Lines of `from` that `to` dropped' })
  removed!: QuoteLineType[];

  @Field(() => [QuoteLineChange], { description: 'Lines in both, changed' })
  changed!: QuoteLineChange[];
}

@ObjectType({ description: 'The quote a mutation created or changed' })
export class QuotePayload {
  @Field(() => QuoteType, { description: 'The quote as stored' })
  quote!: QuoteType;
}

@ObjectType({ description: 'A quote changed, after commit' })
export class QuoteUpdatedEvent {
  @Field(() => QuoteChangeKindEnum, { description: 'What happened' })
  kind!: QuoteChangeKindEnum;

  @Field(() => ID, { description: 'Quote id' })
  quoteId!: string;

  @Field(() => QuoteType, { nullable: true, description: 'The quote now; null if it was deleted since' })
  quote?: QuoteType | null;

  @Field({ description: 'Commit time of the change' })
  at!: Date;
}
