import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';
import { User, UserRole } from './user.entity';

export enum OneTimeTokenKind {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITE = 'INVITE',
}

/**
 * A secret mailed to someone (password reset, invitation). Only its SHA-256
 * is stored: a database reader cannot use it. Single use and expiring.
 */
@Entity()
@Index({ properties: ['user'] })
export class OneTimeToken extends TenantEntity {
  @Enum({ items: () => OneTimeTokenKind, nativeEnumName: 'one_time_token_kind' })
  kind!: OneTimeTokenKind;

  @Property({ hidden: true })
  @Unique()
  tokenHash!: string;

  /** The account a reset is for; none for an invitation (the user is created on acceptance). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  user?: Ref<User>;

  /** Lower-cased address the token was mailed to. */
  @Property()
  email!: string;

  /** The role an invitation grants. */
  @Enum({ items: () => UserRole, nativeEnumName: 'user_role', nullable: true })
  role?: UserRole;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date;
}
