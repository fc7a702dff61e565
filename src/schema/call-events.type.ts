import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallChangeKind } from './call.enums';
import { BuyingSignal, CallAnalysisType, CallType, Objection, Sentiment, TranscriptSegmentType } from './call.type';

@ObjectType()
export class CallPayload {
  @Field(() => CallType) call!: CallType;
}

@ObjectType()
export class AppendTranscriptSegmentsPayload {
  @Field(() => CallType) call!: CallType;
  @Field(() => Int, { description: 'Segments that became final with this batch (partials and replays count 0)' }) inserted!: number;
}

@ObjectType()
export class CallUpdatedEvent {
  @Field(() => CallChangeKind) kind!: CallChangeKind;
  @Field(() => CallType) call!: CallType;
  @Field() at!: Date;
}

@ObjectType({ description: 'A live call took in a final segment; or (final: true) its post-call analysis is ready' })
export class LiveCallAnalysisEvent {
  @Field(() => ID) callId!: string;
  @Field(() => Int) sequence!: number;
  @Field() final!: boolean;
  @Field(() => TranscriptSegmentType, { nullable: true, description: 'The segment (absent on the final event)' }) segment!: TranscriptSegmentType | null;
  @Field(() => Sentiment, { description: "This segment's sentiment (final event: the call's)" }) segmentSentiment!: Sentiment;
  @Field(() => [BuyingSignal], { description: 'Signals found in this segment' }) newBuyingSignals!: BuyingSignal[];
  @Field(() => [Objection], { description: 'Objections found in this segment' }) newObjections!: Objection[];
  @Field(() => CallAnalysisType, { nullable: true, description: 'The call analysis after this segment: running sentiment and metrics' }) analysis!: CallAnalysisType | null;
  @Field() at!: Date;
}
