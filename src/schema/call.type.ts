import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { ActionItemStatus } from '../entities/action-item.entity';
import { AppointmentPurpose, AppointmentStatus } from '../entities/appointment.entity';
import { AnalysisKind } from '../entities/call-analysis.entity';
import { AnalysisStatus, CallDirection, CallStatus } from '../entities/call.entity';
import { Speaker, TranscriptSource } from '../entities/transcript.entity';
import { BuyingSignalKind, ObjectionKind, SentimentLabel } from './call.enums';
import { connectionTypes } from './connection';

@ObjectType('TwilioNumber', { implements: Node, description: 'A Twilio number of the organization (DESIGN.md PhoneNumber; the name PhoneNumber is the E.164 scalar)' })
export class PhoneNumberType {
  @Field(() => ID) id!: string;
  @Field({ description: 'E.164' }) e164!: string;
  @Field() label!: string;
  @Field({ description: 'e.g. SALES, SUPPORT' }) purpose!: string;
  @Field(() => String, { nullable: true, description: 'Inbound calls ring this number (E.164)' }) forwardTo?: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class Recording {
  @Field() url!: string;
  @Field(() => String, { nullable: true }) sid!: string | null;
  @Field(() => Int, { nullable: true }) seconds!: number | null;
}

/** lead, recording, transcript, analysis, actionItems and appointments are field resolvers. */
@ObjectType('Call', { implements: Node })
export class CallType {
  @Field(() => ID) id!: string;
  @Field(() => CallDirection) direction!: CallDirection;
  @Field() fromNumber!: string;
  @Field() toNumber!: string;
  @Field() twilioCallSid!: string;
  @Field(() => CallStatus) status!: CallStatus;
  @Field(() => Date, { nullable: true }) startedAt?: Date;
  @Field(() => Date, { nullable: true }) answeredAt?: Date;
  @Field(() => Date, { nullable: true }) endedAt?: Date;
  @Field(() => Int, { nullable: true }) durationSeconds?: number;
  @Field(() => AnalysisStatus) analysisStatus!: AnalysisStatus;
  @Field({ description: 'The call was cut off mid-sentence; the partial transcript is kept' }) endedEarly!: boolean;
  @Field() createdAt!: Date;
}

export const { Connection: CallConnection } = connectionTypes(CallType, 'Call');

@ObjectType('TranscriptSegment', { implements: Node })
export class TranscriptSegmentType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Source sequence number: order and idempotency key' }) sequence!: number;
  @Field(() => Speaker) speaker!: Speaker;
  @Field() text!: string;
  @Field(() => Int) startMs!: number;
  @Field(() => Int) endMs!: number;
  @Field(() => Float, { nullable: true }) confidence?: number;
  @Field() isFinal!: boolean;
}

export const { Connection: TranscriptSegmentConnection } = connectionTypes(TranscriptSegmentType, 'TranscriptSegment');

@ObjectType('Transcript', { implements: Node })
export class TranscriptType {
  @Field(() => ID) id!: string;
  @Field(() => TranscriptSource) source!: TranscriptSource;
  @Field(() => String, { nullable: true }) language?: string;
}

@ObjectType()
export class Sentiment {
  @Field(() => SentimentLabel) label!: SentimentLabel;
  @Field(() => Float, { description: '-1 (very negative) .. 1 (very positive)' }) score!: number;
}

@ObjectType()
export class SentimentBySpeaker {
  @Field(() => Sentiment) agent!: Sentiment;
  @Field(() => Sentiment) customer!: Sentiment;
}

@ObjectType()
export class BuyingSignal {
  @Field(() => BuyingSignalKind) kind!: BuyingSignalKind;
  @Field({ description: 'The words that show it' }) quote!: string;
  @Field(() => Int) segmentSequence!: number;
}

@ObjectType()
export class Objection {
  @Field(() => ObjectionKind) kind!: ObjectionKind;
  @Field() quote!: string;
  @Field(() => Int) segmentSequence!: number;
}

@ObjectType()
export class ConversationMetrics {
  @Field(() => Float, { description: "Share of spoken time that is the agent's, 0..1" }) agentTalkRatio!: number;
  @Field(() => Int) questionsByAgent!: number;
  @Field(() => Int) questionsByCustomer!: number;
  @Field(() => Int) longestMonologueMs!: number;
  @Field(() => Speaker, { nullable: true }) longestMonologueSpeaker!: Speaker | null;
}

/** sentiment, sentimentBySpeaker and metrics are shaped by field resolvers from the stored JSON. */
@ObjectType('CallAnalysis', { implements: Node })
export class CallAnalysisType {
  @Field(() => ID) id!: string;
  @Field(() => AnalysisKind) kind!: AnalysisKind;
  @Field() summary!: string;
  @Field(() => [BuyingSignal]) buyingSignals!: BuyingSignal[];
  @Field(() => [Objection]) objections!: Objection[];
  @Field(() => Int) segmentsAnalyzed!: number;
  @Field({ description: 'local or openai' }) provider!: string;
  @Field() model!: string;
  @Field() promptVersion!: string;
  @Field(() => Float, { description: 'AI cost in micro-dollars' }) costMicroDollars!: number;
  @Field({ description: 'The configured provider failed or was over budget; the local analyzer stood in' }) degraded!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone (e.g. \"America/Chicago\") the analysis resolved relative dates and times in: the organization's zone when the call was first analyzed. Re-analyses keep it, so changing the organization's zone does not move the appointments and due dates of earlier calls. Null for analyses stored before it was recorded.",
  })
  timezone?: string | null;
  @Field() updatedAt!: Date;
}

@ObjectType('ActionItem', { implements: Node })
export class ActionItemType {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => Speaker, { description: 'Who promised it' }) owner!: Speaker;
  @Field(() => Date, { nullable: true, description: 'Resolved against the call time in the organization time zone' }) dueAt?: Date;
  @Field(() => ActionItemStatus) status!: ActionItemStatus;
  @Field(() => Date, { nullable: true }) completedAt?: Date;
  @Field() createdAt!: Date;
}

@ObjectType('Appointment', { implements: Node })
export class AppointmentType {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => String, { nullable: true }) location?: string;
  @Field(() => AppointmentPurpose) purpose!: AppointmentPurpose;
  @Field(() => AppointmentStatus) status!: AppointmentStatus;
  @Field(() => String, { nullable: true, description: 'The words it was agreed in' }) quote?: string;
  @Field() createdAt!: Date;
}

export const { Connection: AppointmentConnection } = connectionTypes(AppointmentType, 'Appointment');
