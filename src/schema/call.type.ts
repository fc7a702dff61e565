import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { ActionItemStatus } from '../entities/action-item.entity';
import { AppointmentPurpose, AppointmentStatus } from '../entities/appointment.entity';
import { AnalysisKind } from '../entities/call-analysis.entity';
import { AnalysisStatus, CallDirection, CallStatus } from '../entities/call.entity';
import { Speaker, TranscriptSource } from '../entities/transcript.entity';
import { BuyingSignalKind, ObjectionKind, SentimentLabel } from './call.enums';
import { connectionTypes } from './connection';
import { PhoneNumber } from './scalars';

@ObjectType('TwilioNumber', { implements: Node, description: 'A Twilio number of the organization (DESIGN.md PhoneNumber; the name PhoneNumber is the E.164 scalar). Read with calls:read; managed with numbers:manage.' })
export class PhoneNumberType {
  @Field(() => ID, { description: 'The number record id (a UUID).' }) id!: string;
  @Field(() => PhoneNumber, { description: 'E.164' }) e164!: string;
  @Field({ description: 'A name for people.' }) label!: string;
  @Field({ description: 'e.g. SALES, SUPPORT' }) purpose!: string;
  @Field(() => PhoneNumber, { nullable: true, description: 'Inbound calls ring this number (E.164)' }) forwardTo?: string;
  @Field({ description: 'When it was registered.' }) createdAt!: Date;
}

@ObjectType({ description: 'The recording of a call, as the telephony provider keeps it.' })
export class Recording {
  @Field({ description: "Where the provider serves the recording (may need the provider's credentials)." }) url!: string;
  @Field(() => String, { nullable: true, description: "The provider's recording id." }) sid!: string | null;
  @Field(() => Int, { nullable: true, description: 'Length in seconds.' }) seconds!: number | null;
}

/** lead, recording, transcript, analysis, actionItems and appointments are field resolvers. */
@ObjectType('Call', { implements: Node, description: 'A phone call with a lead, inbound or outbound, with its transcript and AI analysis. Needs calls:read.' })
export class CallType {
  @Field(() => ID, { description: 'The call id (a UUID).' }) id!: string;
  @Field(() => CallDirection, { description: 'Who placed it.' }) direction!: CallDirection;
  @Field({ description: 'Calling number, E.164 as the provider reported it.' }) fromNumber!: string;
  @Field({ description: 'Called number, E.164 as the provider reported it.' }) toNumber!: string;
  @Field({ description: "The telephony provider's call id (Twilio CallSid, or a bridge's own id)." }) twilioCallSid!: string;
  @Field(() => CallStatus, { description: 'Where the call is; only moves forward.' }) status!: CallStatus;
  @Field(() => Date, { nullable: true, description: 'When it started ringing or was placed.' }) startedAt?: Date;
  @Field(() => Date, { nullable: true, description: 'When it was answered; null if never.' }) answeredAt?: Date;
  @Field(() => Date, { nullable: true, description: 'When it ended; null while it runs.' }) endedAt?: Date;
  @Field(() => Int, { nullable: true, description: 'Talk time in seconds, once ended.' }) durationSeconds?: number;
  @Field(() => AnalysisStatus, { description: 'Progress of the final analysis.' }) analysisStatus!: AnalysisStatus;
  @Field({ description: 'The call was cut off mid-sentence; the partial transcript is kept' }) endedEarly!: boolean;
  @Field({ description: 'When the call record was created.' }) createdAt!: Date;
}

export const { Connection: CallConnection } = connectionTypes(CallType, 'Call');

@ObjectType('TranscriptSegment', { implements: Node, description: 'One utterance of a transcript. Needs calls:read.' })
export class TranscriptSegmentType {
  @Field(() => ID, { description: 'The segment id (a UUID).' }) id!: string;
  @Field(() => Int, { description: 'Source sequence number: order and idempotency key' }) sequence!: number;
  @Field(() => Speaker, { description: 'Who spoke.' }) speaker!: Speaker;
  @Field({ description: 'What was said.' }) text!: string;
  @Field(() => Int, { description: 'Start, in milliseconds from the start of the call.' }) startMs!: number;
  @Field(() => Int, { description: 'End, in milliseconds from the start of the call.' }) endMs!: number;
  @Field(() => Float, { nullable: true, description: 'Speech-to-text confidence, 0..1; null when not given.' }) confidence?: number;
  @Field({ description: 'Final segments are analyzed; partials may still be replaced.' }) isFinal!: boolean;
}

export const { Connection: TranscriptSegmentConnection } = connectionTypes(TranscriptSegmentType, 'TranscriptSegment');

@ObjectType('Transcript', { implements: Node, description: 'What was said on a call. Needs calls:read.' })
export class TranscriptType {
  @Field(() => ID, { description: 'The transcript id (a UUID).' }) id!: string;
  @Field(() => TranscriptSource, { description: 'Where it came from.' }) source!: TranscriptSource;
  @Field(() => String, { nullable: true, description: 'Language code (e.g. en) when known.' }) language?: string;
}

@ObjectType({ description: 'The tone of speech.' })
export class Sentiment {
  @Field(() => SentimentLabel, { description: 'POSITIVE, NEUTRAL or NEGATIVE.' }) label!: SentimentLabel;
  @Field(() => Float, { description: '-1 (very negative) .. 1 (very positive)' }) score!: number;
}

