/**
 * The shape we ask the model for (JSON schema for chat-completions structured
 * output) and the check its answer must pass before we use it (zod).
 *
 * Structured output guarantees the shape, not the meaning: the zod pass adds
 * what JSON schema in strict mode cannot say or that not every
 * OpenAI-compatible server enforces — ranges, ISO dates with an offset,
 * segment numbers that exist. Metrics (talk ratio, monologues) are not asked
 * of the model: they are arithmetic over the segments, done locally.
 */
import { z } from 'zod';
import {
  APPOINTMENT_PURPOSES,
  BUYING_SIGNAL_KINDS,
  OBJECTION_KINDS,
  type CallAnalysisResult,
} from '../ai.types';

/** The part of a CallAnalysisResult that comes from the model's answer. */
export type AnsweredCallAnalysis = Pick<
  CallAnalysisResult,
  'summary' | 'sentiment' | 'buyingSignals' | 'objections' | 'actionItems' | 'appointments'
>;

/** The answer was not valid JSON or did not pass validation; counts as a provider failure. */
export class InvalidModelAnswerError extends Error {
  override readonly name = 'InvalidModelAnswerError';
}

const SPEAKERS = ['AGENT', 'CUSTOMER'] as const;
const SENTIMENT_LABELS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;

// --- JSON schema sent to the model (strict mode: every key required, no extras, null for "absent") ---

function strictObject(properties: Record<string, unknown>): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties };
}

const sentimentJsonProperties = {
  label: { type: 'string', enum: [...SENTIMENT_LABELS] },
  score: { type: 'number', description: 'From -1 (very negative) to 1 (very positive).' },
};
const sentimentJson = strictObject(sentimentJsonProperties);
const sequenceJson = { type: 'integer', description: 'The `sequence` of the segment the quote comes from.' };
const quoteJson = { type: 'string', description: 'Verbatim words from that segment.' };
const isoDateJson = (nullable: boolean) => ({
  type: nullable ? ['string', 'null'] : 'string',
  description: 'ISO 8601 date-time with UTC offset, e.g. 2025-03-11T15:00:00-05:00.',
});

export const CALL_ANALYSIS_JSON_SCHEMA = strictObject({
  summary: { type: 'string' },
  sentiment: strictObject({
    ...sentimentJsonProperties,
    bySpeaker: strictObject({ AGENT: sentimentJson, CUSTOMER: sentimentJson }),
  }),
  buyingSignals: {
    type: 'array',
    items: strictObject({ kind: { type: 'string', enum: [...BUYING_SIGNAL_KINDS] }, quote: quoteJson, segmentSequence: sequenceJson }),
  },
  objections: {
    type: 'array',
    items: strictObject({ kind: { type: 'string', enum: [...OBJECTION_KINDS] }, quote: quoteJson, segmentSequence: sequenceJson }),
  },
  actionItems: {
    type: 'array',
    items: strictObject({
      description: { type: 'string' },
      owner: { type: 'string', enum: [...SPEAKERS] },
      dueAt: isoDateJson(true),
      segmentSequence: sequenceJson,
    }),
  },
  appointments: {
    type: 'array',
    items: strictObject({
      startsAt: isoDateJson(false),
      durationMinutes: { type: 'integer' },
      purpose: { type: 'string', enum: [...APPOINTMENT_PURPOSES] },
      location: { type: ['string', 'null'] },
      quote: quoteJson,
      segmentSequence: sequenceJson,
    }),
  },
});

/** The `response_format` of the chat-completions request. */
export const CALL_ANALYSIS_RESPONSE_FORMAT = {
  type: 'json_schema',
  json_schema: { name: 'call_analysis', strict: true, schema: CALL_ANALYSIS_JSON_SCHEMA },
} as const;

// --- zod: validation of the answer before use ---

const sentimentZ = z.object({ label: z.enum(SENTIMENT_LABELS), score: z.number().min(-1).max(1) }).strict();
const isoDateZ = z.string().datetime({ offset: true }).transform((s) => new Date(s));
const quoteZ = z.string().trim().min(1);

function answerSchema(knownSequences: ReadonlySet<number>) {
  const sequenceZ = z
    .number()
    .int()
    .refine((n) => knownSequences.has(n), { message: 'does not refer to a segment of this call' });
  return z
    .object({
      summary: z.string().trim().min(1),
      sentiment: sentimentZ.extend({ bySpeaker: z.object({ AGENT: sentimentZ, CUSTOMER: sentimentZ }).strict() }).strict(),
      buyingSignals: z.array(z.object({ kind: z.enum(BUYING_SIGNAL_KINDS), quote: quoteZ, segmentSequence: sequenceZ }).strict()),
      objections: z.array(z.object({ kind: z.enum(OBJECTION_KINDS), quote: quoteZ, segmentSequence: sequenceZ }).strict()),
      actionItems: z.array(
        z
          .object({ description: z.string().trim().min(1), owner: z.enum(SPEAKERS), dueAt: isoDateZ.nullable(), segmentSequence: sequenceZ })
          .strict(),
      ),
      appointments: z.array(
        z
          .object({
            startsAt: isoDateZ,
            durationMinutes: z.number().int().positive().max(24 * 60),
            purpose: z.enum(APPOINTMENT_PURPOSES),
            location: z.string().nullable(),
            quote: quoteZ,
            segmentSequence: sequenceZ,
          })
          .strict(),
      ),
    })
    .strict();
}

/**
 * Parses and validates the model's message content. Throws
 * InvalidModelAnswerError naming the offending paths — never the content,
 * which holds customer words that do not belong in logs.
 */
export function parseCallAnalysisAnswer(content: string | null | undefined, knownSequences: ReadonlySet<number>): AnsweredCallAnalysis {
  if (!content) throw new InvalidModelAnswerError('Model answer is empty');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new InvalidModelAnswerError('Model answer is not valid JSON');
  }
  const parsed = answerSchema(knownSequences).safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new InvalidModelAnswerError(`Model answer failed validation: ${problems.join('; ')}`);
  }
  return parsed.data;
}
