import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AnalyzeCallInput, BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, TranscribeCallInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { refId } from './ref-id';
import { ChildConnectionArgs, ConnectionArgs } from '../schema/connection.args';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import type { CallAnalysis } from '../entities/call-analysis.entity';
import { Call } from '../entities/call.entity';
import { CallOrderField } from '../schema/call.enums';
import { CallPayload } from '../schema/call-events.type';
import { CallFilterInput, CallOrderByInput, StartCallInput } from '../schema/call.inputs';
import { ActionItemType, AppointmentType, CallAnalysisType, CallConnection, CallType, ConversationMetrics, Recording, Sentiment, SentimentBySpeaker, TranscriptSegmentConnection, TranscriptSegmentType, TranscriptType } from '../schema/call.type';
import type { Transcript } from '../entities/transcript.entity';
import { LeadType } from '../schema/lead.type';
import { OrderDirection } from '../schema/enums';
import { NotFoundError } from '../errors';
import { findCalls } from '../services/calls/call-query.service';
import { isUuid } from '../services/lead.service';
import { childConnection, childList } from './child-connection';
import { toConnection } from './connection';
import { entityReplay, idempotent } from './idempotent';

@Resolver(() => CallType)
export class CallResolver {
  @Authorized('calls:read')
  @Query(() => CallType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' calls alike; the query's other fields still answer" })
  async call(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    const row = isUuid(id) ? await ctx.loaders.callById.load(id) : null;
    if (!row) throw new NotFoundError('Call', id);
    return row;
  }

  @Authorized('calls:read')
  @Query(() => CallConnection, { description: 'My organization\'s calls, filtered and sorted. Needs calls:read.' })
  async calls(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CallFilterInput, { nullable: true, description: ARG.filter }) filter?: CallFilterInput,
    @Arg('orderBy', () => CallOrderByInput, { nullable: true, description: ARG.orderBy }) orderBy?: CallOrderByInput,
  ) {
    const order = { field: orderBy?.field ?? CallOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    return toConnection(await findCalls(ctx.em, filter, order, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Places a Twilio call from one of our numbers to the lead; NOT_CONFIGURED without Twilio. Needs calls:write.' })
  async startCall(@Arg('input', { description: ARG.input }) input: StartCallInput, @Ctx() ctx: GraphQLContext): Promise<{ call: Call }> {
    return idempotent(ctx, 'startCall', input, async () => ({ call: await ctx.app.outboundCalls.start(ctx.scope(), input.leadId, input.fromNumberId) }), entityReplay('call', Call));
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Re-runs the final analysis; returns at once with analysisStatus PENDING' })
  async analyzeCall(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AnalyzeCallInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ): Promise<{ call: Call }> {
    return { call: await ctx.app.callAnalysis.requestAnalysis(ctx.scope(), idOf(input, id)) };
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Transcribes the recording (Whisper), then analyzes; returns at once with analysisStatus PENDING' })
  async transcribeCall(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TranscribeCallInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ): Promise<{ call: Call }> {
    return { call: await ctx.app.callAnalysis.requestTranscription(ctx.scope(), idOf(input, id)) };
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'The lead on the other end; null when unknown or deleted.' })
  lead(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    const leadId = refId(call, 'lead');
    return leadId ? ctx.loaders.leadById.load(leadId) : null;
  }

  @FieldResolver(() => Recording, { nullable: true, description: 'The recording, once the provider has one.' })
  recording(@Root() call: Call): Recording | null {
    return call.recordingUrl ? { url: call.recordingUrl, sid: call.recordingSid ?? null, seconds: call.recordingSeconds ?? null } : null;
  }

  @FieldResolver(() => TranscriptType, { nullable: true, description: 'What was said; null until a segment arrives.' })
  transcript(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.transcriptByCall.load(call.id);
  }

  @FieldResolver(() => CallAnalysisType, { nullable: true, description: 'Live while the call runs, final after' })
  analysis(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.analysisByCall.load(call.id);
  }

  @FieldResolver(() => [ActionItemType], { description: 'Oldest first; first is clamped to 0–50' })
  actionItems(@Root() call: Call, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 50, description: 'How many of the oldest items (0–50)' }) first: number) {
    return childList(ctx, 'callActionItems', call.id, first, 50);
  }

  @FieldResolver(() => [AppointmentType], { description: 'Oldest first; first is clamped to 0–20' })
  appointments(@Root() call: Call, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20, description: 'How many of the oldest appointments (0–20)' }) first: number) {
    return childList(ctx, 'callAppointments', call.id, first, 20);
  }
}

/** Shapes the stored JSON of an analysis into the schema's types. */
@Resolver(() => CallAnalysisType)
export class CallAnalysisResolver {
  @FieldResolver(() => Sentiment, { description: 'Overall tone of the call.' })
  sentiment(@Root() a: CallAnalysis): Sentiment {
    return { label: a.sentiment.label as Sentiment['label'], score: a.sentiment.score };
  }

