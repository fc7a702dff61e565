import { IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiKeyType } from './api-key.type';
import { OrganizationType } from './organization.type';
import { EmailAddress, PhoneNumber } from './scalars';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { AlertSettingsInput } from './organization-settings.type';
import { UserType } from './user.type';
import { UserRole } from '../entities/user.entity';
import { IdempotencyKeyField } from './idempotency';

@InputType({ description: 'Sign-in with email and password (login; no sign-in needed).' })
export class LoginInput {
  @Field(() => EmailAddress, { description: "The user's email address (any case)." })
  email!: string;

  @Field({ description: 'The password, 1–200 characters.' })
  @Length(1, 200)
  password!: string;
}

@ObjectType({ description: 'A signed-in session.' })
export class LoginPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>" or in graphql-ws connection_init { authorization }' })
  token!: string;

  @Field({ description: 'When the token stops working (JWT_TTL_SECONDS after sign-in); sign in again then.' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'The signed-in user.' })
  user!: UserType;
}

@ObjectType({ description: 'Who is calling' })
export class Viewer {
  @Field(() => UserType, { nullable: true, description: 'Set when signed in as a user' })
  user!: UserType | null;

  @Field(() => ApiKeyType, { nullable: true, description: 'Set when calling with an API key' })
  apiKey!: ApiKeyType | null;

  @Field(() => OrganizationType, { description: 'The organization every query and mutation of this caller is scoped to.' })
  organization!: OrganizationType;

  @Field(() => [String], { description: 'What this caller may do, sorted, e.g. leads:read; a field needing a permission not listed answers FORBIDDEN.' })
  permissions!: string[];
}

@InputType({ description: 'A new partner API key (createApiKey, apikeys:manage).' })
export class CreateApiKeyInput {
  @Field({ description: 'A name for people, 1–100 characters.' })
  @Length(1, 100)
  name!: string;

  @Field(() => [String], { description: 'Permissions the key gets, from: leads:read, leads:write, calls:read, calls:write, quotes:read, alerts:read, system:read, bridge (BAD_USER_INPUT on scopes otherwise); e.g. ["leads:read", "leads:write"]' })
  scopes!: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of createApiKey.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key as stored (without the secret).' })
  apiKey!: ApiKeyType;

  @Field({ description: 'The whole key. Shown this once; store it now.' })
  secret!: string;
}

@InputType({ description: 'The API key to revoke (revokeApiKey, apikeys:manage); it stops working at once.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "The key's id; NOT_FOUND for an unknown id or another organization's." })
  id!: string;
}

@ObjectType({ description: 'The result of an API key mutation.' })
export class ApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key as stored after the mutation.' })
  apiKey!: ApiKeyType;
}

@InputType({ description: 'A new user with a password set by an admin (createUser, users:manage); inviteUser lets them choose it instead.' })
export class CreateUserInput {
  @Field(() => EmailAddress, { description: 'Sign-in address; unique across Switchboard (CONFLICT on email when taken).' })
  email!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => UserRole, { description: 'What they may do; only an owner may create an owner.' })
  role!: UserRole;

  @Field({ description: '12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from the email or name)' })
  @Length(12, 200)
  password!: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164; where CRITICAL alerts reach them by SMS' })
  phone?: string;
}

@ObjectType({ description: 'The result of a user mutation.' })
export class UserPayload {
  @Field(() => UserType, { description: 'The user as stored after the mutation.' })
  user!: UserType;
}

@InputType({ description: 'Changes to my organization (updateOrganization, org:manage: owners only); omitted fields stay.' })
export class UpdateOrganizationInput {
  @Field({ nullable: true, description: 'Display name, 1–200 characters.' })
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

  @Field(() => AiBudgetPolicy, { nullable: true, description: 'What happens when the monthly AI budget is used up.' })
  aiBudgetPolicy?: AiBudgetPolicy;

  @Field(() => AlertSettingsInput, { nullable: true, description: 'Escalation, routing, quiet hours and Slack; merged into the current settings.' })
  @IsOptional()
  @ValidateNested()
  alertSettings?: AlertSettingsInput;
}

@ObjectType({ description: 'The result of updateOrganization.' })
export class OrganizationPayload {
  @Field(() => OrganizationType, { description: 'The organization as stored after the mutation.' })
  organization!: OrganizationType;
}
