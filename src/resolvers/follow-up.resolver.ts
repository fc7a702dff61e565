import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, CancelAppointmentInput, CompleteActionItemInput, ConfirmAppointmentInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { refId } from './ref-id';
import { ConnectionArgs } from '../schema/connection.args';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { ActionItemStatus, type ActionItem } from '../entities/action-item.entity';
import { AppointmentStatus, type Appointment } from '../entities/appointment.entity';
import { AppointmentFilterInput, UpdateActionItemInput } from '../schema/call.inputs';
import { ActionItemType, AppointmentConnection, AppointmentType, CallType } from '../schema/call.type';
import { LeadType } from '../schema/lead.type';
import { findAppointments } from '../services/calls/call-query.service';
import { toConnection } from './connection';

@ObjectType({ description: 'The result of an action item mutation.' })
class ActionItemPayload {
  @Field(() => ActionItemType, { description: 'The action item as stored after the mutation.' }) actionItem!: ActionItemType;
}

@ObjectType({ description: 'The result of an appointment mutation.' })
class AppointmentPayload {
  @Field(() => AppointmentType, { description: 'The appointment as stored after the mutation.' }) appointment!: AppointmentType;
}

/** What calls leave behind for people: action items and appointments. */
@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Authorized('calls:write')
  @Mutation(() => ActionItemPayload, { description: 'Changes an action item\'s text, due date or status. Needs calls:write.' })
  async updateActionItem(@Arg('input', { description: ARG.input }) input: UpdateActionItemInput, @Ctx() ctx: GraphQLContext) {
    const { id, ...patch } = input;
    return { actionItem: await ctx.app.followUps.updateActionItem(ctx.scope(), id, patch) };
  }

  @Authorized('calls:write')
  @Mutation(() => ActionItemPayload, { description: 'Marks an action item DONE. Needs calls:write.' })
  async completeActionItem(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CompleteActionItemInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { actionItem: await ctx.app.followUps.updateActionItem(ctx.scope(), idOf(input, id), { status: ActionItemStatus.DONE }) };
  }

  @FieldResolver(() => CallType, { description: 'The call it was promised on.' })
  call(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.callById.load(refId(item, 'call')!);
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'The lead it concerns; null when the call had none.' })
  lead(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    const leadId = refId(item, 'lead');
    return leadId ? ctx.loaders.leadById.load(leadId) : null;
  }
}

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Authorized('calls:read')
  @Query(() => AppointmentConnection, { description: 'My organization\'s appointments, soonest first. Needs calls:read.' })
  async appointments(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AppointmentFilterInput, { nullable: true, description: ARG.filter }) filter?: AppointmentFilterInput,
  ) {
    return toConnection(await findAppointments(ctx.em, filter, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload, { description: 'A person confirms an appointment the call analysis proposed. Needs calls:write.' })
  async confirmAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConfirmAppointmentInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), idOf(input, id), AppointmentStatus.CONFIRMED) };
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload, { description: 'Cancels an appointment. Needs calls:write.' })
  async cancelAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CancelAppointmentInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), idOf(input, id), AppointmentStatus.CANCELED) };
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'Who it is with; null when the lead was deleted.' })
  lead(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    const leadId = refId(appointment, 'lead');
    return leadId ? ctx.loaders.leadById.load(leadId) : null;
  }

  @FieldResolver(() => CallType, { nullable: true, description: 'The call it was agreed on; null when entered otherwise.' })
  call(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    const callId = refId(appointment, 'call');
    return callId ? ctx.loaders.callById.load(callId) : null;
  }
}
