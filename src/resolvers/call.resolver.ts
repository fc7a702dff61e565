import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AnalyzeCallInput, BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, TranscribeCallInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { ConnectionArgs } from '../schema/connection.args';
import type { GraphQLContext } from '../context';
import type { CallAnalysis } from '../entities/call-analysis.entity';
import { Call } from '../entities/call.entity';
import { CallOrderField } from '../schema/call.enums';
import { CallPayload } from '../schema/call-events.type';
import { CallFilterInput, CallOrderByInput, StartCallInput } from '../schema/call.inputs';
import { ActionItemType, AppointmentType, CallAnalysisType, CallConnection, CallType, ConversationMetrics, Recording, Sentiment, SentimentBySpeaker, TranscriptSegmentType, TranscriptType } from '../schema/call.type';
import type { Transcript } from '../entities/transcript.entity';
import { LeadType } from '../schema/lead.type';
import { OrderDirection } from '../schema/enums';
import { findCallOrFail, findCalls } from '../services/calls/call-query.service';
import { toConnection } from './connection';
import { entityReplay, idempotent } from './idempotent';

@Resolver(() => CallType)
export class CallResolver {
  @Authorized('calls:read')
  @Query(() => CallType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' calls alike; the query's other fields still answer" })
  call(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Call> {
    return findCallOrFail(ctx.em, id);
  }

  @Authorized('calls:read')
  @Query(() => CallConnection)
  async calls(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CallFilterInput, { nullable: true }) filter?: CallFilterInput,
    @Arg('orderBy', () => CallOrderByInput, { nullable: true }) orderBy?: CallOrderByInput,
  ) {
    const order = { field: orderBy?.field ?? CallOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    return toConnection(await findCalls(ctx.em, filter, order, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Places a Twilio call from one of our numbers to the lead; NOT_CONFIGURED without Twilio' })
  async startCall(@Arg('input') input: StartCallInput, @Ctx() ctx: GraphQLContext): Promise<{ call: Call }> {
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

  @FieldResolver(() => LeadType, { nullable: true })
  lead(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return call.lead ? ctx.loaders.leadById.load(call.lead.id) : null;
  }

  @FieldResolver(() => Recording, { nullable: true })
  recording(@Root() call: Call): Recording | null {
    return call.recordingUrl ? { url: call.recordingUrl, sid: call.recordingSid ?? null, seconds: call.recordingSeconds ?? null } : null;
  }

  @FieldResolver(() => TranscriptType, { nullable: true })
  transcript(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.transcriptByCall.load(call.id);
  }

  @FieldResolver(() => CallAnalysisType, { nullable: true, description: 'Live while the call runs, final after' })
  analysis(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.analysisByCall.load(call.id);
  }

  @FieldResolver(() => [ActionItemType])
  actionItems(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.actionItemsByCall.load(call.id);
  }

  @FieldResolver(() => [AppointmentType])
  appointments(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.appointmentsByCall.load(call.id);
  }
}

/** Shapes the stored JSON of an analysis into the schema's types. */
@Resolver(() => CallAnalysisType)
export class CallAnalysisResolver {
  @FieldResolver(() => Sentiment)
  sentiment(@Root() a: CallAnalysis): Sentiment {
    return { label: a.sentiment.label as Sentiment['label'], score: a.sentiment.score };
  }

  @FieldResolver(() => SentimentBySpeaker)
  sentimentBySpeaker(@Root() a: CallAnalysis): SentimentBySpeaker {
    const s = a.sentiment.bySpeaker;
    return { agent: s.AGENT as Sentiment, customer: s.CUSTOMER as Sentiment };
  }

  @FieldResolver(() => ConversationMetrics)
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
  @FieldResolver(() => [CallType], { description: 'Newest first (at most 50)' })
  calls(@Root() lead: { id: string }, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.callsByLead.load(lead.id);
  }
}

@Resolver(() => TranscriptType)
export class TranscriptResolver {
  @FieldResolver(() => [TranscriptSegmentType], { description: 'In sequence order' })
  segments(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.segmentsByTranscript.load(transcript.id);
  }
}
