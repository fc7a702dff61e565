import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PhoneNumber } from '../entities/phone-number.entity';
import { PhoneNumberInput, UpdatePhoneNumberInput } from '../schema/call.inputs';
import { PhoneNumberType } from '../schema/call.type';

@ObjectType()
class PhoneNumberPayload {
  @Field(() => PhoneNumberType) phoneNumber!: PhoneNumberType;
}

@ObjectType()
class DeletePhoneNumberPayload {
  @Field(() => ID) deletedPhoneNumberId!: string;
}

@Resolver(() => PhoneNumberType)
export class PhoneNumberResolver {
  @Authorized('calls:read')
  @Query(() => [PhoneNumberType])
  phoneNumbers(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(PhoneNumber, {}, { orderBy: { createdAt: 'asc' }, limit: 1000 });
  }

  @Authorized('numbers:manage')
  @Mutation(() => PhoneNumberPayload, { description: 'Registers one of our Twilio numbers; inbound calls to it belong to this organization' })
  async createPhoneNumber(@Arg('input') input: PhoneNumberInput, @Ctx() ctx: GraphQLContext) {
    const { e164, ...fields } = input;
    return { phoneNumber: await ctx.app.phoneNumbers.create(ctx.scope(), e164, fields) };
  }

  @Authorized('numbers:manage')
  @Mutation(() => PhoneNumberPayload)
  async updatePhoneNumber(@Arg('input') input: UpdatePhoneNumberInput, @Ctx() ctx: GraphQLContext) {
    const { id, ...fields } = input;
    return { phoneNumber: await ctx.app.phoneNumbers.update(ctx.scope(), id, fields) };
  }

  @Authorized('numbers:manage')
  @Mutation(() => DeletePhoneNumberPayload)
  async deletePhoneNumber(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return { deletedPhoneNumberId: await ctx.app.phoneNumbers.delete(ctx.scope(), id) };
  }
}
