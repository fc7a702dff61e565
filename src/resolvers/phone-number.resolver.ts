import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BARE_ID_DEPRECATION, BY_ID_INPUT_DESCRIPTION, DeletePhoneNumberInput, type ByIdInput } from '../schema/by-id.inputs';
import { idOf } from './by-id';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { PhoneNumber } from '../entities/phone-number.entity';
import { PhoneNumberInput, UpdatePhoneNumberInput } from '../schema/call.inputs';
import { PhoneNumberType } from '../schema/call.type';

@ObjectType({ description: 'The result of a phone number mutation.' })
class PhoneNumberPayload {
  @Field(() => PhoneNumberType, { description: 'The number as stored after the mutation.' }) phoneNumber!: PhoneNumberType;
}

@ObjectType({ description: 'The result of deletePhoneNumber.' })
class DeletePhoneNumberPayload {
  @Field(() => ID, { description: 'The id of the number that was removed.' }) deletedPhoneNumberId!: string;
}

@Resolver(() => PhoneNumberType)
export class PhoneNumberResolver {
  @Authorized('calls:read')
  @Query(() => [PhoneNumberType], { description: 'My organization\'s Twilio numbers, oldest first (at most 1000). Needs calls:read.', deprecationReason: 'Use phoneNumbersConnection (paged; this list stops at 1000)' })
  phoneNumbers(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(PhoneNumber, {}, { orderBy: { createdAt: 'asc' }, limit: 1000 });
  }

  @Authorized('numbers:manage')
  @Mutation(() => PhoneNumberPayload, { description: 'Registers one of our Twilio numbers; inbound calls to it belong to this organization. Needs numbers:manage.' })
  async createPhoneNumber(@Arg('input', { description: ARG.input }) input: PhoneNumberInput, @Ctx() ctx: GraphQLContext) {
    const { e164, ...fields } = input;
    return { phoneNumber: await ctx.app.phoneNumbers.create(ctx.scope(), e164, fields) };
  }

  @Authorized('numbers:manage')
  @Mutation(() => PhoneNumberPayload, { description: 'Changes a number\'s label, purpose or forwarding. Needs numbers:manage.' })
  async updatePhoneNumber(@Arg('input', { description: ARG.input }) input: UpdatePhoneNumberInput, @Ctx() ctx: GraphQLContext) {
    const { id, ...fields } = input;
    return { phoneNumber: await ctx.app.phoneNumbers.update(ctx.scope(), id, fields) };
  }

  @Authorized('numbers:manage')
  @Mutation(() => DeletePhoneNumberPayload, { description: 'Removes a number; inbound calls to it are no longer taken. Needs numbers:manage.' })
  async deletePhoneNumber(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DeletePhoneNumberInput, { nullable: true, description: BY_ID_INPUT_DESCRIPTION }) input?: ByIdInput | null,
    @Arg('id', () => ID, { nullable: true, deprecationReason: BARE_ID_DEPRECATION, description: 'The same id as input.id (older clients)' }) id?: string | null,
  ) {
    return { deletedPhoneNumberId: await ctx.app.phoneNumbers.delete(ctx.scope(), idOf(input, id)) };
  }
}
