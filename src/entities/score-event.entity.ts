import { BigIntType, Entity, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';
import { Call } from './call.entity';
import { Lead } from './lead.entity';

/** One change of a lead's score, with the reason a person can read. */
@Entity()
@Index({ properties: ['lead', 'sequence'] })
export class ScoreEvent extends TenantEntity {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @Property({ type: 'smallint' })
  delta!: number;

  @Property({ type: 'smallint' })
  scoreAfter!: number;

  @Property({ type: 'text' })
  reason!: string;

  /** The call whose analysis moved it, so a re-analysis can replace its effect. */
  @ManyToOne(() => Call, { ref: true, nullable: true, deleteRule: 'set null' })
  call?: Ref<Call>;

  /** What moved it: PROFILE, MANUAL, CALL, EMAIL … */
  @Property()
  source!: string;

  /**
   * Order of application, assigned by the database on insert. Several events
   * of one transaction share a timestamp; this orders them as they were applied.
   */
  @Property({ type: new BigIntType('number'), autoincrement: true, nullable: false })
  sequence?: Opt<number>;
}
