import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AcknowledgeAlertInput, BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, ResolveAlertInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { ConnectionArgs } from '../schema/connection.args';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { type Alert, AlertStatus } from '../entities/alert.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { AlertFilterInput, SnoozeAlertInput } from '../schema/alert.inputs';
import { AlertConnection, AlertCounts, AlertObjectType, AlertPayload, NotificationDeliveryType } from '../schema/alert.type';
import { UserType } from '../schema/user.type';
import { alertCounts, findAlertOrFail, findAlerts } from '../services/alerts/alert-query.service';
import { childList } from './child-connection';
import { toConnection } from './connection';

@Resolver(() => AlertObjectType)
export class AlertResolver {
  @Authorized('alerts:read')
  @Query(() => AlertConnection, { description: 'My organization\'s alerts, most recently seen first. Needs alerts:read.' })
  async alerts(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AlertFilterInput, { nullable: true, description: ARG.filter }) filter?: AlertFilterInput,
  ) {
    return toConnection(await findAlerts(ctx.em, filter, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('alerts:read')
  @Query(() => AlertObjectType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' alerts alike; the query's other fields still answer" })
  alert(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext): Promise<Alert> {
    return findAlertOrFail(ctx.em, id);
  }

  @Authorized('alerts:read')
  @Query(() => AlertCounts, { description: 'For a dashboard badge: alerts in these statuses (default OPEN) by severity' })
  async alertCounts(@Ctx() ctx: GraphQLContext, @Arg('status', () => [AlertStatus], { nullable: true, description: 'Count alerts in these statuses; default OPEN.' }) status?: AlertStatus[]): Promise<AlertCounts> {
    const c = await alertCounts(ctx.em, status?.length ? status : undefined);
    return { critical: c.CRITICAL, high: c.HIGH, medium: c.MEDIUM, low: c.LOW, total: c.total };
  }

  @Authorized('alerts:write')
  @Mutation(() => AlertPayload, { description: 'Someone is on it: stops escalation. Needs alerts:write.' })
  async acknowledgeAlert(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AcknowledgeAlertInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { alert: await ctx.app.alerts.acknowledge(ctx.scope(), idOf(input, id)) };
  }

  @Authorized('alerts:write')
  @Mutation(() => AlertPayload, { description: 'Done; a new occurrence of its key opens a new alert. Needs alerts:write.' })
  async resolveAlert(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ResolveAlertInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { alert: await ctx.app.alerts.resolve(ctx.scope(), idOf(input, id)) };
  }

  @Authorized('alerts:write')
  @Mutation(() => AlertPayload, { description: 'Quiet until input.until: no escalation or notifications; escalation restarts from then. Needs alerts:write.' })
  async snoozeAlert(@Arg('input', { description: ARG.input }) input: SnoozeAlertInput, @Ctx() ctx: GraphQLContext) {
    return { alert: await ctx.app.alerts.snooze(ctx.scope(), input.id, input.until) };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who acknowledged it; null while nobody has, when an API key did, or when that user is gone.' })
  acknowledgedByUser(@Root() alert: Alert, @Ctx() ctx: GraphQLContext) {
    return alert.acknowledgedBy ? ctx.loaders.userById.load(alert.acknowledgedBy) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who resolved it; null while unresolved, when an API key or the system did, or when that user is gone.' })
  resolvedByUser(@Root() alert: Alert, @Ctx() ctx: GraphQLContext) {
    return alert.resolvedBy ? ctx.loaders.userById.load(alert.resolvedBy) : null;
  }

  @FieldResolver(() => [NotificationDeliveryType], { description: 'Who was notified, how, and with what result; oldest first, first clamped to 0–100' })
  deliveries(@Root() alert: Alert, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 100, description: 'How many of the oldest deliveries (0–100)' }) first: number) {
    return childList(ctx, 'alertDeliveries', alert.id, first, 100);
  }
}
