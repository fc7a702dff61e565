/**
 * The local call analyzer (DESIGN.md §7): deterministic rules, a sentiment
 * lexicon and date parsing; no network, no cost.
 *
 * Analysis is split in two so a live call can update as each final segment
 * arrives:
 * - `analyzeSegment` does all the language work for one segment (sentence
 *   split, sentiment, signals, objections, commitments, scheduling cues);
 *   its cost does not grow with the call;
 * - `combineSegmentAnalyses` folds a call's segment analyses into a
 *   `CallAnalysisResult` with arithmetic and pairing only, no NLP.
 * The final analysis is the same two steps over every segment, so the
 * rolling and the final result agree by construction.
 */
import type {
  ActionItemDraft,
  AiUsageRecord,
  BuyingSignal,
  CallAnalysisResult,
  CallAnalyzer,
  CallContext,
  Objection,
  SegmentInput,
  Sentiment,
  Speaker,
} from '../ai.types';
import { findActionItems, type SentenceWithTimes } from './action-items';
import { agreeAppointments, schedulingCues, type SchedulingCues } from './appointments';
import { callClock, findTimeMentions } from './dates';
import { conversationMetrics, countQuestions } from './metrics';
import { callSentimentProbabilities, sentimentShares, type SentimentLogits } from './learned-model';
import { callSentiment, readSentences, sentimentOf, tally, tallyBySpeaker, type ScoredSentence, type SentimentTally } from './sentiment';
import { findKindsLearned } from './signals';
import { extractiveSummary } from './summary';

export const LOCAL_PROVIDER = 'local';
export const LOCAL_MODEL = 'switchboard-local';
/** Bump when rules, lexicon or thresholds change, so stored analyses say which rules made them. */
export const LOCAL_ANALYZER_VERSION = 'local-3';

/** Everything the local analyzer learns from one segment. */
export interface SegmentAnalysis {
  sequence: number;
  speaker: Speaker;
  startMs: number;
  endMs: number;
  sentences: ScoredSentence[];
  sentiment: Sentiment;
  /** The segment's share of its speaker's sentiment, for cheap summing. */
  sentimentTally: SentimentTally;
  questions: number;
  buyingSignals: BuyingSignal[];
  objections: Objection[];
  actionItems: ActionItemDraft[];
  scheduling: SchedulingCues;
  /** The segment's share of the learned call sentiment (learned-model.ts). */
  sentimentShares: { anywhere: SentimentLogits; asLast: SentimentLogits | null };
}

/** The per-segment pass: all the language work for one segment, independent of the rest of the call. */
export function analyzeSegment(segment: SegmentInput, context: CallContext): SegmentAnalysis {
  const clock = callClock(context);
  const sentences = readSentences(segment.text);
  const timed: SentenceWithTimes[] = sentences.map((sentence) => ({ text: sentence.text, mentions: findTimeMentions(sentence.text, clock) }));
  const sentimentTally = tally(sentences);
  return {
    sequence: segment.sequence,
    speaker: segment.speaker,
    startMs: segment.startMs,
    endMs: segment.endMs,
    sentences,
    sentiment: sentimentOf(sentimentTally),
    sentimentTally,
    questions: countQuestions(segment.text),
    ...findKindsLearned(segment, sentences),
    actionItems: findActionItems(segment, timed, clock),
    scheduling: schedulingCues(segment, timed),
    sentimentShares: sentimentShares(segment.text, segment.speaker),
  };
}

/** Folds segment analyses (any order) into the call's analysis; no NLP, linear in segments. */
export function combineSegmentAnalyses(analyses: SegmentAnalysis[], context: CallContext): CallAnalysisResult {
  const ordered = [...analyses].sort((a, b) => a.sequence - b.sequence);
  const findings = {
    buyingSignals: ordered.flatMap((segment) => segment.buyingSignals),
    objections: ordered.flatMap((segment) => segment.objections),
    actionItems: ordered.flatMap((segment) => segment.actionItems),
    appointments: agreeAppointments(
      ordered.map((segment) => segment.scheduling),
      callClock(context),
    ),
  };
  return {
    summary: extractiveSummary(ordered, findings),
    sentiment: learnedCallSentiment(ordered),
    ...findings,
    metrics: conversationMetrics(ordered),
    provider: LOCAL_PROVIDER,
    model: LOCAL_MODEL,
    promptVersion: LOCAL_ANALYZER_VERSION,
  };
}

/**
 * The call's sentiment: the learned model's verdict over every segment's
 * share, later segments weighing more (0.5 for the first, 1.5 for the
 * last) and the customer's last segment counting on its own, with the
 * lexicon scores as inputs. The score is P(positive) − P(negative), so
 * −1..1 as before; per speaker it stays the lexicon's.
 */
function learnedCallSentiment(ordered: SegmentAnalysis[]): CallAnalysisResult['sentiment'] {
  const lexicon = callSentiment(tallyBySpeaker(ordered));
  const weighted: SentimentLogits = [0, 0, 0];
  let totalWeight = 0;
  const last = Math.max(1, ordered.length - 1);
  ordered.forEach((segment, index) => {
    const weight = 0.5 + index / last;
    totalWeight += weight;
    segment.sentimentShares.anywhere.forEach((value, label) => (weighted[label] += weight * value));
  });
  const lastCustomer = [...ordered].reverse().find((segment) => segment.speaker === 'CUSTOMER');
  if (!ordered.length) return lexicon;
  const [positive, neutral, negative] = callSentimentProbabilities({
    weighted,
    totalWeight,
    last: lastCustomer?.sentimentShares.asLast ?? null,
    customerLexicon: lexicon.bySpeaker.CUSTOMER.score,
    agentLexicon: lexicon.bySpeaker.AGENT.score,
    lastCustomerLexicon: lastCustomer?.sentiment.score ?? 0,
  });
  const label = positive >= neutral && positive >= negative ? 'POSITIVE' : negative > neutral ? 'NEGATIVE' : 'NEUTRAL';
  const score = Math.round((positive - negative) * 1000) / 1000;
  return { label, score, bySpeaker: lexicon.bySpeaker };
}

/** What a local analysis costs: nothing, recorded all the same so usage reports are complete. */
export function localUsage(): AiUsageRecord {
  return {
    operation: 'CALL_ANALYSIS',
    provider: LOCAL_PROVIDER,
    model: LOCAL_MODEL,
    inputTokens: 0,
    outputTokens: 0,
    audioSeconds: 0,
    costMicroDollars: 0,
  };
}

export class LocalCallAnalyzer implements CallAnalyzer {
  async analyzeCall(segments: SegmentInput[], context: CallContext): Promise<{ analysis: CallAnalysisResult; usage: AiUsageRecord }> {
    const analyses = segments.map((segment) => analyzeSegment(segment, context));
    return { analysis: combineSegmentAnalyses(analyses, context), usage: localUsage() };
  }
}
