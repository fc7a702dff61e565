import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PeriodInput, AiUsageReport, SystemStatus, toCircuitState } from '../schema/usage.type';
import { aiUsageReport } from '../services/budget/ai-usage-report';
import { budgetPeriod } from '../services/budget/budget.service';
import { businessMetrics, circuitStatuses } from '../services/system-status.service';

@Resolver()
export class UsageResolver {
  @Authorized('usage:read')
  @Query(() => AiUsageReport, { description: 'AI spend and usage; default period: this month (UTC). Needs usage:read.' })
  aiUsage(@Ctx() ctx: GraphQLContext, @Arg('period', () => PeriodInput, { nullable: true, description: 'The range to report; default: this calendar month (UTC).' }) period?: PeriodInput) {
    const now = ctx.app.clock.now();
    const month = budgetPeriod(now);
    return aiUsageReport(ctx.em, ctx.scope().organizationId, period?.from ?? month.start, period?.to ?? month.end, now);
  }

  @Authorized('system:read')
  @Query(() => SystemStatus, { description: "Switchboard's dependencies (circuit breakers) and my organization's numbers today, including month-to-date AI spend. Needs system:read (owners, admins, or an API key with that scope)" })
  async systemStatus(@Ctx() ctx: GraphQLContext): Promise<SystemStatus> {
    return {
      circuits: (await circuitStatuses(ctx.em, ctx.scope().organizationId, ctx.app.circuits)).map((c) => ({ ...c, breakerState: toCircuitState(c.state) })),
      metrics: await businessMetrics(ctx.em, ctx.scope().organizationId, ctx.app.clock),
      checkedAt: ctx.app.clock.now(),
    };
  }
}
