import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ApiKey } from '../entities/api-key.entity';
import { PhoneNumber } from '../entities/phone-number.entity';
import { User } from '../entities/user.entity';
import { ApiKeyConnection, TwilioNumberConnection, UserConnection } from '../schema/directory.type';
import { findPage } from '../services/pagination';
import { toConnection } from './connection';

const FIRST = 'Page size, 1 to MAX_PAGE_SIZE (100 unless configured; larger is refused with BAD_USER_INPUT, not cut); default 20';
const AFTER = "The endCursor of the previous page of this connection (a cursor of another connection is BAD_USER_INPUT on after)";

/**
 * The organization's people, API keys and phone numbers, paged. They replace
 * the plain lists `users`, `apiKeys` and `phoneNumbers` (deprecated, still
 * answering; docs/design.md §8 says why the names differ).
 */
@Resolver()
export class DirectoryResolver {
  @Authorized('users:manage')
  @Query(() => UserConnection, { description: "The organization's users (active and deactivated), oldest first. Owners and admins" })
  async usersConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return page(ctx, User, { createdAt: 'asc' }, first, after);
  }

  @Authorized('apikeys:manage')
  @Query(() => ApiKeyConnection, { description: "The organization's API keys (revoked ones too, with revokedAt), newest first; never their secrets. Owners and admins" })
  async apiKeysConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return page(ctx, ApiKey, { createdAt: 'desc' }, first, after);
  }

  @Authorized('calls:read')
  @Query(() => TwilioNumberConnection, { description: "The organization's registered Twilio numbers, oldest first" })
  async phoneNumbersConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return page(ctx, PhoneNumber, { createdAt: 'asc' }, first, after);
  }
}

async function page<T extends object>(ctx: GraphQLContext, entity: EntityName<T>, orderBy: QueryOrderMap<T>, first?: number | null, after?: string | null) {
  // The tenant filter scopes the rows: no condition of our own.
  return toConnection(await findPage(ctx.em, entity, () => ({}) as FilterQuery<T>, orderBy, { first, after }, ctx.app.config.graphql.maxPageSize, null));
}
