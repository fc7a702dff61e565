import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

export enum AlertType {
  HOT_LEAD = 'HOT_LEAD',
  BUDGET_THRESHOLD = 'BUDGET_THRESHOLD',
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  NEGATIVE_CALL = 'NEGATIVE_CALL',
  CALL_FAILED = 'CALL_FAILED',
  CIRCUIT_OPEN = 'CIRCUIT_OPEN',
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

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date;
}
