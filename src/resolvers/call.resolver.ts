import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import type { CallAnalysis } from '../entities/call-analysis.entity';
import type { Call } from '../entities/call.entity';
import { CallOrderField } from '../schema/call.enums';
import { CallPayload } from '../schema/call-events.type';
import { CallFilterInput, CallOrderByInput, StartCallInput } from '../schema/call.inputs';
import { ActionItemType, AppointmentType, CallAnalysisType, CallConnection, CallType, ConversationMetrics, Recording, Sentiment, SentimentBySpeaker, TranscriptSegmentType, TranscriptType } from '../schema/call.type';
import type { Transcript } from '../entities/transcript.entity';
import { LeadType } from '../schema/lead.type';
import { OrderDirection } from '../schema/enums';
import { findCallOrFail, findCalls } from '../services/calls/call-query.service';
import { toConnection } from './connection';

@Resolver(() => CallType)
export class CallResolver {
  @Authorized('calls:read')
  @Query(() => CallType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' calls alike; the query's other fields still answer" })
  call(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext): Promise<Call> {
    return findCallOrFail(ctx.em, id);
  }

  @Authorized('calls:read')
  @Query(() => CallConnection, { description: 'My organization\'s calls, filtered and sorted. Needs calls:read.' })
  async calls(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => CallFilterInput, { nullable: true, description: ARG.filter }) filter?: CallFilterInput,
    @Arg('orderBy', () => CallOrderByInput, { nullable: true, description: ARG.orderBy }) orderBy?: CallOrderByInput,
    @Arg('first', () => Int, { nullable: true, description: ARG.first }) first?: number,
    @Arg('after', () => String, { nullable: true, description: ARG.after }) after?: string,
  ) {
    const order = { field: orderBy?.field ?? CallOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    return toConnection(await findCalls(ctx.em, filter, order, { first, after }, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Places a Twilio call from one of our numbers to the lead; NOT_CONFIGURED without Twilio. Needs calls:write.' })
  async startCall(@Arg('input', { description: ARG.input }) input: StartCallInput, @Ctx() ctx: GraphQLContext): Promise<{ call: Call }> {
    return { call: await ctx.app.outboundCalls.start(ctx.scope(), input.leadId, input.fromNumberId) };
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Re-runs the final analysis; returns at once with analysisStatus PENDING' })
  async analyzeCall(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext): Promise<{ call: Call }> {
    return { call: await ctx.app.callAnalysis.requestAnalysis(ctx.scope(), id) };
  }

  @Authorized('calls:write')
  @Mutation(() => CallPayload, { description: 'Transcribes the recording (Whisper), then analyzes; returns at once with analysisStatus PENDING' })
  async transcribeCall(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext): Promise<{ call: Call }> {
    return { call: await ctx.app.callAnalysis.requestTranscription(ctx.scope(), id) };
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'The lead on the other end; null when unknown or deleted.' })
  lead(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return call.lead ? ctx.loaders.leadById.load(call.lead.id) : null;
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

  @FieldResolver(() => [ActionItemType], { description: 'Promises found by the final analysis, oldest first (at most 50).' })
  actionItems(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.actionItemsByCall.load(call.id);
  }

  @FieldResolver(() => [AppointmentType], { description: 'Appointments agreed on this call, oldest first (at most 20).' })
  appointments(@Root() call: Call, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.appointmentsByCall.load(call.id);
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
