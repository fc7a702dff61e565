import { BigIntType, Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

export enum AiBudgetPolicy {
  /** Over budget: keep working with the local analyzer. */
  DEGRADE = 'DEGRADE',
  /** Over budget: refuse AI work with BUDGET_EXCEEDED. */
  BLOCK = 'BLOCK',
  /** Over budget: keep using the provider (alerts still fire). */
  ALLOW = 'ALLOW',
}

export type NotificationChannel = 'SMS' | 'EMAIL' | 'SLACK';
export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';

/** How alerts reach people in this organization (DESIGN.md §5.5). */
export interface AlertSettings {
  /** Minutes an unacknowledged alert waits before escalating one level; null: never. */
  escalationMinutes: Record<Severity, number | null>;
  /** Channels per severity. */
  routing: Record<Severity, NotificationChannel[]>;
  /** Local "HH:MM" window in which non-critical notifications wait for morning; null: none. */
  quietHours: { start: string; end: string } | null;
  /** Slack incoming-webhook URL; null: Slack is not configured (deliveries are skipped). */
  slackWebhookUrl: string | null;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  escalationMinutes: { CRITICAL: 5, HIGH: 15, MEDIUM: null, LOW: null },
  routing: { CRITICAL: ['SMS', 'EMAIL', 'SLACK'], HIGH: ['EMAIL', 'SLACK'], MEDIUM: ['SLACK'], LOW: [] },
  quietHours: null,
  slackWebhookUrl: null,
};

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

  /** Monthly AI budget in micro-dollars; null: no budget. */
  @Property({ type: new BigIntType('number'), nullable: true })
  aiMonthlyBudgetMicros?: number;

  @Enum({ items: () => AiBudgetPolicy, nativeEnumName: 'ai_budget_policy' })
  aiBudgetPolicy: Opt<AiBudgetPolicy> = AiBudgetPolicy.DEGRADE;

  @Property({ type: 'jsonb' })
  alertSettings: Opt<AlertSettings> = structuredClone(DEFAULT_ALERT_SETTINGS);
}
