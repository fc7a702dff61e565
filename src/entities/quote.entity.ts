import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { Call } from './call.entity';
import { Lead } from './lead.entity';
import { Product } from './product.entity';
import { TenantEntity } from './tenant.entity';

export enum QuoteStatus {
  /** An AI draft is being written; the quote has no lines yet. */
  PENDING = 'PENDING',
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum DiscountKind {
  PERCENT = 'PERCENT',
  AMOUNT = 'AMOUNT',
}

/**
 * The quote aggregate: Quote (root) → QuoteVersion (numbered, frozen once sent)
 * → QuoteLine. Only the services in services/quotes write any of the three.
 * The root carries the current version's totals so lists can sort and show
 * them without joining.
 */
@Entity()
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'status', 'validUntil'] })
@Index({ properties: ['lead', 'createdAt'] })
export class Quote extends TenantEntity {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @Property({ length: 200 })
  title!: string;

  /** The customer's own words the quote answers (or the call's transcript a draft was made from). */
  @Property({ type: 'text', nullable: true })
  request?: string;

  @Property({ length: 3 })
  currency!: string;

  @Enum({ items: () => QuoteStatus, nativeEnumName: 'quote_status' })
  status: Opt<QuoteStatus> = QuoteStatus.DRAFT;

  /** The newest version: the one edits apply to (a frozen one makes the next). */
  @Property({ type: 'int' })
  currentVersion: Opt<number> = 1;

  /** The version the customer was last sent; null until the first send. */
  @Property({ type: 'int', nullable: true })
  sentVersion?: number;

  /** End of the chosen day in the organization's time zone. */
  @Property({ type: 'timestamptz', nullable: true })
  validUntil?: Date;

  @Property({ type: new BigIntType('number') })
  totalMinor: Opt<number> = 0;

  @ManyToOne(() => Call, { ref: true, nullable: true, deleteRule: 'set null' })
  call?: Ref<Call>;

  /** Which provider wrote the AI draft (LOCAL, OPENAI), null for a quote a person wrote. */
  @Property({ length: 16, nullable: true })
  draftedBy?: string;

  /** Why an AI draft could not be written; the quote is then an empty DRAFT. */
  @Property({ type: 'text', nullable: true })
  draftError?: string;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date;
}

/** One numbered state of a quote's lines, discount and totals; never changed after `sentAt`. */
@Entity()
@Unique({ properties: ['quote', 'number'] })
export class QuoteVersion extends TenantEntity {
  @ManyToOne(() => Quote, { ref: true, deleteRule: 'cascade' })
  quote!: Ref<Quote>;

  @Property({ type: 'int' })
  number!: number;

  @Enum({ items: () => DiscountKind, nativeEnumName: 'discount_kind', nullable: true })
  discountKind?: DiscountKind;

  /** PERCENT: thousandths of a percent; AMOUNT: minor units. */
  @Property({ type: new BigIntType('number'), nullable: true })
  discountValue?: number;

  /** Sum of the lines after their own discounts, before the quote discount and tax. */
  @Property({ type: new BigIntType('number') })
  subtotalMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  discountMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  taxMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  totalMinor: Opt<number> = 0;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;
}

/** One line of one version. Amounts are stored as computed by services/quotes/quote-money.ts. */
@Entity()
@Index({ properties: ['version', 'position'] })
export class QuoteLine extends TenantEntity {
  @ManyToOne(() => QuoteVersion, { ref: true, deleteRule: 'cascade' })
  version!: Ref<QuoteVersion>;

  @Property({ type: 'int' })
  position!: number;

  /** The same line across versions (a new row per version, one key): what version diffs match on. */
  @Property({ type: 'uuid' })
  key!: string;

  @ManyToOne(() => Product, { ref: true, nullable: true, deleteRule: 'set null' })
  product?: Ref<Product>;

  /** The product's sku when the line was written (kept if the product changes or goes). */
  @Property({ length: 64, nullable: true })
  sku?: string;

  @Property({ type: 'text' })
  description!: string;

  /** Thousandths of a unit: 1.5 hours = 1500. */
  @Property({ type: new BigIntType('number') })
  quantityMilli!: number;

  @Property({ length: 32 })
  unit!: string;

  /** Null: a custom line nobody has priced yet (it counts as 0 and blocks sending). */
  @Property({ type: new BigIntType('number'), nullable: true })
  unitPriceMinor?: number;

  @Property({ type: 'int' })
  taxRateMilli: Opt<number> = 0;

  @Enum({ items: () => DiscountKind, nativeEnumName: 'discount_kind', nullable: true })
  discountKind?: DiscountKind;

  @Property({ type: new BigIntType('number'), nullable: true })
  discountValue?: number;

  /** quantity × unit price, rounded once. */
  @Property({ type: new BigIntType('number') })
  grossMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  lineDiscountMinor: Opt<number> = 0;

  /** This line's share of the quote discount. */
  @Property({ type: new BigIntType('number') })
  quoteDiscountMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  taxMinor: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  totalMinor: Opt<number> = 0;

  /** Set on AI lines a person should check (custom, unpriced, or low confidence). */
  @Property()
  needsReview: Opt<boolean> = false;

  /** The words of the request this line came from (AI drafts). */
  @Property({ type: 'text', nullable: true })
  sourcePhrase?: string;

  /** 0–1, how sure the drafter was (AI drafts). */
  @Property({ type: 'real', nullable: true })
  confidence?: number;
}
