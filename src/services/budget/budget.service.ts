import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AiUsage } from '../../entities/ai-usage.entity';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import { AiBudgetPolicy, Organization } from '../../entities/organization.entity';
import { BudgetExceededError } from '../../errors';
import type { AiUsageRecord } from '../ai/ai.types';
import { raiseAlert } from '../alerts/raise-alert';
import type { Clock } from '../clock';
import type { Scope } from '../scope';
import type { AfterCommit } from '../unit-of-work';

/** Thresholds of the monthly budget that raise one BUDGET_THRESHOLD alert each per month. */
export const BUDGET_THRESHOLDS = [
  { percent: 80, severity: AlertSeverity.MEDIUM },
  { percent: 90, severity: AlertSeverity.HIGH },
  { percent: 100, severity: AlertSeverity.CRITICAL },
] as const;

/** Where an AI operation may run given the budget. */
export type BudgetRoute = 'PROVIDER' | 'LOCAL';

/** The budget month: calendar month in UTC. */
export function budgetPeriod(at: Date): { period: string; start: Date; end: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { period: start.toISOString().slice(0, 7), start, end };
}

export async function spentInPeriod(em: EntityManager, organizationId: string, at: Date): Promise<number> {
  const { start, end } = budgetPeriod(at);
  const rows = await em.execute<Array<{ spent: string | null }>>(
    'select coalesce(sum(cost_micro_dollars), 0) as spent from ai_usage where organization_id = ? and created_at >= ? and created_at < ?',
    [organizationId, start, end],
  );
  return Number(rows[0]?.spent ?? 0);
}

/**
 * The AI budget (issue 4): every AI operation asks `route` before it runs and
 * goes through `record` after. The policy at 100 % decides: DEGRADE runs the
 * local analyzer, BLOCK refuses with BUDGET_EXCEEDED, ALLOW carries on.
 */
export class BudgetService {
  constructor(private readonly clock: Clock) {}

  async route(em: EntityManager, organizationId: string): Promise<BudgetRoute> {
    const org = await em.findOneOrFail(Organization, organizationId);
    if (org.aiMonthlyBudgetMicros == null || org.aiBudgetPolicy === AiBudgetPolicy.ALLOW) return 'PROVIDER';
    const spent = await spentInPeriod(em, organizationId, this.clock.now());
    if (spent < org.aiMonthlyBudgetMicros) return 'PROVIDER';
    if (org.aiBudgetPolicy === AiBudgetPolicy.BLOCK) throw new BudgetExceededError();
    return 'LOCAL';
  }

  /**
   * Stores what an AI call cost and raises the thresholds it crossed. The
   * organization's row lock serializes concurrent recorders, so each sees the
   * spend of the ones before it; the crossing rows make each alert once-only.
   */
  async record(tx: EntityManager, scope: Scope, after: AfterCommit, usage: AiUsageRecord, subject: { type: string; id: string }): Promise<void> {
    const org = await tx.findOneOrFail(Organization, scope.organizationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    tx.create(AiUsage, { organization: scope.organizationId, ...usage, subjectType: subject.type, subjectId: subject.id });
    await tx.flush();
    const budget = org.aiMonthlyBudgetMicros;
    if (budget == null || budget <= 0 || usage.costMicroDollars <= 0) return;
    const now = this.clock.now();
    const spent = await spentInPeriod(tx, scope.organizationId, now);
    const { period } = budgetPeriod(now);
    for (const t of BUDGET_THRESHOLDS.filter((x) => spent * 100 >= budget * x.percent)) {
      const inserted = await tx.execute<Array<{ id: string }>>(
        `insert into budget_threshold_crossing (id, created_at, updated_at, organization_id, period, threshold, spent_micros)
         values (gen_random_uuid(), now(), now(), ?, ?, ?, ?) on conflict (organization_id, period, threshold) do nothing returning id`,
        [scope.organizationId, period, t.percent, spent],
      );
      if (!inserted.length) continue;
      const alert = await raiseAlert(tx, scope, after, {
        type: AlertType.BUDGET_THRESHOLD,
        severity: t.severity,
        title: `AI spend reached ${t.percent} % of this month's budget`,
        body: `$${(spent / 1e6).toFixed(2)} of $${(budget / 1e6).toFixed(2)} spent in ${period}; policy at 100 %: ${org.aiBudgetPolicy}`,
        subjectType: 'Organization',
        subjectId: scope.organizationId,
        dedupKey: `budget:${period}:${t.percent}`,
      });
      after.publish('budgetAlert', { organizationId: scope.organizationId, alertId: alert.alertId, period, threshold: t.percent, spentMicros: spent, budgetMicros: budget, at: now.toISOString() });
    }
  }
}
