import { Arg, Authorized, Ctx, Field, ID, InputType, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { Alert, AlertSeverity, AlertType } from '../entities/alert.entity';
import { CallAnalysis } from '../entities/call-analysis.entity';
import { Call } from '../entities/call.entity';
import { TranscriptSegment } from '../entities/transcript.entity';
import { AlertRaisedEvent } from '../schema/alert.type';
import { CallUpdatedEvent, LiveCallAnalysisEvent } from '../schema/call-events.type';
import { findCallOrFail } from '../services/calls/call-query.service';
import type { AlertRaisedEvent as AlertRaisedPayload, CallUpdatedEvent as CallUpdatedPayload, LiveCallAnalysisEvent as LivePayload } from '../services/pubsub/events';
import { subscribeScoped } from './subscribe-scoped';

@InputType({ description: 'Which raised alerts to receive; all given conditions must hold.' })
export class AlertRaisedFilterInput {
  @Field(() => [AlertSeverity], { nullable: true, description: 'Only alerts of these severities.' }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true, description: 'Only alerts of these types.' }) type?: AlertType[];
}

type CallRoot = { event: CallUpdatedPayload; call: Call };

const toCallEvent = (root: CallRoot): CallUpdatedEvent => ({ kind: root.event.kind as CallUpdatedEvent['kind'], call: root.call, at: new Date(root.event.at) });

/** Live call state for dashboards: one call, every call starting/ending, the rolling analysis, alerts. */
@Resolver()
export class CallLiveResolver {
  @Authorized('calls:read')
  @Subscription(() => CallUpdatedEvent, {
    description: 'Every change of one call (status, analysis status), after commit',
    subscribe: async ({ context, args }) => {
      const ctx = context as GraphQLContext;
      const call = await findCallOrFail(ctx.em, args.id as string);
      return subscribeScoped<'callUpdated', { call: Call }>(ctx, 'callUpdated', async (event, em) => {
        if (event.callId !== call.id) return false;
        const fresh = await em.findOne(Call, call.id);
        return fresh ? { call: fresh } : false;
      });
    },
  })
  callUpdated(@Root() root: CallRoot, @Arg('id', () => ID, { description: 'The call to follow; NOT_FOUND for an unknown id or another organization\'s.' }) _id: string): CallUpdatedEvent {
    return toCallEvent(root);
  }

  @Authorized('calls:read')
  @Subscription(() => CallUpdatedEvent, {
    description: 'Calls of my organization starting (STARTED) and ending (ENDED)',
    subscribe: ({ context }) =>
      subscribeScoped<'callUpdated', { call: Call }>(context as GraphQLContext, 'callUpdated', async (event, em) => {
        if (event.kind === 'UPDATED') return false;
        const call = await em.findOne(Call, event.callId);
        return call ? { call } : false;
      }),
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
      return subscribeScoped<'liveCallAnalysis', { segment: TranscriptSegment | null; analysis: CallAnalysis | null }>(ctx, 'liveCallAnalysis', async (event, em) => {
        if (event.callId !== call.id) return false;
        const [segment, analysis] = [event.segmentId ? await em.findOne(TranscriptSegment, event.segmentId) : null, await em.findOne(CallAnalysis, { call: call.id })];
        return { segment, analysis };
      });
    },
  })
  liveCallAnalysis(@Root() root: { event: LivePayload; segment: TranscriptSegment | null; analysis: CallAnalysis | null }, @Arg('callId', () => ID, { description: 'The call to follow; NOT_FOUND for an unknown id or another organization\'s.' }) _callId: string): LiveCallAnalysisEvent {
    const e = root.event;
    return {
      callId: e.callId,
      sequence: e.sequence,
      final: e.final,
      segment: root.segment,
      segmentSentiment: e.segmentSentiment as LiveCallAnalysisEvent['segmentSentiment'],
      newBuyingSignals: e.newBuyingSignals as LiveCallAnalysisEvent['newBuyingSignals'],
      newObjections: e.newObjections as LiveCallAnalysisEvent['newObjections'],
      analysis: root.analysis as unknown as LiveCallAnalysisEvent['analysis'],
      at: new Date(e.at),
    };
  }

  @Authorized('alerts:read')
  @Subscription(() => AlertRaisedEvent, {
    description: 'Alerts raised (or counted again) in my organization, after commit',
    subscribe: ({ context, args }) =>
      subscribeScoped<'alertRaised', { alert: Alert }>(context as GraphQLContext, 'alertRaised', async (event, em) => {
        const filter = args.filter as AlertRaisedFilterInput | undefined;
        if (filter?.severity?.length && !filter.severity.includes(event.severity as AlertSeverity)) return false;
        if (filter?.type?.length && !filter.type.includes(event.type as AlertType)) return false;
        const alert = await em.findOne(Alert, event.alertId);
        return alert ? { alert } : false;
      }),
  })
  alertRaised(
    @Root() root: { event: AlertRaisedPayload; alert: Alert },
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => AlertRaisedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: AlertRaisedFilterInput,
  ): AlertRaisedEvent {
    return { alert: root.alert, created: root.event.created };
  }
}
