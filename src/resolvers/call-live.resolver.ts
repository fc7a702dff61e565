import { Arg, Authorized, Ctx, Field, ID, InputType, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { AlertSeverity, AlertType } from '../entities/alert.entity';
import { AlertRaisedEvent } from '../schema/alert.type';
import { CallUpdatedEvent, LiveCallAnalysisEvent } from '../schema/call-events.type';
import { findCallOrFail } from '../services/calls/call-query.service';
import { subscribeScoped, type EventRoot } from './subscribe-scoped';

@InputType({ description: 'Which raised alerts to receive; all given conditions must hold.' })
export class AlertRaisedFilterInput {
  @Field(() => [AlertSeverity], { nullable: true, description: 'Only alerts of these severities.' }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true, description: 'Only alerts of these types.' }) type?: AlertType[];
}

type CallRoot = EventRoot<'callUpdated'>;

/** Only calls that loaded reach here (`keeps`). */
const toCallEvent = (root: CallRoot): CallUpdatedEvent => ({ kind: root.event.kind as CallUpdatedEvent['kind'], call: root.data!, at: new Date(root.event.at) });

/** Live call state for dashboards: one call, every call starting/ending, the rolling analysis, alerts. */
@Resolver()
export class CallLiveResolver {
  @Authorized('calls:read')
  @Subscription(() => CallUpdatedEvent, {
    description: 'Every change of one call (status, analysis status), after commit',
    subscribe: async ({ context, args }) => {
      const ctx = context as GraphQLContext;
      const call = await findCallOrFail(ctx.em, args.id as string);
      return subscribeScoped(ctx, 'callUpdated', { wants: (event) => event.callId === call.id, keeps: (_event, fresh) => fresh !== null });
    },
  })
  callUpdated(@Root() root: CallRoot, @Arg('id', () => ID, { description: 'The call to follow; NOT_FOUND for an unknown id or another organization\'s.' }) _id: string): CallUpdatedEvent {
    return toCallEvent(root);
  }

  @Authorized('calls:read')
  @Subscription(() => CallUpdatedEvent, {
    description: 'Calls of my organization starting (STARTED) and ending (ENDED)',
    subscribe: ({ context }) =>
      subscribeScoped(context as GraphQLContext, 'callUpdated', { wants: (event) => event.kind !== 'UPDATED', keeps: (_event, call) => call !== null }),
  })
  liveCalls(@Root() root: CallRoot): CallUpdatedEvent {
    return toCallEvent(root);
  }

  @Authorized('calls:read')
  @Subscription(() => LiveCallAnalysisEvent, {
    description: 'Each final segment of a live call with its sentiment and new signals/objections, then the final analysis (final: true)',
    subscribe: async ({ context, args }) => {
      const ctx = context as GraphQLContext;
      const call = await findCallOrFail(ctx.em, args.callId as string);
      return subscribeScoped(ctx, 'liveCallAnalysis', { wants: (event) => event.callId === call.id });
    },
  })
  liveCallAnalysis(@Root() root: EventRoot<'liveCallAnalysis'>, @Arg('callId', () => ID, { description: 'The call to follow; NOT_FOUND for an unknown id or another organization\'s.' }) _callId: string): LiveCallAnalysisEvent {
    const e = root.event;
    return {
      callId: e.callId,
      sequence: e.sequence,
      final: e.final,
      segment: root.data.segment,
      segmentSentiment: e.segmentSentiment as LiveCallAnalysisEvent['segmentSentiment'],
      newBuyingSignals: e.newBuyingSignals as LiveCallAnalysisEvent['newBuyingSignals'],
      newObjections: e.newObjections as LiveCallAnalysisEvent['newObjections'],
      analysis: root.data.analysis as unknown as LiveCallAnalysisEvent['analysis'],
      at: new Date(e.at),
    };
  }

  @Authorized('alerts:read')
  @Subscription(() => AlertRaisedEvent, {
    description: 'Alerts raised (or counted again) in my organization, after commit',
    subscribe: ({ context, args }) => {
      const filter = args.filter as AlertRaisedFilterInput | undefined;
      return subscribeScoped(context as GraphQLContext, 'alertRaised', {
        wants: (event) =>
          !(filter?.severity?.length && !filter.severity.includes(event.severity as AlertSeverity)) && !(filter?.type?.length && !filter.type.includes(event.type as AlertType)),
        keeps: (_event, alert) => alert !== null,
      });
    },
  })
  alertRaised(
    @Root() root: EventRoot<'alertRaised'>,
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => AlertRaisedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: AlertRaisedFilterInput,
  ): AlertRaisedEvent {
    return { alert: root.data!, created: root.event.created };
  }
}
