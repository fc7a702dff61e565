import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
  async completeActionItem(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await ctx.app.followUps.updateActionItem(ctx.scope(), id, { status: ActionItemStatus.DONE }) };
  }

  @FieldResolver(() => CallType, { description: 'The call it was promised on.' })
  call(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.callById.load(item.call.id);
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'The lead it concerns; null when the call had none.' })
  lead(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return item.lead ? ctx.loaders.leadById.load(item.lead.id) : null;
  }
}

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Authorized('calls:read')
  @Query(() => AppointmentConnection, { description: 'My organization\'s appointments, soonest first. Needs calls:read.' })
  async appointments(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AppointmentFilterInput, { nullable: true, description: ARG.filter }) filter?: AppointmentFilterInput,
    @Arg('first', () => Int, { nullable: true, description: ARG.first }) first?: number,
    @Arg('after', () => String, { nullable: true, description: ARG.after }) after?: string,
  ) {
    return toConnection(await findAppointments(ctx.em, filter, { first, after }, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload, { description: 'A person confirms an appointment the call analysis proposed. Needs calls:write.' })
  async confirmAppointment(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), id, AppointmentStatus.CONFIRMED) };
  }

  @Authorized('calls:write')
  @Mutation(() => AppointmentPayload, { description: 'Cancels an appointment. Needs calls:write.' })
  async cancelAppointment(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    return { appointment: await ctx.app.followUps.setAppointmentStatus(ctx.scope(), id, AppointmentStatus.CANCELED) };
  }

  @FieldResolver(() => LeadType, { nullable: true, description: 'Who it is with; null when the lead was deleted.' })
  lead(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    return appointment.lead ? ctx.loaders.leadById.load(appointment.lead.id) : null;
  }

  @FieldResolver(() => CallType, { nullable: true, description: 'The call it was agreed on; null when entered otherwise.' })
  call(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext) {
    return appointment.call ? ctx.loaders.callById.load(appointment.call.id) : null;
  }
}
