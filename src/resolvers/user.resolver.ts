import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { LoginPayload, UserPayload } from '../schema/auth.type';
import {
  AcceptInviteInput,
  ChangePasswordInput,
  ChangeUserRoleInput,
  DeactivateUserInput,
  InviteUserInput,
  InviteUserPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
} from '../schema/user-management.type';

const callerRole = (ctx: GraphQLContext) => (ctx.principal?.kind === 'user' ? ctx.principal.role : null);

/** Managing people, and the flows a person runs on their own account (password, reset, invitation). */
@Resolver()
export class UserResolver {
  @Authorized('users:manage')
  @Mutation(() => UserPayload, { description: "Deactivates a user: ends their sessions and open sockets; they can no longer sign in" })
  async deactivateUser(@Arg('input', { description: ARG.input }) input: DeactivateUserInput, @Ctx() ctx: GraphQLContext) {
    return { user: await ctx.app.users.deactivateUser(ctx.scope(), input.userId, callerRole(ctx)) };
  }

  @Authorized('users:manage')
  @Mutation(() => UserPayload, { description: "Changes a user's role; ends their sessions so the new permissions apply at once" })
  async changeUserRole(@Arg('input', { description: ARG.input }) input: ChangeUserRoleInput, @Ctx() ctx: GraphQLContext) {
    return { user: await ctx.app.users.changeUserRole(ctx.scope(), input.userId, input.role, callerRole(ctx)) };
  }

  @Authorized('profile:write')
  @Mutation(() => LoginPayload, { description: 'Changes my password (needs the current one); ends my other sessions and returns a new token' })
  changePassword(@Arg('input', { description: ARG.input }) input: ChangePasswordInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.users.changePassword(ctx.scope(), input.currentPassword, input.newPassword, ctx.clientIp);
  }

  @Authorized('users:manage')
  @Mutation(() => InviteUserPayload, { description: 'Emails a one-time invitation (SMTP, or the outbox without SMTP_URL); acceptInvite creates the account' })
  inviteUser(@Arg('input', { description: ARG.input }) input: InviteUserInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.users.inviteUser(ctx.scope(), input, callerRole(ctx));
  }

  @Mutation(() => LoginPayload, { description: 'No sign-in needed: creates the invited account from the emailed token and signs it in' })
  acceptInvite(@Arg('input', { description: ARG.input }) input: AcceptInviteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.users.acceptInvite(input);
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'No sign-in needed: emails a one-time reset link if the address belongs to an active user; answers the same either way' })
  async requestPasswordReset(@Arg('input', { description: ARG.input }) input: RequestPasswordResetInput, @Ctx() ctx: GraphQLContext) {
    await ctx.app.users.requestPasswordReset(input.email);
    return { accepted: true };
  }

  @Mutation(() => LoginPayload, { description: 'No sign-in needed: sets a new password with the emailed token (works once), ends every other session and signs in' })
  resetPassword(@Arg('input', { description: ARG.input }) input: ResetPasswordInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.users.resetPassword(input);
  }
}
