import { Entity, Property } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

/**
 * Account email (password resets, invitations) kept here instead of sent when
 * no SMTP_URL is configured, so nothing leaves the machine in embedded mode;
 * an operator reads it with `npm run mail:outbox`.
 */
@Entity()
export class OutboxEmail extends TenantEntity {
  @Property()
  to!: string;

  @Property()
  subject!: string;

  @Property({ type: 'text' })
  text!: string;
}
