import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import type { AlertSeverity, AlertType } from '../entities/alert.entity';
import { AlertUpdatedFilterInput } from '../schema/alert.inputs';
import { AlertUpdatedEvent, BudgetAlertEvent, HotLeadEvent } from '../schema/alert.type';
import { subscribeScoped, type EventRoot } from './subscribe-scoped';

/** Alert state for dashboards: changes to alerts, leads turning hot, AI budget thresholds. */
@Resolver()
export class AlertLiveResolver {
  @Authorized('alerts:read')
  @Subscription(() => AlertUpdatedEvent, {
    description: 'Alerts of my organization acknowledged, resolved, snoozed or escalated',
    subscribe: ({ context, args }) => {
      const filter = args.filter as AlertUpdatedFilterInput | undefined;
      return subscribeScoped(context as GraphQLContext, 'alertUpdated', {
        keeps: (_event, alert) =>
          alert !== null &&
          !(filter?.severity?.length && !filter.severity.includes(alert.severity as AlertSeverity)) &&
          !(filter?.type?.length && !filter.type.includes(alert.type as AlertType)),
      });
    },
  })
  alertUpdated(
    @Root() root: EventRoot<'alertUpdated'>,
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => AlertUpdatedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: AlertUpdatedFilterInput,
  ): AlertUpdatedEvent {
    return { change: root.event.change, alert: root.data!, at: new Date(root.event.at) };
  }

  @Authorized('leads:read', 'alerts:read')
  @Subscription(() => HotLeadEvent, {
    description: 'Leads of my organization crossing into HOT',
    subscribe: ({ context }) => subscribeScoped(context as GraphQLContext, 'hotLead', { keeps: (_event, { lead, alert }) => lead !== null && alert !== null }),
  })
  hotLeads(@Root() root: EventRoot<'hotLead'>): HotLeadEvent {
    return { lead: root.data.lead!, alert: root.data.alert!, reason: root.event.reason, at: new Date(root.event.at) };
  }

  @Authorized('usage:read')
  @Subscription(() => BudgetAlertEvent, {
    description: "My organization's AI spend crossing 80, 90 and 100 % of the monthly budget",
    subscribe: ({ context }) => subscribeScoped(context as GraphQLContext, 'budgetAlert', { keeps: (_event, alert) => alert !== null }),
  })
  budgetAlert(@Root() root: EventRoot<'budgetAlert'>): BudgetAlertEvent {
    const e = root.event;
    return { alert: root.data!, period: e.period, threshold: e.threshold, spentMicros: e.spentMicros, budgetMicros: e.budgetMicros, at: new Date(e.at) };
  }
}
