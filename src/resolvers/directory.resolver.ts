import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../schema/connection.args';
import type { GraphQLContext } from '../context';
import { ApiKey } from '../entities/api-key.entity';
import { PhoneNumber } from '../entities/phone-number.entity';
import { User } from '../entities/user.entity';
import { ApiKeyConnection, TwilioNumberConnection, UserConnection } from '../schema/directory.type';
import { findPage } from '../services/pagination';
import { toConnection } from './connection';


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
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return page(ctx, User, { createdAt: 'asc' }, args);
  }

  @Authorized('apikeys:manage')
  @Query(() => ApiKeyConnection, { description: "The organization's API keys (revoked ones too, with revokedAt), newest first; never their secrets. Owners and admins" })
  async apiKeysConnection(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return page(ctx, ApiKey, { createdAt: 'desc' }, args);
  }

  @Authorized('calls:read')
  @Query(() => TwilioNumberConnection, { description: "The organization's registered Twilio numbers, oldest first" })
  async phoneNumbersConnection(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return page(ctx, PhoneNumber, { createdAt: 'asc' }, args);
  }
}

async function page<T extends object>(ctx: GraphQLContext, entity: EntityName<T>, orderBy: QueryOrderMap<T>, args: ConnectionArgs) {
  // The tenant filter scopes the rows: no condition of our own.
  return toConnection(await findPage(ctx.em, entity, () => ({}) as FilterQuery<T>, orderBy, args, ctx.app.config.graphql.maxPageSize, null));
}
