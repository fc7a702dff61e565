import type { EntityManager } from '@mikro-orm/postgresql';
import { type AiBudgetPolicy, Organization } from '../../entities/organization.entity';
import { BadUserInputError } from '../../errors';
import { budgetPeriod } from './budget.service';

export interface UsageBreakdown {
  key: string;
  costMicroDollars: number;
  operations: number;
  inputTokens: number;
  outputTokens: number;
  audioSeconds: number;
}

export interface AiUsageReport {
  from: Date;
  to: Date;
  total: UsageBreakdown;
  byOperation: UsageBreakdown[];
  byModel: UsageBreakdown[];
  byDay: UsageBreakdown[];
  /** Average AI cost per distinct subject (call, email, quote) in the period; null when there were none. */
  costPerCall: number | null;
  costPerEmail: number | null;
  costPerQuote: number | null;
  budget: { budgetMicros: number | null; spentMonthToDateMicros: number; percentUsed: number | null; policy: AiBudgetPolicy };
}

const SUMS = `coalesce(sum(cost_micro_dollars), 0)::bigint as cost, count(*)::int as n, coalesce(sum(input_tokens), 0)::bigint as input,
  coalesce(sum(output_tokens), 0)::bigint as output, coalesce(sum(audio_seconds), 0)::float as audio`;

type SumRow = { key: string | null; cost: string; n: number; input: string; output: string; audio: number };

const toBreakdown = (r: SumRow): UsageBreakdown => ({
  key: r.key ?? 'total',
  costMicroDollars: Number(r.cost),
  operations: r.n,
  inputTokens: Number(r.input),
  outputTokens: Number(r.output),
  audioSeconds: r.audio,
});

/** `aiUsage(period)`: totals and breakdowns by operation, model and day, from the AiUsage rows (issue 4). */
export async function aiUsageReport(em: EntityManager, organizationId: string, from: Date, to: Date, now: Date): Promise<AiUsageReport> {
  if (!(from < to)) throw BadUserInputError.forField('period.to', 'must be after period.from');
  if (to.getTime() - from.getTime() > 400 * 86400_000) throw BadUserInputError.forField('period', 'at most 400 days');
  const where = 'where organization_id = ? and created_at >= ? and created_at < ?';
  const args = [organizationId, from, to];
  const group = (expr: string) => em.execute<SumRow[]>(`select ${expr} as key, ${SUMS} from ai_usage ${where} group by 1 order by 1`, args);
  const [total] = await em.execute<SumRow[]>(`select null as key, ${SUMS} from ai_usage ${where}`, args);
  const perSubject = await em.execute<Array<{ subject_type: string; avg: string | null }>>(
    `select subject_type, avg(cost)::float as avg from (select subject_type, subject_id, sum(cost_micro_dollars) as cost from ai_usage ${where} and subject_id is not null group by 1, 2) s group by 1`,
    args,
  );
  const avgOf = (type: string) => {
    const row = perSubject.find((r) => r.subject_type === type);
    return row?.avg == null ? null : Math.round(Number(row.avg));
  };
  const org = await em.findOneOrFail(Organization, organizationId);
  const month = budgetPeriod(now);
  const [mtd] = await em.execute<SumRow[]>(`select null as key, ${SUMS} from ai_usage ${where}`, [organizationId, month.start, month.end]);
  const spent = Number(mtd?.cost ?? 0);
  const budget = org.aiMonthlyBudgetMicros ?? null;
  return {
    from,
    to,
    total: toBreakdown(total!),
    byOperation: (await group('operation')).map(toBreakdown),
    byModel: (await group("provider || ':' || model")).map(toBreakdown),
    byDay: (await group("to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')")).map(toBreakdown),
    costPerCall: avgOf('Call'),
    costPerEmail: avgOf('Email'),
    costPerQuote: avgOf('Quote'),
    budget: { budgetMicros: budget, spentMonthToDateMicros: spent, percentUsed: budget ? Math.round((spent * 1000) / budget) / 10 : null, policy: org.aiBudgetPolicy },
  };
}
