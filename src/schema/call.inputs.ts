import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActionItemStatus } from '../entities/action-item.entity';
import { AppointmentStatus } from '../entities/appointment.entity';
import { CallDirection, CallStatus } from '../entities/call.entity';
import { Speaker } from '../entities/transcript.entity';
import { CallOrderField, SentimentLabel } from './call.enums';
import { OrderDirection } from './enums';
import { PhoneNumber } from './scalars';
import { IdempotencyKeyField } from './idempotency';

@InputType()
export class CallFilterInput {
  @Field(() => ID, { nullable: true }) leadId?: string;
  @Field(() => [CallStatus], { nullable: true }) status?: CallStatus[];
  @Field(() => CallDirection, { nullable: true }) direction?: CallDirection;
  @Field({ nullable: true }) startedAfter?: Date;
  @Field({ nullable: true }) startedBefore?: Date;
  @Field(() => [SentimentLabel], { nullable: true, description: 'Overall sentiment of the analysis' }) sentiment?: SentimentLabel[];
  @Field({ nullable: true, description: 'Only calls whose analysis found at least one buying signal (true) or none (false)' }) hasBuyingSignal?: boolean;
}

@InputType()
export class CallOrderByInput {
  @Field(() => CallOrderField, { defaultValue: CallOrderField.CREATED_AT }) field!: CallOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC }) direction!: OrderDirection;
}

@InputType()
export class AppointmentFilterInput {
  @Field(() => [AppointmentStatus], { nullable: true }) status?: AppointmentStatus[];
  @Field(() => ID, { nullable: true }) leadId?: string;
  @Field({ nullable: true }) startsAfter?: Date;
  @Field({ nullable: true }) startsBefore?: Date;
}

@InputType({ description: 'A call event from an integration that does not use our Twilio webhooks (bridge scope)' })
export class RecordCallEventInput {
  @Field({ description: 'The telephony provider call id; events for one id update one call' })
  @Length(2, 64)
  callSid!: string;

  @Field(() => CallDirection, { nullable: true, description: 'Used when this event creates the call' }) direction?: CallDirection;
  @Field(() => PhoneNumber, { nullable: true, description: 'Needed on the first event of a call' }) from?: string;
  @Field(() => PhoneNumber, { nullable: true, description: 'Needed on the first event of a call' }) to?: string;
  @Field(() => CallStatus, { nullable: true }) status?: CallStatus;
  @Field({ nullable: true, description: 'When it happened (default: now)' }) occurredAt?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  durationSeconds?: number;

  @Field({ nullable: true }) recordingUrl?: string;
  @Field({ nullable: true }) recordingSid?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  recordingSeconds?: number;

  @Field({ nullable: true, description: 'The caller hung up mid-call' }) endedEarly?: boolean;
}

@InputType()
export class TranscriptSegmentInput {
  @Field(() => Int, { description: 'Order and idempotency key within the call' })
  @Min(0)
  sequence!: number;

  @Field(() => Speaker) speaker!: Speaker;

  @Field()
  @Length(1, 10000)
  text!: string;

  @Field(() => Int)
  @Min(0)
  startMs!: number;

  @Field(() => Int)
  @Min(0)
  endMs!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field({ nullable: true, defaultValue: true, description: 'Partials are stored but analyzed only once final' }) isFinal?: boolean;
}

@InputType()
export class AppendTranscriptSegmentsInput {
  @Field(() => ID, { nullable: true, description: 'The call, by id …' }) callId?: string;
  @Field({ nullable: true, description: '… or by its provider call id' }) callSid?: string;

  @Field(() => [TranscriptSegmentInput], { description: 'Up to 500; any order; replays are ignored' })
  @ArrayMaxSize(500)
  segments!: TranscriptSegmentInput[];
}

@InputType()
export class StartCallInput {
  @Field(() => ID) leadId!: string;
  @Field(() => ID, { description: 'One of our phone numbers to call from' }) fromNumberId!: string;
  @IdempotencyKeyField() idempotencyKey?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 1000)
  description?: string;

  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => ActionItemStatus, { nullable: true }) status?: ActionItemStatus;
}

@InputType()
export class PhoneNumberInput {
  @Field(() => PhoneNumber) e164!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  label?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 30)
  purpose?: string;

  @Field(() => PhoneNumber, { nullable: true }) forwardTo?: string | null;
}

@InputType()
export class UpdatePhoneNumberInput {
  @Field(() => ID) id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  label?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 30)
  purpose?: string;

  @Field(() => PhoneNumber, { nullable: true }) forwardTo?: string | null;
}
