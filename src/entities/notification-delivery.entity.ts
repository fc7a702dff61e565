import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Alert } from './alert.entity';
import { TenantEntity } from './tenant.entity';

export enum DeliveryChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  SLACK = 'SLACK',
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  /** Waiting for quiet hours to end. */
  HELD = 'HELD',
  /** Handed to the channel by a worker that has not yet recorded the outcome (see NotificationService.deliver). */
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** The channel or the recipient's address is not configured: nothing to send, nothing wrong. */
  SKIPPED = 'SKIPPED',
}

/** One notification of one alert to one recipient over one channel, retried with backoff. */
@Entity()
@Index({ properties: ['alert'] })
export class NotificationDelivery extends TenantEntity {
  @ManyToOne(() => Alert, { ref: true, deleteRule: 'cascade' })
  alert!: Ref<Alert>;

  @Enum({ items: () => DeliveryChannel, nativeEnumName: 'delivery_channel' })
  channel!: DeliveryChannel;

  /** Email address, E.164 number, or "slack"; empty when skipped for lack of one. */
  @Property()
  recipient!: string;

  /** The user it is for (null for the organization's Slack channel). */
  @Property({ nullable: true })
  userId?: string;

  @Property({ type: 'smallint' })
  escalationLevel!: number;

  @Enum({ items: () => DeliveryStatus, nativeEnumName: 'delivery_status' })
  status: Opt<DeliveryStatus> = DeliveryStatus.PENDING;

  @Property({ type: 'smallint' })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'timestamptz', nullable: true })
  sendAfter?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;
}
