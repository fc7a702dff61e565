import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { AlertSettingsType } from './organization-settings.type';

@ObjectType('Organization', { implements: Node })
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

  @Field(() => Float, { nullable: true, description: 'Monthly AI budget in micro-dollars; null: none' })
  aiMonthlyBudgetMicros?: number;

  @Field(() => AiBudgetPolicy)
  aiBudgetPolicy!: AiBudgetPolicy;

  @Field()
  createdAt!: Date;
}
