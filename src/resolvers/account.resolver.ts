import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { ApiKey } from '../entities/api-key.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { UnauthenticatedError } from '../errors';
import { ApiKeyType } from '../schema/api-key.type';
import {
  ApiKeyPayload,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  CreateUserInput,
  LoginInput,
  LoginPayload,
  OrganizationPayload,
  RevokeApiKeyInput,
  UpdateOrganizationInput,
  UserPayload,
  Viewer,
} from '../schema/auth.type';
import { OrganizationType } from '../schema/organization.type';
import { AlertSettingsType } from '../schema/organization-settings.type';
import { UserType } from '../schema/user.type';
import { idempotent } from './idempotent';
import { createApiKeyReplay } from './idempotent-replays';

/** Sign-in, who am I, and the organization's people, keys and settings. */
@Resolver()
export class AccountResolver {
  @Mutation(() => LoginPayload, { description: 'Throttled: after LOGIN_MAX_CONSECUTIVE_FAILURES wrong passwords for one email from one address, or LOGIN_MAX_FAILURES_PER_IP_PER_DAY from one address, answers RATE_LIMITED with extensions.retryAfterSeconds' })
  login(@Arg('input', { description: ARG.input }) input: LoginInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.auth.login(input.email, input.password, ctx.clientIp);
  }

  @Query(() => Viewer, { description: 'Who is calling: the user or API key, the organization and the permissions. UNAUTHENTICATED without sign-in.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<Viewer> {
    const p = ctx.principal;
    if (!p) throw new UnauthenticatedError();
    const organization = await ctx.em.findOneOrFail(Organization, p.organizationId);
    return {
      organization,
      user: p.kind === 'user' ? await ctx.em.findOne(User, p.userId) : null,
      apiKey: p.kind === 'apiKey' ? await ctx.em.findOne(ApiKey, p.apiKeyId) : null,
      permissions: [...p.permissions].sort(),
    };
  }

  @Authorized()
  @Query(() => OrganizationType, { description: 'My organization. Needs sign-in.' })
  organization(@Ctx() ctx: GraphQLContext) {
    return ctx.em.findOneOrFail(Organization, ctx.scope().organizationId);
  }

  @Authorized('org:manage')
  @Mutation(() => OrganizationPayload, { description: 'Changing thresholds re-derives every lead temperature. Needs org:manage (owners).' })
  async updateOrganization(@Arg('input', { description: ARG.input }) input: UpdateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return { organization: await ctx.app.organizations.update(ctx.scope(), input) };
  }

  @Authorized('users:manage')
  @Query(() => [UserType], { description: 'The people of my organization, oldest first (at most 1000). Needs users:manage.', deprecationReason: 'Use usersConnection (paged; this list stops at 1000)' })
  users(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(User, {}, { orderBy: { createdAt: 'asc' }, limit: 1000 });
  }

  @Authorized('users:manage')
  @Mutation(() => UserPayload, { description: 'Creates a user with a password set by the caller. Needs users:manage.' })
  async createUser(@Arg('input', { description: ARG.input }) input: CreateUserInput, @Ctx() ctx: GraphQLContext) {
    const callerRole = ctx.principal?.kind === 'user' ? ctx.principal.role : null;
    return { user: await ctx.app.users.createUser(ctx.scope(), input, callerRole) };
  }

  @Authorized('apikeys:manage')
  @Query(() => [ApiKeyType], { description: 'My organization\'s API keys, newest first, revoked ones included (at most 1000). Needs apikeys:manage.', deprecationReason: 'Use apiKeysConnection (paged; this list stops at 1000)' })
  apiKeys(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1000 });
  }

  @Authorized('apikeys:manage')
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key and returns its secret, once. Needs apikeys:manage.' })
  createApiKey(@Arg('input', { description: ARG.input }) input: CreateApiKeyInput, @Ctx() ctx: GraphQLContext) {
    return idempotent(ctx, 'createApiKey', input, () => ctx.app.apiKeys.create(ctx.scope(), input.name, input.scopes), createApiKeyReplay);
  }

  @Authorized('apikeys:manage')
  @Mutation(() => ApiKeyPayload, { description: 'Revokes an API key: it answers UNAUTHENTICATED from now on. Needs apikeys:manage.' })
  async revokeApiKey(@Arg('input', { description: ARG.input }) input: RevokeApiKeyInput, @Ctx() ctx: GraphQLContext) {
    return { apiKey: await ctx.app.apiKeys.revoke(ctx.scope(), input.id) };
  }
}

/** The stored alert settings, shaped for the schema (the Slack URL stays write-only). */
@Resolver(() => OrganizationType)
export class OrganizationSettingsResolver {
  @FieldResolver(() => AlertSettingsType, { description: 'How alerts escalate and notify.' })
  alertSettings(@Root() org: Organization): AlertSettingsType {
    const s = org.alertSettings;
    const bySeverity = <T>(pick: (severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW') => T) => ({ critical: pick('CRITICAL'), high: pick('HIGH'), medium: pick('MEDIUM'), low: pick('LOW') });
    return {
      escalationMinutes: bySeverity((x) => s.escalationMinutes[x]),
      routing: bySeverity((x) => s.routing[x] as AlertSettingsType['routing']['critical']),
      quietHours: s.quietHours,
      slackWebhookConfigured: !!s.slackWebhookUrl,
    };
  }
}
