import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LeadSource, LeadStatus, LeadTemperature } from '../entities/lead.entity';
import { LeadChangeKind, LeadOrderField, OrderDirection } from './enums';
import { Currency, EmailAddress, JSONObject, JSONValue, PhoneNumber } from './scalars';
import { IdempotencyKeyField } from './idempotency';

@InputType({ description: 'Writable lead fields; on update, omitted fields stay as they are and null clears' })
export class LeadFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => EmailAddress, { nullable: true })
  email?: string | null;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164, e.g. +15125550100' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  company?: string | null;

  @Field(() => LeadSource, { nullable: true, description: 'Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it' })
  source?: LeadSource;

  @Field(() => LeadStatus, { nullable: true })
  status?: LeadStatus;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Budget in minor units (cents)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  budgetCents?: number | null;

  @Field(() => Currency, { nullable: true })
  budgetCurrency?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  tags?: string[];

  @Field(() => JSONObject, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Your own id for this lead; upserts match on it first' })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}

@InputType()
export class CreateLeadInput extends LeadFieldsInput {
  @Field()
  @Length(1, 200)
  declare name: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateLeadInput extends LeadFieldsInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'Matched by externalId, else email, else phone; created when none matches' })
export class UpsertLeadInput extends LeadFieldsInput {
  @Field()
  @Length(1, 200)
  declare name: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class DeleteLeadInput {
  @Field(() => ID)
  id!: string;
}

const PER_ROW = 'validated per row; a bad value is reported in results[i].errors';

/**
 * The fields of LeadFieldsInput, loosely typed (strings and JSON instead of
 * the strict scalars and enums) so that GraphQL variable coercion cannot
 * reject the whole batch for one row's value; the service checks each row
 * by the same rules as createLead.
 */
@InputType({ description: `One row of importLeads: the fields of LeadFieldsInput, loosely typed so that one bad value fails only its row (${PER_ROW}). Matched by externalId, else email, else phone; created when none matches` })
export class ImportLeadRowInput {
  @Field(() => String, { nullable: true, description: `1–200 characters; required when the row creates a lead; ${PER_ROW}` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: `An email address, stored lower-cased; null clears; ${PER_ROW}` })
  email?: string | null;

  @Field(() => String, { nullable: true, description: `International (E.164) form, e.g. +15125550100; null clears; ${PER_ROW}` })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `At most 200 characters; null clears; ${PER_ROW}` })
  company?: string | null;

  @Field(() => String, { nullable: true, description: `A LeadSource value (default IMPORT); applies only when the row creates the lead: an existing lead keeps where it first came from; ${PER_ROW}` })
  source?: string | null;

  @Field(() => String, { nullable: true, description: `A LeadStatus value; ${PER_ROW}` })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: `A user of this organization; null clears; ${PER_ROW}` })
  ownerId?: string | null;

  @Field(() => JSONValue, { nullable: true, description: `Budget in minor units (cents): a non-negative whole number, with budgetCurrency; ${PER_ROW}` })
  budgetCents?: unknown;

  @Field(() => String, { nullable: true, description: `ISO 4217 code, e.g. USD; ${PER_ROW}` })
  budgetCurrency?: string | null;

  @Field(() => JSONValue, { nullable: true, description: `A list of up to 50 strings (trimmed, lower-cased, deduplicated); replaces the lead's tags; ${PER_ROW}` })
  tags?: unknown;

  @Field(() => JSONValue, { nullable: true, description: `A JSON object of up to 50 keys (letters, digits and _, starting with a letter); replaces the lead's custom fields; ${PER_ROW}` })
  customFields?: unknown;

  @Field(() => String, { nullable: true, description: `Your own id for this lead (1–200 characters); matched first; ${PER_ROW}` })
  externalId?: string | null;
}

@InputType()
export class ImportLeadsInput {
  @Field(() => [ImportLeadRowInput], {
    description: 'Up to IMPORT_MAX_ROWS (default 1000) rows, applied in order: a later row that names a lead an earlier row created or changed updates it. Each row is validated on its own; bad rows are reported in results[i].errors and the others are stored',
  })
  leads!: ImportLeadRowInput[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class AdjustLeadScoreInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => Int, { description: 'Points to add (negative to subtract), -100..100' })
  @IsInt()
  @Min(-100)
  @Max(100)
  delta!: number;

  @Field({ description: 'Shown in the score history' })
  @Length(1, 200)
  reason!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class LeadFilterInput {
  @Field(() => [LeadStatus], { nullable: true })
  status?: LeadStatus[];

  @Field(() => [LeadSource], { nullable: true })
  source?: LeadSource[];

  @Field(() => [LeadTemperature], { nullable: true })
  temperature?: LeadTemperature[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  scoreMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  scoreMax?: number;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field({ nullable: true, description: 'Only leads without an owner' })
  unassigned?: boolean;

  @Field(() => [String], { nullable: true, description: 'Leads with at least one of these tags' })
  tagsAny?: string[];

  @Field(() => [String], { nullable: true, description: 'Leads with all of these tags' })
  tagsAll?: string[];

  @Field(() => JSONObject, { nullable: true, description: 'Custom fields equal to these values' })
  customFields?: Record<string, unknown>;

  @Field({ nullable: true })
  createdAfter?: Date;

  @Field({ nullable: true })
  createdBefore?: Date;

  @Field({ nullable: true })
  lastActivityAfter?: Date;

  @Field({ nullable: true })
  lastActivityBefore?: Date;

  @Field({ nullable: true, description: 'Text in name, email, phone or company' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class LeadOrderByInput {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT })
  field!: LeadOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction!: OrderDirection;
}

@InputType()
export class LeadChangedFilterInput {
  @Field(() => [LeadChangeKind], { nullable: true })
  kinds?: LeadChangeKind[];

  @Field(() => [LeadStatus], { nullable: true })
  status?: LeadStatus[];

  @Field(() => [LeadTemperature], { nullable: true })
  temperature?: LeadTemperature[];

  @Field(() => ID, { nullable: true })
  ownerId?: string;
}
