import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

/**
 * "80 % of this month's AI budget was crossed": one row per organization,
 * month and threshold, so the alert is raised exactly once however many
 * jobs cross it together (the unique index decides).
 */
@Entity()
@Unique({ properties: ['organization', 'period', 'threshold'] })
export class BudgetThresholdCrossing extends TenantEntity {
  /** YYYY-MM (UTC). */
  @Property()
  period!: string;

  /** 80, 90 or 100. */
  @Property({ type: 'smallint' })
  threshold!: number;

  /** Month-to-date spend when it was crossed. */
  @Property({ type: new BigIntType('number') })
  spentMicros!: number;
}
