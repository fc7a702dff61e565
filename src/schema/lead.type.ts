import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { LeadSource, LeadStatus, LeadTemperature } from '../entities/lead.entity';
import { connectionTypes } from './connection';
import { LeadChangeKind } from './enums';
import { FieldError } from './field-error.type';
import { Currency, EmailAddress, JSONObject, PhoneNumber } from './scalars';

@ObjectType({ description: 'An amount of money in one currency.' })
export class Money {
  @Field(() => Int, { description: 'Integer minor units (cents): 12345 is 123.45.' })
  amountCents!: number;

  @Field(() => Currency, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;
}

@ObjectType('ScoreEvent', { implements: Node, description: 'One change of a lead score, with its reason. Needs leads:read.' })
export class ScoreEventType {
  @Field(() => ID, { description: 'The score event id (a UUID).' })
  id!: string;

  @Field(() => Int, { description: 'Points added (negative: removed), -100..100.' })
  delta!: number;

  @Field(() => Int, { description: 'The score after this change, 0–100 (clamped).' })
  scoreAfter!: number;

  @Field({ description: 'e.g. "+10 asked about pricing on call of 3 May"' })
  reason!: string;

  @Field({ description: 'What moved it: PROFILE, MANUAL, CALL …' })
  source!: string;

  @Field({ description: 'When the score changed.' })
  createdAt!: Date;
}

export const { Connection: ScoreEventConnection } = connectionTypes(ScoreEventType, 'ScoreEvent');

/** owner, budget and scoreHistory are field resolvers (LeadResolver). */
@ObjectType('Lead', { implements: Node, description: 'A person or company that may buy. Read with leads:read; changed with leads:write.' })
export class LeadType {
  @Field(() => ID, { description: 'The lead id (a UUID).' })
  id!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  name!: string;

  @Field(() => EmailAddress, { nullable: true, description: 'Email address; unique per organization among leads.' })
  email?: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Company name.' })
  company?: string;

  @Field(() => LeadSource, { description: 'Where the lead came from.' })
  source!: LeadSource;

  @Field(() => LeadStatus, { description: 'Pipeline stage, set by people.' })
  status!: LeadStatus;

  @Field(() => [String], { description: 'Free labels, at most 50, each at most 50 characters.' })
  tags!: string[];

  @Field(() => JSONObject, { description: 'Any extra fields a partner keeps on the lead (bounded JSON object).' })
  customFields!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Partner id; unique per organization' })
  externalId?: string;

  @Field(() => Int, { description: '0–100; changes only with a ScoreEvent' })
  score!: number;

  @Field(() => LeadTemperature, { description: 'HOT, WARM or COLD from the score and the organization thresholds.' })
  temperature!: LeadTemperature;

  @Field({ description: 'The latest call or change concerning the lead.' })
  lastActivityAt!: Date;

  @Field({ description: 'When the lead was created.' })
  createdAt!: Date;

  @Field({ description: 'When any field last changed.' })
  updatedAt!: Date;
}

export const { Connection: LeadConnection } = connectionTypes(LeadType, 'Lead');

@ObjectType({ description: 'The result of a lead mutation.' })
export class LeadPayload {
  @Field(() => LeadType, { description: 'The lead as stored after the mutation.' })
  lead!: LeadType;
}

@ObjectType({ description: 'The result of upsertLead.' })
export class UpsertLeadPayload {
  @Field(() => LeadType, { description: 'The lead as stored, new or updated.' })
  lead!: LeadType;

  @Field({ description: 'False when an existing lead was found and updated' })
  created!: boolean;
}

@ObjectType({ description: 'The result of deleteLead.' })
export class DeleteLeadPayload {
  @Field(() => ID, { description: 'The id of the lead that was deleted (with its score history; calls keep no lead).' })
  deletedLeadId!: string;
}

@ObjectType({ description: 'What became of one row of importLeads.' })
export class ImportLeadResult {
  @Field(() => Int, { description: 'Position of the row in input.leads' })
  index!: number;

  @Field(() => LeadType, { nullable: true, description: 'The lead created or updated; null when the row failed.' })
  lead!: LeadType | null;

  @Field({ description: 'True when the row created a new lead, false when it updated one (or failed).' })
  created!: boolean;

  @Field(() => [FieldError], { description: 'Why the row failed (empty when it succeeded), at most 10.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'The result of importLeads.' })
export class ImportLeadsPayload {
  @Field(() => Int, { description: 'Rows that created a lead.' })
  createdCount!: number;

  @Field(() => Int, { description: 'Rows that updated an existing lead (matched by externalId, email or phone).' })
  updatedCount!: number;

  @Field(() => Int, { description: 'Rows that failed; see results.' })
  failedCount!: number;

  @Field(() => [ImportLeadResult], { description: 'One result per input row, in input order.' })
  results!: ImportLeadResult[];
}

@ObjectType({ description: 'A lead was created, changed or deleted (leadChanged subscription).' })
export class LeadChangedEvent {
  @Field(() => LeadChangeKind, { description: 'What happened.' })
  kind!: LeadChangeKind;

  @Field(() => ID, { description: 'The lead it happened to (still set when DELETED).' })
  leadId!: string;

  @Field(() => [String], { description: 'Fields whose value changed (UPDATED only)' })
  changedFields!: string[];

  @Field(() => LeadType, { nullable: true, description: 'The lead as it is when the event is delivered (a later change may already show); null when DELETED or gone' })
  lead!: LeadType | null;

  @Field({ description: 'When the change was committed.' })
  at!: Date;
}
