import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'IANA time zone for business hours and spoken dates' })
  timezone!: string;

  @Field(() => Int, { description: 'Score at or above which a lead is HOT' })
  hotThreshold!: number;

  @Field(() => Int, { description: 'Score at or above which a lead is WARM' })
  warmThreshold!: number;

  @Field()
  createdAt!: Date;
}
