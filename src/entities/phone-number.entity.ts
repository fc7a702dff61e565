import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

/** A Twilio number the organization owns; inbound webhooks find the organization through it. */
@Entity()
export class PhoneNumber extends TenantEntity {
  /** E.164, unique across Switchboard: one number belongs to one organization. */
  @Property()
  @Unique()
  e164!: string;

  @Property({ type: 'string' })
  label: Opt<string> = '';

  /** e.g. SALES, SUPPORT: what calls to this number are about. */
  @Property({ type: 'string' })
  purpose: Opt<string> = 'SALES';

  /** Where inbound calls are forwarded (an agent's phone), E.164. */
  @Property({ nullable: true })
  forwardTo?: string;
}
