import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../entities/organization.entity';
import { spentInPeriod } from './budget/budget.service';
import type { CircuitRegistry, PerOrganizationChannels } from './circuits';
import type { Clock } from './clock';

export interface BusinessMetrics {
  callsToday: number;
  /** Completed ÷ ended calls today; null before any call ended. */
  callSuccessRate: number | null;
  /** From a call's end to its final analysis, averaged over today's calls; null when none. */
  averageAnalysisLatencyMs: number | null;
  hotLeadsToday: number;
  aiSpendMonthToDateMicros: number;
}

/** Local midnight of `at` in `timezone`, as a UTC instant. */
export function startOfLocalDay(at: Date, timezone: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(at.getTime() - ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 - at.getUTCMilliseconds());
}

/** The dashboard's numbers for one organization, "today" in its time zone. */
export async function businessMetrics(em: EntityManager, organizationId: string, clock: Clock): Promise<BusinessMetrics> {
  const now = clock.now();
  const org = await em.findOneOrFail(Organization, organizationId);
  const since = startOfLocalDay(now, org.timezone);
  const [calls] = await em.execute<Array<{ total: number; ended: number; completed: number }>>(
    `select count(*)::int as total,
            count(*) filter (where status in ('COMPLETED','BUSY','NO_ANSWER','FAILED','CANCELED'))::int as ended,
            count(*) filter (where status = 'COMPLETED')::int as completed
       from call where organization_id = ? and created_at >= ?`,
    [organizationId, since],
  );
  const [latency] = await em.execute<Array<{ ms: number | null }>>(
    `select avg(extract(epoch from (ca.updated_at - c.ended_at)) * 1000)::float as ms
       from call_analysis ca join call c on c.id = ca.call_id
      where ca.organization_id = ? and ca.kind = 'FINAL' and c.ended_at >= ?`,
    [organizationId, since],
  );
  const [hot] = await em.execute<Array<{ n: number }>>(
    `select count(distinct subject_id)::int as n from alert where organization_id = ? and type = 'HOT_LEAD' and last_seen_at >= ?`,
    [organizationId, since],
  );
  return {
    callsToday: calls!.total,
    callSuccessRate: calls!.ended ? Math.round((calls!.completed / calls!.ended) * 1000) / 1000 : null,
    averageAnalysisLatencyMs: latency?.ms == null ? null : Math.round(latency.ms),
    hotLeadsToday: hot!.n,
    aiSpendMonthToDateMicros: await spentInPeriod(em, organizationId, now),
  };
}

/** The breakers as one organization sees them: Slack is configured only if it has set a webhook. */
export async function circuitStatuses(em: EntityManager, organizationId: string, circuits: CircuitRegistry) {
  const org = await em.findOneOrFail(Organization, organizationId);
  return circuits.statuses({ slack: Boolean(org.alertSettings.slackWebhookUrl) });
}

/** Per-organization channels that at least one organization of this deployment has set up (for /readyz). */
export async function deploymentChannels(em: EntityManager): Promise<PerOrganizationChannels> {
  const [row] = await em.execute<Array<{ slack: boolean }>>(
    `select exists (select 1 from organization where alert_settings->>'slackWebhookUrl' is not null) as slack`,
  );
  return { slack: Boolean(row?.slack) };
}
