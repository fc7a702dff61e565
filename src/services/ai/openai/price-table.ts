/**
 * What OpenAI-compatible models cost, and the arithmetic that turns usage
 * into integer micro-dollars for the AiUsage row (DESIGN.md §4).
 *
 * Prices change more often than code does, so the defaults below are only a
 * starting point: config passes a JSON map of overrides (validated with
 * `modelPriceOverridesSchema`) that wins per model.
 */
import { z } from 'zod';

/** Prices in USD. Token models set the two token prices; audio models set `perAudioMinute`. */
export interface ModelPrice {
  /** USD per 1,000,000 prompt (input) tokens. */
  inputPerMillionTokens?: number;
  /** USD per 1,000,000 completion (output) tokens. */
  outputPerMillionTokens?: number;
  /** USD per minute of audio (transcription models). */
  perAudioMinute?: number;
}

export type PriceTable = Readonly<Record<string, Readonly<ModelPrice>>>;

/** OpenAI list prices (standard tier) when this table was written; override through config when they change. */
export const DEFAULT_MODEL_PRICES: PriceTable = Object.freeze({
  'gpt-4o-mini': { inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.6 },
  'gpt-4o': { inputPerMillionTokens: 2.5, outputPerMillionTokens: 10 },
  'gpt-4.1-mini': { inputPerMillionTokens: 0.4, outputPerMillionTokens: 1.6 },
  'whisper-1': { perAudioMinute: 0.006 },
});

const usd = z.number().finite().nonnegative();

/** Shape of the overrides map config reads from JSON, e.g. `{"llama3":{"inputPerMillionTokens":0}}`. */
export const modelPriceOverridesSchema = z.record(
  z.string().min(1),
  z
    .object({ inputPerMillionTokens: usd, outputPerMillionTokens: usd, perAudioMinute: usd })
    .partial()
    .strict(),
);

/** Defaults merged with overrides; an override replaces the whole entry of its model. */
export function buildPriceTable(overrides: Record<string, ModelPrice> = {}): PriceTable {
  return Object.freeze({ ...DEFAULT_MODEL_PRICES, ...overrides });
}

/** Dated snapshots ("gpt-4o-mini-2024-07-18") are billed like their alias. */
const SNAPSHOT_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

export function findModelPrice(table: PriceTable, model: string): Readonly<ModelPrice> | undefined {
  return table[model] ?? table[model.replace(SNAPSHOT_SUFFIX, '')];
}

export interface UsageToPrice {
  model: string;
  inputTokens?: number;
  outputTokens?: number;
  audioSeconds?: number;
}

const MICROS_PER_USD = 1_000_000;
const TOKENS_PER_PRICE_UNIT = 1_000_000;
const MS_PER_MINUTE = 60_000;

/**
 * Cost in integer micro-dollars, rounded up so that many small calls never
 * add up to less than was billed. A model missing from the table costs 0:
 * that is the honest answer for a self-hosted model behind OPENAI_BASE_URL;
 * price it with an override otherwise.
 */
export function computeCostMicroDollars(table: PriceTable, usage: UsageToPrice): number {
  const price = findModelPrice(table, usage.model);
  if (!price) return 0;
  // Integer arithmetic throughout: 1000 tokens × $0.15 must not become 151 µ$ through float noise.
  const tokenMicrosTimesMillion =
    wholeCount(usage.inputTokens) * toMicros(price.inputPerMillionTokens) +
    wholeCount(usage.outputTokens) * toMicros(price.outputPerMillionTokens);
  const audioMicrosTimesMinuteMs = Math.round(Math.max(0, usage.audioSeconds ?? 0) * 1000) * toMicros(price.perAudioMinute);
  return ceilDiv(tokenMicrosTimesMillion, TOKENS_PER_PRICE_UNIT) + ceilDiv(audioMicrosTimesMinuteMs, MS_PER_MINUTE);
}

function toMicros(priceUsd: number | undefined): number {
  return Math.round((priceUsd ?? 0) * MICROS_PER_USD);
}

function wholeCount(n: number | undefined): number {
  return Math.max(0, Math.ceil(n ?? 0));
}

function ceilDiv(numerator: number, divisor: number): number {
  const remainder = numerator % divisor;
  return (numerator - remainder) / divisor + (remainder > 0 ? 1 : 0);
}
