import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { type Alert, AlertStatus } from '../entities/alert.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { AlertFilterInput, SnoozeAlertInput } from '../schema/alert.inputs';
import { AlertConnection, AlertCounts, AlertObjectType, AlertPayload, NotificationDeliveryType } from '../schema/alert.type';
import { UserType } from '../schema/user.type';
import { alertCounts, findAlertOrFail, findAlerts } from '../services/alerts/alert-query.service';
import { toConnection } from './connection';

@Resolver(() => AlertObjectType)
export class AlertResolver {
  @Authorized('alerts:read')
  @Query(() => AlertConnection, { description: 'My organization\'s alerts, most recently seen first. Needs alerts:read.' })
  async alerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AlertFilterInput, { nullable: true, description: ARG.filter }) filter?: AlertFilterInput,
    @Arg('first', () => Int, { nullable: true, description: ARG.first }) first?: number,
    @Arg('after', () => String, { nullable: true, description: ARG.after }) after?: string,
  ) {
    return toConnection(await findAlerts(ctx.em, filter, { first, after }, ctx.app.config.graphql.maxPageSize));
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
  async acknowledgeAlert(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    return { alert: await ctx.app.alerts.acknowledge(ctx.scope(), id) };
  }

  @Authorized('alerts:write')
  @Mutation(() => AlertPayload, { description: 'Done; a new occurrence of its key opens a new alert. Needs alerts:write.' })
  async resolveAlert(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    return { alert: await ctx.app.alerts.resolve(ctx.scope(), id) };
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

  @FieldResolver(() => [NotificationDeliveryType], { description: 'Who was notified, how, and with what result' })
  deliveries(@Root() alert: Alert, @Ctx() ctx: GraphQLContext) {
    return ctx.em.find(NotificationDelivery, { alert: alert.id }, { orderBy: { createdAt: 'asc' } });
  }
}
