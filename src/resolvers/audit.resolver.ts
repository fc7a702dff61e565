import { Arg, Args, Authorized, Ctx, Field, InputType, Int, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../schema/connection.args';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { AuditEvent } from '../entities/audit-event.entity';
import { AuditEventConnection } from '../schema/audit.type';
import { findPage } from '../services/pagination';
import { toConnection } from './connection';

@InputType()
export class AuditEventFilterInput {
  @Field({ nullable: true, description: 'e.g. Lead' })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field({ nullable: true, description: 'e.g. lead.update' })
  action?: string;

  @Field({ nullable: true })
  actorId?: string;

  @Field({ nullable: true })
  after?: Date;

  @Field({ nullable: true })
  before?: Date;
}

@Resolver()
export class AuditResolver {
  @Authorized('audit:read')
  @Query(() => AuditEventConnection, { description: 'Newest first' })
  async auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilterInput, { nullable: true }) filter?: AuditEventFilterInput,
  ) {
    const where: FilterQuery<AuditEvent> = {};
    if (filter?.entityType) where.entityType = filter.entityType;
    if (filter?.entityId) where.entityId = filter.entityId;
    if (filter?.action) where.action = filter.action;
    if (filter?.actorId) where.actorId = filter.actorId;
    if (filter?.after || filter?.before) {
      where.createdAt = { ...(filter.after ? { $gte: filter.after } : {}), ...(filter.before ? { $lt: filter.before } : {}) };
    }
    return toConnection(await findPage(ctx.em, AuditEvent, () => where, { createdAt: 'desc' }, page, ctx.app.config.graphql.maxPageSize, filter));
  }
}
