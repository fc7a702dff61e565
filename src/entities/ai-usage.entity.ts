import { BigIntType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

/** One AI call and what it cost (integer micro-dollars). */
@Entity()
@Index({ properties: ['organization', 'createdAt'] })
export class AiUsage extends TenantEntity {
  /** CALL_ANALYSIS, TRANSCRIPTION, … */
  @Property()
  operation!: string;

  @Property()
  provider!: string;

  @Property()
  model!: string;

  @Property({ type: 'integer' })
  inputTokens: Opt<number> = 0;

  @Property({ type: 'integer' })
  outputTokens: Opt<number> = 0;

  @Property({ type: 'real' })
  audioSeconds: Opt<number> = 0;

  @Property({ type: new BigIntType('number') })
  costMicroDollars: Opt<number> = 0;

  @Property({ nullable: true })
  subjectType?: string;

  @Property({ nullable: true })
  subjectId?: string;
}
