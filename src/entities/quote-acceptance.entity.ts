import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Quote } from './quote.entity';
import { TenantEntity } from './tenant.entity';

export enum QuoteDecisionKind {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/**
 * The customer's answer on the public page to one sent version: one per
 * version (the unique index makes a second answer impossible, so a repeated
 * accept changes nothing). Keeps who, when, from where, and the SHA-256 of
 * the quote PDF they were shown.
 */
@Entity()
@Unique({ properties: ['organization', 'quote', 'version'] })
export class QuoteAcceptance extends TenantEntity {
  @ManyToOne(() => Quote, { ref: true, deleteRule: 'cascade' })
  quote!: Ref<Quote>;

  @Property({ type: 'int' })
  version!: number;

  @Enum({ items: () => QuoteDecisionKind, nativeEnumName: 'quote_decision_kind' })
  decision!: QuoteDecisionKind;

  /** The name the customer typed (acceptances). */
  @Property({ length: 200, nullable: true })
  name?: string;

  /** Why the customer declined (rejections; optional). */
  @Property({ type: 'text', nullable: true })
  reason?: string;

  @Property({ type: 'timestamptz' })
  decidedAt!: Date;

  @Property({ length: 64 })
  ip!: string;

  @Property({ length: 500, nullable: true })
  userAgent?: string;

  /** SHA-256 of the QUOTE document of `version`, the one the customer saw. */
  @Property({ length: 64 })
  documentSha256!: string;
}
