import { IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ApiKeyType } from './api-key.type';
import { OrganizationType } from './organization.type';
import { EmailAddress, PhoneNumber } from './scalars';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { AlertSettingsInput } from './organization-settings.type';
import { UserType } from './user.type';
import { UserRole } from '../entities/user.entity';
import { IdempotencyKeyField } from './idempotency';

@InputType()
export class LoginInput {
  @Field(() => EmailAddress)
  email!: string;

  @Field()
  @Length(1, 200)
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>" or in graphql-ws connection_init { authorization }' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@ObjectType({ description: 'Who is calling' })
export class Viewer {
  @Field(() => UserType, { nullable: true, description: 'Set when signed in as a user' })
  user!: UserType | null;

  @Field(() => ApiKeyType, { nullable: true, description: 'Set when calling with an API key' })
  apiKey!: ApiKeyType | null;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => [String])
  permissions!: string[];
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => [String], { description: 'e.g. ["leads:read", "leads:write"]; see README for the list' })
  scopes!: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field({ description: 'The whole key. Shown this once; store it now.' })
  secret!: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field()
  id!: string;
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;
}

@InputType()
export class CreateUserInput {
  @Field(() => EmailAddress)
  email!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field({ description: '12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from the email or name)' })
  @Length(12, 200)
  password!: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164; where CRITICAL alerts reach them by SMS' })
  phone?: string;
}

@ObjectType()
export class UserPayload {
  @Field(() => UserType)
  user!: UserType;
}

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. America/Chicago' })
  timezone?: string;

  @Field(() => Int, { nullable: true, description: 'Score (1–100) at or above which a lead is HOT; changing it re-derives every lead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  hotThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Score (1–100, below hotThreshold) at or above which a lead is WARM; changing it re-derives every lead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  warmThreshold?: number;

  @Field(() => Float, { nullable: true, description: 'Monthly AI budget in micro-dollars; null removes the budget' })
  aiMonthlyBudgetMicros?: number | null;

  @Field(() => AiBudgetPolicy, { nullable: true })
  aiBudgetPolicy?: AiBudgetPolicy;

  @Field(() => AlertSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  alertSettings?: AlertSettingsInput;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => OrganizationType)
  organization!: OrganizationType;
}
