import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, CancelAppointmentInput, CompleteActionItemInput, ConfirmAppointmentInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { refId } from './ref-id';
import { ConnectionArgs } from '../schema/connection.args';
import type { GraphQLContext } from '../context';
import { ActionItemStatus, type ActionItem } from '../entities/action-item.entity';
import { AppointmentStatus, type Appointment } from '../entities/appointment.entity';
import { AppointmentFilterInput, UpdateActionItemInput } from '../schema/call.inputs';
import { ActionItemType, AppointmentConnection, AppointmentType, CallType } from '../schema/call.type';
import { LeadType } from '../schema/lead.type';
import { findAppointments } from '../services/calls/call-query.service';
import { toConnection } from './connection';

@ObjectType()
class ActionItemPayload {
  @Field(() => ActionItemType) actionItem!: ActionItemType;
}

@ObjectType()
class AppointmentPayload {
  @Field(() => AppointmentType) appointment!: AppointmentType;
}

/** What calls leave behind for people: action items and appointments. */
@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Authorized('calls:write')
  @Mutation(() => ActionItemPayload)
  async updateActionItem(@Arg('input') input: UpdateActionItemInput, @Ctx() ctx: GraphQLContext) {
    const { id, ...patch } = input;
    return { actionItem: await ctx.app.followUps.updateActionItem(ctx.scope(), id, patch) };
  }

  @Authorized('calls:write')
  @Mutation(() => ActionItemPayload)
  async completeActionItem(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CompleteActionItemInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { actionItem: await ctx.app.followUps.updateActionItem(ctx.scope(), idOf(input, id), { status: ActionItemStatus.DONE }) };
  }

  @FieldResolver(() => CallType)
  call(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.callById.load(refId(item, 'call')!);
  }

  @FieldResolver(() => LeadType, { nullable: true })
  lead(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    const leadId = refId(item, 'lead');
    return leadId ? ctx.loaders.leadById.load(leadId) : null;
  }
}

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Authorized('calls:read')
  @Query(() => AppointmentConnection, { description: 'Soonest first' })
  async appointments(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AppointmentFilterInput, { nullable: true }) filter?: AppointmentFilterInput,
  ) {
    return toConnection(await findAppointments(ctx.em, filter, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload, { description: 'A person confirms an appointment the call analysis proposed' })
  async confirmAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConfirmAppointmentInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), idOf(input, id), AppointmentStatus.CONFIRMED) };
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload)
  async cancelAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CancelAppointmentInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), idOf(input, id), AppointmentStatus.CANCELED) };
  }

  @FieldResolver(() => LeadType, { nullable: true })
  lead(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    const leadId = refId(appointment, 'lead');
    return leadId ? ctx.loaders.leadById.load(leadId) : null;
  }

  @FieldResolver(() => CallType, { nullable: true })
  call(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    const callId = refId(appointment, 'call');
    return callId ? ctx.loaders.callById.load(callId) : null;
  }
}
