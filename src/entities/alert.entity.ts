import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

export enum AlertType {
  HOT_LEAD = 'HOT_LEAD',
  BUDGET_THRESHOLD = 'BUDGET_THRESHOLD',
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  NEGATIVE_CALL = 'NEGATIVE_CALL',
  CALL_FAILED = 'CALL_FAILED',
  CIRCUIT_OPEN = 'CIRCUIT_OPEN',
  /** A customer accepted a quote on the public page (goes to the lead's owner). */
  QUOTE_ACCEPTED = 'QUOTE_ACCEPTED',
}

export enum AlertSeverity {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum AlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}

/**
 * Something that needs a human. While an alert with the same dedupKey is
 * open, new occurrences bump `count` and `lastSeenAt` instead of adding rows
 * (a partial unique index enforces it; see the migration).
 */
@Entity()
@Index({ properties: ['organization', 'status', 'createdAt'] })
@Unique({
  name: 'alert_open_dedup_key_unique',
  expression: `create unique index "alert_open_dedup_key_unique" on "alert" ("organization_id", "dedup_key") where "status" <> 'RESOLVED'`,
})
export class Alert extends TenantEntity {
  @Enum({ items: () => AlertType, nativeEnumName: 'alert_type' })
  type!: AlertType;

  @Enum({ items: () => AlertSeverity, nativeEnumName: 'alert_severity' })
  severity!: AlertSeverity;

  @Property()
  title!: string;

  @Property({ type: 'text', nullable: true })
  body?: string;

  /** What it is about: entity type and id (Lead, Call …). */
  @Property({ nullable: true })
  subjectType?: string;

  @Property({ nullable: true })
  subjectId?: string;

  @Property()
  dedupKey!: string;

  @Enum({ items: () => AlertStatus, nativeEnumName: 'alert_status' })
  status: Opt<AlertStatus> = AlertStatus.OPEN;

  @Property({ type: 'integer' })
  count: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  lastSeenAt: Opt<Date> = new Date();

  @Property({ type: 'smallint' })
  escalationLevel: Opt<number> = 0;

  /** When it last escalated (or was raised): the escalation clock counts from here. */
  @Property({ type: 'timestamptz' })
  escalatedAt: Opt<Date> = new Date();

  /** While in the future: no escalation and no notifications. */
  @Property({ type: 'timestamptz', nullable: true })
  snoozedUntil?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  @Property({ nullable: true })
  acknowledgedBy?: string;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date;

  @Property({ nullable: true })
  resolvedBy?: string;
}
