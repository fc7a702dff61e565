import { Entity, ManyToOne, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';
import { User } from './user.entity';

@Entity()
export class ApiKey extends TenantEntity {
  @Property()
  name!: string;

  /** The visible start of the key (`sk_live_ab12cd34`), used to find the row. */
  @Property()
  @Unique()
  prefix!: string;

  /** SHA-256 of the whole key: keys carry 256 random bits, so a slow hash adds nothing but latency. */
  @Property({ hidden: true })
  secretHash!: string;

  @Property({ type: 'text[]' })
  scopes: Opt<string[]> = [];

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User>;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
