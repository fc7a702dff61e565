import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { Alert, type AlertSeverity, type AlertType } from '../entities/alert.entity';
import { Lead } from '../entities/lead.entity';
import { AlertUpdatedFilterInput } from '../schema/alert.inputs';
import { AlertUpdatedEvent, BudgetAlertEvent, HotLeadEvent } from '../schema/alert.type';
import type { AlertUpdatedEvent as AlertUpdatedPayload, BudgetAlertEvent as BudgetPayload, HotLeadEvent as HotLeadPayload } from '../services/pubsub/events';
import { subscribeScoped } from './subscribe-scoped';

/** Alert state for dashboards: changes to alerts, leads turning hot, AI budget thresholds. */
@Resolver()
export class AlertLiveResolver {
  @Authorized('alerts:read')
  @Subscription(() => AlertUpdatedEvent, {
    description: 'Alerts of my organization acknowledged, resolved, snoozed or escalated',
    subscribe: ({ context, args }) =>
      subscribeScoped<'alertUpdated', { alert: Alert }>(context as GraphQLContext, 'alertUpdated', async (event, em) => {
        const alert = await em.findOne(Alert, event.alertId);
        const filter = args.filter as AlertUpdatedFilterInput | undefined;
        if (!alert) return false;
        if (filter?.severity?.length && !filter.severity.includes(alert.severity as AlertSeverity)) return false;
        if (filter?.type?.length && !filter.type.includes(alert.type as AlertType)) return false;
        return { alert };
      }),
  })
  alertUpdated(
    @Root() root: { event: AlertUpdatedPayload; alert: Alert },
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => AlertUpdatedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: AlertUpdatedFilterInput,
  ): AlertUpdatedEvent {
    return { change: root.event.change, alert: root.alert, at: new Date(root.event.at) };
  }

  @Authorized('leads:read', 'alerts:read')
  @Subscription(() => HotLeadEvent, {
    description: 'Leads of my organization crossing into HOT',
    subscribe: ({ context }) =>
      subscribeScoped<'hotLead', { lead: Lead; alert: Alert }>(context as GraphQLContext, 'hotLead', async (event, em) => {
        const [lead, alert] = await Promise.all([em.findOne(Lead, event.leadId), em.findOne(Alert, event.alertId)]);
        return lead && alert ? { lead, alert } : false;
      }),
  })
  hotLeads(@Root() root: { event: HotLeadPayload; lead: Lead; alert: Alert }): HotLeadEvent {
    return { lead: root.lead, alert: root.alert, reason: root.event.reason, at: new Date(root.event.at) };
  }

  @Authorized('usage:read')
  @Subscription(() => BudgetAlertEvent, {
    description: "My organization's AI spend crossing 80, 90 and 100 % of the monthly budget",
    subscribe: ({ context }) =>
      subscribeScoped<'budgetAlert', { alert: Alert }>(context as GraphQLContext, 'budgetAlert', async (event, em) => {
        const alert = await em.findOne(Alert, event.alertId);
        return alert ? { alert } : false;
      }),
  })
  budgetAlert(@Root() root: { event: BudgetPayload; alert: Alert }): BudgetAlertEvent {
    const e = root.event;
    return { alert: root.alert, period: e.period, threshold: e.threshold, spentMicros: e.spentMicros, budgetMicros: e.budgetMicros, at: new Date(e.at) };
  }
}
