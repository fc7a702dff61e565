import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { LoginPayload } from '../schema/auth.type';
import { SignUpInput } from '../schema/onboarding.type';

/** Public sign-up: a new organization without an operator (org:create is the operator's way). */
@Resolver()
export class OnboardingResolver {
  @Mutation(() => LoginPayload, {
    description:
      'No sign-in needed: creates an organization (default settings) with you as its owner and signs you in. Only when the server sets SIGNUP_ENABLED (FORBIDDEN otherwise); at most SIGNUP_MAX_PER_IP_PER_HOUR (5) per address per hour (RATE_LIMITED with extensions.retryAfterSeconds)',
  })
  signUp(@Arg('input', { description: 'The organization and its owner' }) input: SignUpInput, @Ctx() ctx: GraphQLContext) {
    return ctx.app.onboarding.signUp(input, ctx.clientIp);
  }
}
