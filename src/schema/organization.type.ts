import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { AlertSettingsType } from './organization-settings.type';

@ObjectType('Organization', { implements: Node, description: 'A tenant: every other object belongs to exactly one. Any signed-in member reads their own (organization, me); owners change it (updateOrganization).' })
export class OrganizationType {
  @Field(() => ID, { description: 'The organization id (a UUID).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Short unique name, lower-case letters, digits and dashes.' })
  slug!: string;

  @Field({ description: 'IANA time zone for business hours and spoken dates' })
  timezone!: string;

  @Field(() => Int, { description: 'Score at or above which a lead is HOT' })
  hotThreshold!: number;

  @Field(() => Int, { description: 'Score at or above which a lead is WARM' })
  warmThreshold!: number;

  @Field(() => Float, { nullable: true, description: 'Monthly AI budget in micro-dollars; null: none' })
  aiMonthlyBudgetMicros?: number;

  @Field(() => AiBudgetPolicy, { description: 'What happens when the monthly AI budget is used up.' })
  aiBudgetPolicy!: AiBudgetPolicy;

  @Field({ description: 'When the organization was created.' })
  createdAt!: Date;
}
