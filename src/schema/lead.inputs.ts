import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LeadSource, LeadStatus, LeadTemperature } from '../entities/lead.entity';
import { LeadChangeKind, LeadOrderField, OrderDirection } from './enums';
import { Currency, EmailAddress, JSONObject, JSONValue, PhoneNumber } from './scalars';
import { IdempotencyKeyField } from './idempotency';

@InputType({ description: 'Writable lead fields; on update, omitted fields stay as they are and null clears' })
export class LeadFieldsInput {
  @Field({ nullable: true, description: 'Display name, 1–200 characters; cannot be cleared.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => EmailAddress, { nullable: true, description: 'Stored lower-cased; unique per organization among leads; null clears.' })
  email?: string | null;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164, e.g. +15125550100' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Company name, at most 200 characters; null clears.' })
  @IsOptional()
  @MaxLength(200)
  company?: string | null;

  @Field(() => LeadSource, { nullable: true, description: 'Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it' })
  source?: LeadSource;

  @Field(() => LeadStatus, { nullable: true, description: 'Pipeline stage (NEW when a lead is created without one).' })
  status?: LeadStatus;

  @Field(() => ID, { nullable: true, description: 'A user of this organization who owns the lead (BAD_USER_INPUT on ownerId otherwise); null clears.' })
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Budget in minor units (cents), 0 or more, with budgetCurrency; null clears.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  budgetCents?: number | null;

  @Field(() => Currency, { nullable: true, description: 'ISO 4217 code of budgetCents, e.g. USD.' })
  budgetCurrency?: string | null;

  @Field(() => [String], { nullable: true, description: "Up to 50 labels; replaces the lead's tags." })
  @IsOptional()
  @ArrayMaxSize(50)
  tags?: string[];

  @Field(() => JSONObject, { nullable: true, description: "Extra fields as a JSON object (up to 50 keys: letters, digits and _, starting with a letter); replaces the lead's custom fields." })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Your own id for this lead; upserts match on it first' })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}

@InputType({ description: 'A new lead (createLead, leads:write). Profile scoring runs in the background afterwards.' })
export class CreateLeadInput extends LeadFieldsInput {
  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  declare name: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to one lead, named by id (updateLead, leads:write). Shares its fields with UpsertLeadInput on purpose (LeadFieldsInput): update names the lead by id; upsert finds it by externalId, email or phone and needs a name in case it creates it.' })
export class UpdateLeadInput extends LeadFieldsInput {
  @Field(() => ID, { description: "The lead to change; NOT_FOUND for an unknown id or another organization's." })
  id!: string;
}

@InputType({ description: 'Matched by externalId, else email, else phone; created when none matches (upsertLead, leads:write). Same fields as UpdateLeadInput by design, see there.' })
export class UpsertLeadInput extends LeadFieldsInput {
  @Field({ description: 'Display name, 1–200 characters; required because the upsert may create the lead.' })
  @Length(1, 200)
  declare name: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'The lead to delete (deleteLead, leads:write).' })
export class DeleteLeadInput {
  @Field(() => ID, { description: "The lead's id; NOT_FOUND for an unknown id or another organization's." })
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

@InputType({ description: 'A batch for importLeads (leads:write).' })
export class ImportLeadsInput {
  @Field(() => [ImportLeadRowInput], {
    description: 'Up to IMPORT_MAX_ROWS (default 1000) rows, applied in order: a later row that names a lead an earlier row created or changed updates it. Each row is validated on its own; bad rows are reported in results[i].errors and the others are stored',
  })
  leads!: ImportLeadRowInput[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A manual score change (adjustLeadScore, leads:write), recorded as a ScoreEvent.' })
export class AdjustLeadScoreInput {
  @Field(() => ID, { description: "The lead; NOT_FOUND for an unknown id or another organization's." })
  leadId!: string;

  @Field(() => Int, { description: 'Points to add (negative to subtract), -100..100' })
  @IsInt()
  @Min(-100)
  @Max(100)
  delta!: number;

  @Field({ description: 'Shown in the score history, 1–200 characters.' })
  @Length(1, 200)
  reason!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which leads to list; all given conditions must hold.' })
export class LeadFilterInput {
  @Field(() => [LeadStatus], { nullable: true, description: 'Leads in any of these statuses.' })
  status?: LeadStatus[];

  @Field(() => [LeadSource], { nullable: true, description: 'Leads from any of these sources.' })
  source?: LeadSource[];

  @Field(() => [LeadTemperature], { nullable: true, description: 'Leads at any of these temperatures.' })
  temperature?: LeadTemperature[];

  @Field(() => Int, { nullable: true, description: 'Score at least this, 0–100.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  scoreMin?: number;

  @Field(() => Int, { nullable: true, description: 'Score at most this, 0–100.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  scoreMax?: number;

  @Field(() => ID, { nullable: true, description: 'Leads owned by this user.' })
  ownerId?: string;

  @Field({ nullable: true, description: 'Only leads without an owner' })
  unassigned?: boolean;

  @Field(() => [String], { nullable: true, description: 'Leads with at least one of these tags' })
  tagsAny?: string[];

  @Field(() => [String], { nullable: true, description: 'Leads with all of these tags' })
  tagsAll?: string[];

  @Field(() => JSONObject, { nullable: true, description: 'Custom fields equal to these values' })
  customFields?: Record<string, unknown>;

  @Field({ nullable: true, description: 'Created at or after this instant.' })
  createdAfter?: Date;

  @Field({ nullable: true, description: 'Created before this instant.' })
  createdBefore?: Date;

  @Field({ nullable: true, description: 'Last activity at or after this instant.' })
  lastActivityAfter?: Date;

  @Field({ nullable: true, description: 'Last activity before this instant.' })
  lastActivityBefore?: Date;

  @Field({ nullable: true, description: 'Text in name, email, phone or company; at most 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType({ description: 'How to sort leads.' })
export class LeadOrderByInput {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT, description: 'What to sort by.' })
  field!: LeadOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'Which way.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Which lead changes to receive; all given conditions must hold.' })
export class LeadChangedFilterInput {
  @Field(() => [LeadChangeKind], { nullable: true, description: 'Only these kinds of change.' })
  kinds?: LeadChangeKind[];

  @Field(() => [LeadStatus], { nullable: true, description: 'Only leads now in these statuses.' })
  status?: LeadStatus[];

  @Field(() => [LeadTemperature], { nullable: true, description: 'Only leads now at these temperatures.' })
  temperature?: LeadTemperature[];

  @Field(() => ID, { nullable: true, description: 'Only leads owned by this user.' })
  ownerId?: string;
}
