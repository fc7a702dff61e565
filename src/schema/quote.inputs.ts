import { IdempotencyKeyField } from './idempotency';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { QuoteStatus } from '../entities/quote.entity';
import { OrderDirection } from './enums';
import { QuoteOrderField } from './quote.type';
import { Currency } from './scalars';

@InputType({ description: 'A discount: give exactly one of percent or amount' })
export class DiscountInput {
  @Field(() => String, { nullable: true, description: 'Decimal percent 0–100 with up to 3 decimals, e.g. "10" or "12.5"' })
  percent?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Integer minor units; at most what it discounts' })
  amount?: number | null;
}

@InputType({ description: 'One quote line. With productId, omitted description, unit, unitPrice and taxRate come from the catalog; without it, description is required.' })
export class QuoteLineInput {
  @Field(() => ID, { nullable: true, description: "An existing line's key (QuoteLine.key) to keep it the same line across versions; omit for a new line" })
  key?: string | null;

  @Field(() => ID, { nullable: true, description: 'A catalog product of this organization, active, in the quote currency' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: "What the customer reads; default the product's name" })
  description?: string | null;

  @Field({ description: 'Decimal text above 0, at most 1000000000, with up to 3 decimals: "2", "1.5", "0.125"' })
  quantity!: string;

  @Field(() => String, { nullable: true, description: "Unit of the quantity; default the product's unit, else \"each\"" })
  unit?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: "Price of one unit in integer minor units; default the product's price. A custom line without one is unpriced (flagged for review, must be priced before sending)." })
  unitPrice?: number | null;

  @Field(() => String, { nullable: true, description: "Decimal percent 0–100 with up to 3 decimals; default the product's rate, else 0" })
  taxRate?: string | null;

  @Field(() => DiscountInput, { nullable: true, description: "This line's discount" })
  discount?: DiscountInput | null;
}

@InputType({ description: 'A new quote for a lead (needs quotes:write)' })
export class CreateQuoteInput {
  @IdempotencyKeyField()
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The lead it is for' })
  leadId!: string;

  @Field({ description: '1–200 characters' })
  title!: string;

  @Field(() => Currency, { nullable: true, description: "ISO 4217; default the first product line's currency, else the lead's budget currency" })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's request, in their words" })
  request?: string | null;

  @Field(() => String, { nullable: true, description: "Last valid day as YYYY-MM-DD, today or later; the quote is valid to the end of that day in the organization's time zone. Unset: 30 days from sending." })
  validUntil?: string | null;

  @Field(() => DiscountInput, { nullable: true, description: 'Discount on the whole quote, split over the lines in proportion' })
  discount?: DiscountInput | null;

  @Field(() => [QuoteLineInput], { nullable: true, description: 'At most 200 lines; each problem is reported with its path, e.g. input.lines[2].quantity' })
  lines?: QuoteLineInput[] | null;
}

@InputType({ description: 'Changes to a quote; omitted fields stay. A SENT, EXPIRED or REJECTED quote gets a new DRAFT version with the change; the sent version stays frozen.' })
export class UpdateQuoteInput {
  @Field(() => ID, { description: 'The quote to change' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New request text; null clears it' })
  request?: string | null;

  @Field(() => String, { nullable: true, description: 'New last valid day, YYYY-MM-DD; null clears it' })
  validUntil?: string | null;

  @Field(() => DiscountInput, { nullable: true, description: 'New quote discount; null removes it' })
  discount?: DiscountInput | null;

  @Field(() => [QuoteLineInput], { nullable: true, description: "The whole new list of lines (replaces the current version's lines); omit to keep them" })
  lines?: QuoteLineInput[] | null;
}

@InputType({ description: 'Ask for an AI draft priced from the catalog (needs quotes:write). Returns at once with a PENDING quote; the lines arrive on quoteUpdated (DRAFTED).' })
export class DraftQuoteInput {
  @IdempotencyKeyField()
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The lead it is for' })
  leadId!: string;

  @Field(() => String, { nullable: true, description: 'The customer\'s request in free text, e.g. "24 drops of Cat6 and two days of labour" (at most 10000 characters); required without callId' })
  request?: string | null;

  @Field(() => ID, { nullable: true, description: "A call of this organization: its transcript and analysis become the request" })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title; default derived from the request' })
  title?: string | null;

  @Field(() => Currency, { nullable: true, description: "Currency of the quote; default the lead's budget currency, else the catalog's most common" })
  currency?: string | null;
}

@InputType({ description: 'The quote to withdraw' })
export class WithdrawQuoteInput {
  @Field(() => ID, { description: 'A PENDING, DRAFT or SENT quote' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail' })
  reason?: string | null;
}

@InputType({ description: 'Narrows quotes; all given conditions apply' })
export class QuoteFilterInput {
  @Field(() => [QuoteStatus], { nullable: true, description: 'Any of these statuses' })
  status?: QuoteStatus[] | null;

  @Field(() => ID, { nullable: true, description: "One lead's quotes" })
  leadId?: string | null;

  @Field(() => Date, { nullable: true, description: 'validUntil before this instant' })
  validBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text in the title or request (at most 100 characters)' })
  search?: string | null;
}

@InputType({ description: 'Sort order of quotes; ties are broken by id' })
export class QuoteOrderByInput {
  @Field(() => QuoteOrderField, { description: 'What to sort by' })
  field!: QuoteOrderField;

  @Field(() => OrderDirection, { description: 'ASC or DESC' })
  direction!: OrderDirection;
}

@InputType({ description: 'Which quote events to receive' })
export class QuoteUpdatedFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this quote' })
  quoteId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this lead's quotes" })
  leadId?: string | null;
}