@ObjectType({ description: 'Sentiment of each side of a call.' })
export class SentimentBySpeaker {
  @Field(() => Sentiment, { description: 'Our side.' }) agent!: Sentiment;
  @Field(() => Sentiment, { description: 'The customer.' }) customer!: Sentiment;
}

@ObjectType({ description: 'A sign of interest found in a call; moves the lead score.' })
export class BuyingSignal {
  @Field(() => BuyingSignalKind, { description: 'What kind of signal.' }) kind!: BuyingSignalKind;
  @Field({ description: 'The words that show it' }) quote!: string;
  @Field(() => Int, { description: 'TranscriptSegment.sequence it was found in.' }) segmentSequence!: number;
}

@ObjectType({ description: 'A reason not to buy that the customer raised.' })
export class Objection {
  @Field(() => ObjectionKind, { description: 'What kind of objection.' }) kind!: ObjectionKind;
  @Field({ description: 'The words that show it.' }) quote!: string;
  @Field(() => Int, { description: 'TranscriptSegment.sequence it was found in.' }) segmentSequence!: number;
}

@ObjectType({ description: 'How the conversation went, measured from the transcript.' })
export class ConversationMetrics {
  @Field(() => Float, { description: "Share of spoken time that is the agent's, 0..1" }) agentTalkRatio!: number;
  @Field(() => Int, { description: 'Questions the agent asked.' }) questionsByAgent!: number;
  @Field(() => Int, { description: 'Questions the customer asked.' }) questionsByCustomer!: number;
  @Field(() => Int, { description: 'Longest stretch one side spoke without the other, in milliseconds.' }) longestMonologueMs!: number;
  @Field(() => Speaker, { nullable: true, description: 'Who spoke the longest monologue; null with no speech.' }) longestMonologueSpeaker!: Speaker | null;
}

/** sentiment, sentimentBySpeaker and metrics are shaped by field resolvers from the stored JSON. */
@ObjectType('CallAnalysis', { implements: Node, description: 'The AI analysis of a call: live while it runs, final after. Needs calls:read.' })
export class CallAnalysisType {
  @Field(() => ID, { description: 'The analysis id (a UUID).' }) id!: string;
  @Field(() => AnalysisKind, { description: 'LIVE or FINAL.' }) kind!: AnalysisKind;
  @Field({ description: 'A few sentences on what the call was about and what was agreed.' }) summary!: string;
  @Field(() => [BuyingSignal], { description: 'Signs of interest, in transcript order (at most 50).' }) buyingSignals!: BuyingSignal[];
  @Field(() => [Objection], { description: 'Objections raised, in transcript order (at most 50).' }) objections!: Objection[];
  @Field(() => Int, { description: 'Final segments this analysis has read.' }) segmentsAnalyzed!: number;
  @Field({ description: 'local or openai' }) provider!: string;
  @Field({ description: 'The model that produced it, e.g. a provider model name or the local analyzer version.' }) model!: string;
  @Field({ description: 'Version of the prompt and output contract used.' }) promptVersion!: string;
  @Field(() => Float, { description: 'AI cost in micro-dollars' }) costMicroDollars!: number;
  @Field({ description: 'The configured provider failed or was over budget; the local analyzer stood in' }) degraded!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone (e.g. \"America/Chicago\") the analysis resolved relative dates and times in: the organization's zone when the call was first analyzed. Re-analyses keep it, so changing the organization's zone does not move the appointments and due dates of earlier calls. Null for analyses stored before it was recorded.",
  })
  timezone?: string | null;
  @Field({ description: 'When it last changed.' }) updatedAt!: Date;
}

@ObjectType('ActionItem', { implements: Node, description: 'A promise made on a call, found by the analysis. Read with calls:read; changed with calls:write.' })
export class ActionItemType {
  @Field(() => ID, { description: 'The action item id (a UUID).' }) id!: string;
  @Field({ description: 'What to do.' }) description!: string;
  @Field(() => Speaker, { description: 'Who promised it' }) owner!: Speaker;
  @Field(() => Date, { nullable: true, description: 'Resolved against the call time in the organization time zone' }) dueAt?: Date;
  @Field(() => ActionItemStatus, { description: 'OPEN, DONE or CANCELED.' }) status!: ActionItemStatus;
  @Field(() => Date, { nullable: true, description: 'When it was marked DONE.' }) completedAt?: Date;
  @Field({ description: 'When it was found.' }) createdAt!: Date;
}

@ObjectType('Appointment', { implements: Node, description: 'A meeting agreed with a lead, usually proposed by a call analysis. Read with calls:read; confirmed or canceled with calls:write.' })
export class AppointmentType {
  @Field(() => ID, { description: 'The appointment id (a UUID).' }) id!: string;
  @Field({ description: 'When it starts.' }) startsAt!: Date;
  @Field(() => Int, { description: 'Planned length in minutes.' }) durationMinutes!: number;
  @Field(() => String, { nullable: true, description: 'Where, as said on the call; null when not said.' }) location?: string;
  @Field(() => AppointmentPurpose, { description: 'What it is for.' }) purpose!: AppointmentPurpose;
  @Field(() => AppointmentStatus, { description: 'PROPOSED until a person confirms or cancels it.' }) status!: AppointmentStatus;
  @Field(() => String, { nullable: true, description: 'The words it was agreed in' }) quote?: string;
  @Field({ description: 'When it was recorded.' }) createdAt!: Date;
}

export const { Connection: AppointmentConnection } = connectionTypes(AppointmentType, 'Appointment');
