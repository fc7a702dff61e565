import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { LeadSource, LeadStatus, LeadTemperature } from '../entities/lead.entity';
import { connectionTypes } from './connection';
import { LeadChangeKind } from './enums';
import { FieldError } from './field-error.type';
import { Currency, EmailAddress, JSONObject, PhoneNumber } from './scalars';

@ObjectType()
export class Money {
  @Field(() => Int, { description: 'Integer minor units (cents)' })
  amountCents!: number;

  @Field(() => Currency)
  currency!: string;
}

@ObjectType('ScoreEvent', { implements: Node, description: 'One change of a lead score, with its reason' })
export class ScoreEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  delta!: number;

  @Field(() => Int)
  scoreAfter!: number;

  @Field({ description: 'e.g. "+10 asked about pricing on call of 3 May"' })
  reason!: string;

  @Field({ description: 'What moved it: PROFILE, MANUAL, CALL …' })
  source!: string;

  @Field()
  createdAt!: Date;
}

export const { Connection: ScoreEventConnection } = connectionTypes(ScoreEventType, 'ScoreEvent');

/** owner, budget and scoreHistory are field resolvers (LeadResolver). */
@ObjectType('Lead', { implements: Node })
export class LeadType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EmailAddress, { nullable: true })
  email?: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'E.164' })
  phone?: string;

  @Field(() => String, { nullable: true })
  company?: string;

  @Field(() => LeadSource)
  source!: LeadSource;

  @Field(() => LeadStatus)
  status!: LeadStatus;

  @Field(() => [String])
  tags!: string[];

  @Field(() => JSONObject)
  customFields!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Partner id; unique per organization' })
  externalId?: string;

  @Field(() => Int, { description: '0–100; changes only with a ScoreEvent' })
  score!: number;

  @Field(() => LeadTemperature)
  temperature!: LeadTemperature;

  @Field()
  lastActivityAt!: Date;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const { Connection: LeadConnection } = connectionTypes(LeadType, 'Lead');

@ObjectType()
export class LeadPayload {
  @Field(() => LeadType)
  lead!: LeadType;
}

@ObjectType()
export class UpsertLeadPayload {
  @Field(() => LeadType)
  lead!: LeadType;

  @Field({ description: 'False when an existing lead was found and updated' })
  created!: boolean;
}

@ObjectType()
export class DeleteLeadPayload {
  @Field(() => ID)
  deletedLeadId!: string;
}

@ObjectType()
export class ImportLeadResult {
  @Field(() => Int, { description: 'Position of the row in input.leads' })
  index!: number;

  @Field(() => LeadType, { nullable: true })
  lead!: LeadType | null;

  @Field()
  created!: boolean;

  @Field(() => [FieldError])
  errors!: FieldError[];
}

@ObjectType()
export class ImportLeadsPayload {
  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => Int)
  failedCount!: number;

  @Field(() => [ImportLeadResult])
  results!: ImportLeadResult[];
}

@ObjectType()
export class LeadChangedEvent {
  @Field(() => LeadChangeKind)
  kind!: LeadChangeKind;

  @Field(() => ID)
  leadId!: string;

  @Field(() => [String], { description: 'Fields whose value changed (UPDATED only)' })
  changedFields!: string[];

  @Field(() => LeadType, { nullable: true, description: 'The lead as it is when the event is delivered (a later change may already show); null when DELETED or gone' })
  lead!: LeadType | null;

  @Field()
  at!: Date;
}
