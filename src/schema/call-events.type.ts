import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallChangeKind } from './call.enums';
import { BuyingSignal, CallAnalysisType, CallType, Objection, Sentiment, TranscriptSegmentType } from './call.type';

@ObjectType({ description: 'The result of a call mutation.' })
export class CallPayload {
  @Field(() => CallType, { description: 'The call as stored after the mutation.' }) call!: CallType;
}

@ObjectType({ description: 'The result of appendTranscriptSegments.' })
export class AppendTranscriptSegmentsPayload {
  @Field(() => CallType, { description: 'The call the segments belong to.' }) call!: CallType;
  @Field(() => Int, { description: 'Segments that became final with this batch (partials and replays count 0)' }) inserted!: number;
}

@ObjectType({ description: 'A call started, changed or ended (callUpdated subscription).' })
export class CallUpdatedEvent {
  @Field(() => CallChangeKind, { description: 'What happened.' }) kind!: CallChangeKind;
  @Field(() => CallType, { description: 'The call as it is now.' }) call!: CallType;
  @Field({ description: 'When it happened.' }) at!: Date;
}

@ObjectType({ description: 'A live call took in a final segment; or (final: true) its post-call analysis is ready' })
export class LiveCallAnalysisEvent {
  @Field(() => ID, { description: 'The call.' }) callId!: string;
  @Field(() => Int, { description: 'The segment sequence this event is about (final event: the last one analyzed).' }) sequence!: number;
  @Field({ description: 'True once, for the post-call analysis.' }) final!: boolean;
  @Field(() => TranscriptSegmentType, { nullable: true, description: 'The segment (absent on the final event)' }) segment!: TranscriptSegmentType | null;
  @Field(() => Sentiment, { description: "This segment's sentiment (final event: the call's)" }) segmentSentiment!: Sentiment;
  @Field(() => [BuyingSignal], { description: 'Signals found in this segment' }) newBuyingSignals!: BuyingSignal[];
  @Field(() => [Objection], { description: 'Objections found in this segment' }) newObjections!: Objection[];
  @Field(() => CallAnalysisType, { nullable: true, description: 'The call analysis after this segment: running sentiment and metrics' }) analysis!: CallAnalysisType | null;
  @Field({ description: 'When it was analyzed.' }) at!: Date;
}
