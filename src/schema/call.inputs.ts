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

@InputType({ description: 'Which calls to list; all given conditions must hold.' })
export class CallFilterInput {
  @Field(() => ID, { nullable: true, description: 'Calls with this lead.' }) leadId?: string;
  @Field(() => [CallStatus], { nullable: true, description: 'Calls in any of these statuses.' }) status?: CallStatus[];
  @Field(() => CallDirection, { nullable: true, description: 'Only inbound or only outbound calls.' }) direction?: CallDirection;
  @Field({ nullable: true, description: 'Started at or after this instant.' }) startedAfter?: Date;
  @Field({ nullable: true, description: 'Started before this instant.' }) startedBefore?: Date;
  @Field(() => [SentimentLabel], { nullable: true, description: 'Overall sentiment of the analysis' }) sentiment?: SentimentLabel[];
  @Field({ nullable: true, description: 'Only calls whose analysis found at least one buying signal (true) or none (false)' }) hasBuyingSignal?: boolean;
}

@InputType({ description: 'How to sort calls.' })
export class CallOrderByInput {
  @Field(() => CallOrderField, { defaultValue: CallOrderField.CREATED_AT, description: 'What to sort by.' }) field!: CallOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'Which way.' }) direction!: OrderDirection;
}

@InputType({ description: 'Which appointments to list; all given conditions must hold.' })
export class AppointmentFilterInput {
  @Field(() => [AppointmentStatus], { nullable: true, description: 'Appointments in any of these statuses.' }) status?: AppointmentStatus[];
  @Field(() => ID, { nullable: true, description: 'Appointments with this lead.' }) leadId?: string;
  @Field({ nullable: true, description: 'Starting at or after this instant.' }) startsAfter?: Date;
  @Field({ nullable: true, description: 'Starting before this instant.' }) startsBefore?: Date;
}

@InputType({ description: 'A call event from an integration that does not use our Twilio webhooks (bridge scope)' })
export class RecordCallEventInput {
  @Field({ description: 'The telephony provider call id; events for one id update one call' })
  @Length(2, 64)
  callSid!: string;

  @Field(() => CallDirection, { nullable: true, description: 'Used when this event creates the call' }) direction?: CallDirection;
  @Field(() => PhoneNumber, { nullable: true, description: 'Needed on the first event of a call' }) from?: string;
  @Field(() => PhoneNumber, { nullable: true, description: 'Needed on the first event of a call' }) to?: string;
  @Field(() => CallStatus, { nullable: true, description: 'The new status; a status earlier than the current one is ignored.' }) status?: CallStatus;
  @Field({ nullable: true, description: 'When it happened (default: now)' }) occurredAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Talk time in seconds, 0 or more (on the ending event).' })
  @IsOptional()
  @Min(0)
  durationSeconds?: number;

  @Field({ nullable: true, description: 'Where the recording can be fetched; transcribeCall uses it.' }) recordingUrl?: string;
  @Field({ nullable: true, description: "The provider's recording id." }) recordingSid?: string;

  @Field(() => Int, { nullable: true, description: 'Recording length in seconds, 0 or more.' })
  @IsOptional()
  @Min(0)
  recordingSeconds?: number;

  @Field({ nullable: true, description: 'The caller hung up mid-call' }) endedEarly?: boolean;
}

@InputType({ description: 'One piece of a transcript, as a speech-to-text stream delivers it.' })
export class TranscriptSegmentInput {
  @Field(() => Int, { description: 'Order and idempotency key within the call' })
  @Min(0)
  sequence!: number;

  @Field(() => Speaker, { description: 'Who spoke.' }) speaker!: Speaker;

  @Field({ description: 'What was said, 1–10000 characters.' })
  @Length(1, 10000)
  text!: string;

  @Field(() => Int, { description: 'Start, in milliseconds from the start of the call, 0 or more.' })
  @Min(0)
  startMs!: number;

  @Field(() => Int, { description: 'End, in milliseconds from the start of the call, 0 or more.' })
  @Min(0)
  endMs!: number;

  @Field(() => Float, { nullable: true, description: 'Speech-to-text confidence, 0..1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field({ nullable: true, defaultValue: true, description: 'Partials are stored but analyzed only once final' }) isFinal?: boolean;
}

@InputType({ description: "Transcript segments for one call (appendTranscriptSegments, bridge scope); final segments update the live analysis." })
export class AppendTranscriptSegmentsInput {
  @Field(() => ID, { nullable: true, description: 'The call, by id …' }) callId?: string;
  @Field({ nullable: true, description: '… or by its provider call id' }) callSid?: string;

  @Field(() => [TranscriptSegmentInput], { description: 'Up to 500; any order; replays are ignored' })
  @ArrayMaxSize(500)
  segments!: TranscriptSegmentInput[];
}

@InputType({ description: 'An outbound call to place (startCall, calls:write).' })
export class StartCallInput {
  @Field(() => ID, { description: 'The lead to call (it needs a phone number).' }) leadId!: string;
  @Field(() => ID, { description: 'One of our phone numbers to call from' }) fromNumberId!: string;
  @IdempotencyKeyField() idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an action item (updateActionItem, calls:write); omitted fields stay.' })
export class UpdateActionItemInput {
  @Field(() => ID, { description: "The action item; NOT_FOUND for an unknown id or another organization's." }) id!: string;

  @Field({ nullable: true, description: 'What to do, 1–1000 characters.' })
  @IsOptional()
  @Length(1, 1000)
  description?: string;

  @Field(() => Date, { nullable: true, description: 'When it is due; null clears.' }) dueAt?: Date | null;
  @Field(() => ActionItemStatus, { nullable: true, description: 'OPEN, DONE or CANCELED; DONE sets completedAt.' }) status?: ActionItemStatus;
}

@InputType({ description: 'One of our Twilio numbers to register (createPhoneNumber, numbers:manage).' })
export class PhoneNumberInput {
  @Field(() => PhoneNumber, { description: 'The number in E.164 form; unique across Switchboard (CONFLICT when another organization has it).' }) e164!: string;

  @Field({ nullable: true, description: 'A name for people, at most 100 characters.' })
  @IsOptional()
  @Length(0, 100)
  label?: string;

  @Field({ nullable: true, description: 'What the line is for, e.g. SALES or SUPPORT, 1–30 characters.' })
  @IsOptional()
  @Length(1, 30)
  purpose?: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'Inbound calls ring this number (E.164); null: none.' }) forwardTo?: string | null;
}

@InputType({ description: 'Changes to one of our numbers (updatePhoneNumber, numbers:manage); omitted fields stay.' })
export class UpdatePhoneNumberInput {
  @Field(() => ID, { description: "The number's id; NOT_FOUND for an unknown id or another organization's." }) id!: string;

  @Field({ nullable: true, description: 'A name for people, at most 100 characters.' })
  @IsOptional()
  @Length(0, 100)
  label?: string;

  @Field({ nullable: true, description: 'What the line is for, e.g. SALES or SUPPORT, 1–30 characters.' })
  @IsOptional()
  @Length(1, 30)
  purpose?: string;

  @Field(() => PhoneNumber, { nullable: true, description: 'Inbound calls ring this number (E.164); null clears.' }) forwardTo?: string | null;
}
