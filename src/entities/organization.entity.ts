import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

@Entity()
export class Organization extends BaseEntity {
  @Property()
  name!: string;

  @Property()
  @Unique()
  slug!: string;

  /** IANA zone for business hours and for resolving spoken dates. */
  @Property({ type: 'string' })
  timezone: Opt<string> = 'UTC';

  /** Lead temperature thresholds (DESIGN.md §4): HOT ≥ hot, WARM ≥ warm, else COLD. */
  @Property({ type: 'smallint' })
  hotThreshold: Opt<number> = 70;

  @Property({ type: 'smallint' })
  warmThreshold: Opt<number> = 40;
}
