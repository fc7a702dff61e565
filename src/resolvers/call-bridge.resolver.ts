import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { Call } from '../entities/call.entity';
import { BadUserInputError, NotFoundError } from '../errors';
import { AppendTranscriptSegmentsPayload, CallPayload } from '../schema/call-events.type';
import { AppendTranscriptSegmentsInput, RecordCallEventInput } from '../schema/call.inputs';
import { findCallOrFail } from '../services/calls/call-query.service';

/**
 * For integrations that do not use our Twilio webhooks: the same service code,
 * behind an API key with the `bridge` scope.
 */
@Resolver()
export class CallBridgeResolver {
  @Authorized('bridge')
  @Mutation(() => CallPayload, { description: 'Creates or advances a call by callSid; replays and late events never move it backwards' })
  async recordCallEvent(@Arg('input', { description: ARG.input }) input: RecordCallEventInput, @Ctx() ctx: GraphQLContext) {
    return { call: await ctx.app.calls.recordCallEvent(ctx.scope(), input) };
  }

  @Authorized('bridge')
  @Mutation(() => AppendTranscriptSegmentsPayload, { description: 'Idempotent by (call, sequence); order is restored by sequence' })
  async appendTranscriptSegments(@Arg('input', { description: ARG.input }) input: AppendTranscriptSegmentsInput, @Ctx() ctx: GraphQLContext) {
    const callId = await resolveCallId(ctx, input);
    const { inserted } = await ctx.app.calls.appendSegments(ctx.scope(), callId, input.segments);
    return { call: await ctx.loaders.callById.load(callId), inserted };
  }
}

async function resolveCallId(ctx: GraphQLContext, input: AppendTranscriptSegmentsInput): Promise<string> {
  if (input.callId) return (await findCallOrFail(ctx.em, input.callId)).id;
  if (!input.callSid) throw BadUserInputError.forField('input.callId', 'give callId or callSid');
  const call = await ctx.em.findOne(Call, { twilioCallSid: input.callSid });
  if (!call) throw new NotFoundError('Call', input.callSid);
  return call.id;
}
