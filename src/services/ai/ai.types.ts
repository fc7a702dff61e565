/**
 * The contract of Switchboard's AI layer (DESIGN.md §4 CallAnalysis, §7).
 * Plain data only: no entities, no GraphQL. Both the local analyzer and the
 * OpenAI-compatible provider produce these shapes.
 */

export type Speaker = 'AGENT' | 'CUSTOMER';

export const BUYING_SIGNAL_KINDS = [
  'PRICING_INQUIRY',
  'BUDGET_MENTIONED',
  'TIMELINE',
  'DECISION_MAKER',
  'NEXT_STEP_REQUESTED',
  'URGENCY',
  'PURCHASE_INTENT',
] as const;
export type BuyingSignalKind = (typeof BUYING_SIGNAL_KINDS)[number];

export const OBJECTION_KINDS = ['PRICE', 'TIMING', 'COMPETITOR', 'AUTHORITY', 'NEED', 'TRUST'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export const SENTIMENT_LABELS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const APPOINTMENT_PURPOSES = ['INSPECTION', 'CONSULTATION', 'SERVICE', 'FOLLOW_UP', 'OTHER'] as const;
export type AppointmentPurpose = (typeof APPOINTMENT_PURPOSES)[number];

/** One utterance of a call transcript, as stored. */
export interface SegmentInput {
  /** Source sequence number: ordering and idempotency key within a call. */
  sequence: number;
  speaker: Speaker;
  text: string;
  startMs: number;
  endMs: number;
}

/** What an analyzer needs to know about the call besides its words. */
export interface CallContext {
  /** When the call started (UTC); relative dates ("Tuesday at 3") resolve against it. */
  callStartedAt: Date;
  /** IANA timezone of the organization, e.g. "America/Chicago". */
  timezone: string;
}

export interface Sentiment {
  label: SentimentLabel;
  /** −1 (very negative) .. 1 (very positive). */
  score: number;
}

export interface BuyingSignal {
  kind: BuyingSignalKind;
  /** The words that show it, verbatim from the segment. */
  quote: string;
  /** Sequence number of the segment it was found in. */
  segmentSequence: number;
}

export interface Objection {
  kind: ObjectionKind;
  quote: string;
  segmentSequence: number;
}

export interface ActionItemDraft {
  description: string;
  owner: Speaker;
  /** Due date resolved against the call time, if the words named one. */
  dueAt: Date | null;
  segmentSequence: number;
}

export interface AppointmentDraft {
  startsAt: Date;
  durationMinutes: number;
  purpose: AppointmentPurpose;
  location: string | null;
  /** The words it was agreed in. */
  quote: string;
  segmentSequence: number;
}

export interface ConversationMetrics {
  /** Share of spoken time (by segment duration) that is the agent's, 0..1. */
  agentTalkRatio: number;
  /** Questions asked, per speaker. */
  questionsAsked: { agent: number; customer: number };
  /** Longest run of consecutive speech by one speaker, in ms. */
  longestMonologueMs: number;
  longestMonologueSpeaker: Speaker | null;
}

export interface CallAnalysisResult {
  summary: string;
  sentiment: Sentiment & { bySpeaker: Record<Speaker, Sentiment> };
  buyingSignals: BuyingSignal[];
  objections: Objection[];
  actionItems: ActionItemDraft[];
  appointments: AppointmentDraft[];
  metrics: ConversationMetrics;
  /** Who produced it: 'local' or 'openai'; the model name; the prompt version (local: analyzer version). */
  provider: 'local' | 'openai';
  model: string;
  promptVersion: string;
}

/** What one AI call cost, for the AiUsage row (DESIGN.md §4). */
export interface AiUsageRecord {
  operation: 'CALL_ANALYSIS' | 'TRANSCRIPTION' | 'LEAD_SCORING' | 'EMAIL_PERSONALIZATION' | 'QUOTE_DRAFT' | 'TICKET_TRIAGE';
  provider: 'local' | 'openai';
  model: string;
  inputTokens: number;
  outputTokens: number;
  audioSeconds: number;
  costMicroDollars: number;
}

export interface TranscriptionResult {
  segments: Array<Omit<SegmentInput, 'speaker'> & { speaker: Speaker }>;
  language: string | null;
  durationSeconds: number;
}

/** One interface, two implementations (local deterministic, OpenAI-compatible). */
export interface CallAnalyzer {
  analyzeCall(segments: SegmentInput[], context: CallContext): Promise<{ analysis: CallAnalysisResult; usage: AiUsageRecord }>;
}

export interface Transcriber {
  /** Transcribe a recording; `audio` is the file's bytes, `filename` carries its extension. */
  transcribe(audio: Buffer, filename: string): Promise<{ transcription: TranscriptionResult; usage: AiUsageRecord }>;
}
