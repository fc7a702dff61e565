import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../schema/connection.args';
import type { FilterQuery } from '@mikro-orm/core';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { AuditEvent } from '../entities/audit-event.entity';
import { AuditEventConnection } from '../schema/audit.type';
import { findPage } from '../services/pagination';
import { toConnection } from './connection';

@InputType({ description: 'Which audit events to list; all given conditions must hold.' })
export class AuditEventFilterInput {
  @Field({ nullable: true, description: 'e.g. Lead' })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Changes to this object.' })
  entityId?: string;

  @Field({ nullable: true, description: 'e.g. lead.update' })
  action?: string;

  @Field(() => ID, { nullable: true, description: 'Changes made by this User or ApiKey.' })
  actorId?: string;

  @Field({ nullable: true, description: 'Recorded at or after this instant.' })
  after?: Date;

  @Field({ nullable: true, description: 'Recorded before this instant.' })
  before?: Date;
}

@Resolver()
export class AuditResolver {
  @Authorized('audit:read')
  @Query(() => AuditEventConnection, { description: 'Recorded changes of my organization, newest first. Needs audit:read.' })
  async auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilterInput, { nullable: true, description: ARG.filter }) filter?: AuditEventFilterInput,
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
