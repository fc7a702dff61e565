import { BigIntType, Entity, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import type { QuoteDocumentLine } from '../services/quotes/documents/document-model';
import { Lead } from './lead.entity';
import { QuoteAcceptance } from './quote-acceptance.entity';
import { Quote } from './quote.entity';
import { TenantEntity } from './tenant.entity';

export interface ContractParty {
  name: string;
  company?: string | null;
  email?: string | null;
}

/**
 * What an accepted quote became: a frozen copy of the parties, lines and
 * totals of the accepted version (later edits of the quote or the lead do not
 * change it), the acceptance it rests on, and its term. One per quote.
 */
@Entity()
@Unique({ properties: ['organization', 'quote'] })
@Index({ properties: ['organization', 'createdAt', 'id'] })
export class Contract extends TenantEntity {
  @ManyToOne(() => Quote, { ref: true, deleteRule: 'cascade' })
  quote!: Ref<Quote>;

  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @ManyToOne(() => QuoteAcceptance, { ref: true, deleteRule: 'cascade' })
  acceptance!: Ref<QuoteAcceptance>;

  /** The accepted quote version. */
  @Property({ type: 'int' })
  version!: number;

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'jsonb' })
  supplier!: ContractParty;

  @Property({ type: 'jsonb' })
  customer!: ContractParty;

  @Property({ type: 'jsonb' })
  lines!: QuoteDocumentLine[];

  @Property({ length: 3 })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  subtotalMinor!: number;

  @Property({ type: new BigIntType('number') })
  discountMinor!: number;

  @Property({ type: new BigIntType('number') })
  taxMinor!: number;

  @Property({ type: new BigIntType('number') })
  totalMinor!: number;

  /** First day of the term (YYYY-MM-DD, the organization's calendar). */
  @Property({ type: 'date' })
  startsOn!: string;

  /** Last day of the term, inclusive. */
  @Property({ type: 'date' })
  endsOn!: string;

  /** The newest renewal quote made from this contract, if any. */
  @ManyToOne(() => Quote, { ref: true, nullable: true, deleteRule: 'set null' })
  renewalQuote?: Ref<Quote>;

  /** Renewal quotes made so far. */
  @Property({ type: 'int' })
  renewals: Opt<number> = 0;
}
