import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

export enum UserRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  AGENT = 'AGENT',
  VIEWER = 'VIEWER',
}

@Entity()
export class User extends TenantEntity {
  /** Stored lower-cased; one account per address across Switchboard, so login needs no tenant hint. */
  @Property()
  @Unique()
  email!: string;

  @Property()
  name!: string;

  @Property({ hidden: true, lazy: true })
  passwordHash!: string;

  /** E.164; where CRITICAL alerts reach this person by SMS. */
  @Property({ nullable: true })
  phone?: string;

  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role: Opt<UserRole> = UserRole.AGENT;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /**
   * Carried in every session token (`sv`); bumped when the user is
   * deactivated, changes role or password, which ends every older session.
   */
  @Property({ type: 'integer' })
  sessionVersion: Opt<number> = 0;
}