  @FieldResolver(() => SentimentBySpeaker, { description: 'Tone of each side.' })
  sentimentBySpeaker(@Root() a: CallAnalysis): SentimentBySpeaker {
    const s = a.sentiment.bySpeaker;
    return { agent: s.AGENT as Sentiment, customer: s.CUSTOMER as Sentiment };
  }

  @FieldResolver(() => ConversationMetrics, { description: 'Talk ratio, questions and monologues.' })
  metrics(@Root() a: CallAnalysis): ConversationMetrics {
    const m = a.metrics;
    return {
      agentTalkRatio: m.agentTalkRatio,
      questionsByAgent: m.questionsAsked.agent,
      questionsByCustomer: m.questionsAsked.customer,
      longestMonologueMs: m.longestMonologueMs,
      longestMonologueSpeaker: m.longestMonologueSpeaker as ConversationMetrics['longestMonologueSpeaker'],
    };
  }
}

/** A lead's calls, newest first. */
@Resolver(() => LeadType)
export class LeadCallsResolver {
  @Authorized('calls:read')
  @FieldResolver(() => [CallType], {
    description: 'Newest first; first is clamped to 0–50',
    deprecationReason: 'Use callsConnection: the same calls as a connection (cursors, totalCount, paging both ways)',
  })
  calls(@Root() lead: { id: string }, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 10, description: 'How many of the newest calls (0–50)' }) first: number) {
    return childList(ctx, 'leadCalls', lead.id, first, 50);
  }

  @Authorized('calls:read')
  @FieldResolver(() => CallConnection, { description: "The lead's calls, newest first; 10 per page by default, at most 50" })
  callsConnection(@Root() lead: { id: string }, @Ctx() ctx: GraphQLContext, @Args(() => ChildConnectionArgs) page: ChildConnectionArgs) {
    return childConnection(ctx, 'leadCalls', lead.id, page, { default: 10, max: 50 });
  }
}

@Resolver(() => TranscriptType)
export class TranscriptResolver {
  @FieldResolver(() => [TranscriptSegmentType], {
    description: 'In sequence order; first is clamped to 0–2000',
    deprecationReason: 'Use segmentsConnection: pages of segments (cursors, totalCount, paging both ways) instead of the whole transcript',
  })
  segments(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 2000, description: 'How many segments from the start (0–2000)' }) first: number) {
    return childList(ctx, 'transcriptSegments', transcript.id, first, 2000);
  }

  @FieldResolver(() => TranscriptSegmentConnection, { description: 'Segments in sequence order; 100 per page by default, at most 500' })
  segmentsConnection(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext, @Args(() => ChildConnectionArgs) page: ChildConnectionArgs) {
    return childConnection(ctx, 'transcriptSegments', transcript.id, page, { default: 100, max: 500 });
  }
}
