/**
 * The learned half of the local analyzer: logistic regressions over hashed
 * features (features.ts), trained by `npm run train:analyzer`
 * (scripts/train-analyzer.ts) on the train split of test/fixtures/calls and
 * tuned on its dev split. The weights are in analyzer-model.json next to
 * this file; nothing is downloaded.
 *
 * - One binary head per signal and objection kind, over a customer segment.
 *   How it combines with the phrase tables is per kind and was chosen on
 *   dev: `union` (either finds it) or `model` (the model decides, seeing the
 *   tables' verdict as a feature).
 * - Call sentiment: a three-way softmax over the position-weighted average of
 *   every segment's word and cue features (per speaker; no character grams,
 *   see SENTIMENT_CHARACTERS), the customer's last segment on its own (how
 *   the call ends), and the lexicon scores; per-label offsets chosen on dev
 *   are folded into the bias. It is linear, so a
 *   segment's share is computed once when the segment arrives and the call's
 *   sentiment is arithmetic over the shares (what a live call needs).
 */
import model from './analyzer-model.json';
import { featureIndexes } from './features';

export interface LearnedModel {
  version: string;
  kinds: string[];
  /** Per kind: probability at or above which the head says yes. */
  thresholds: number[];
  /** Per kind: how the head combines with the phrase tables. */
  modes: Array<'union' | 'model'>;
  kindBias: number[];
  /** Hashed feature indexes with a weight row each (`kinds.length` weights, scaled by `scale`). */
  kindFeatures: number[];
  kindWeights: number[];
  sentimentLabels: string[];
  sentimentBias: number[];
  sentimentFeatures: number[];
  sentimentWeights: number[];
  /** Weights of the real-valued inputs, per label: [customer lexicon, agent lexicon, last customer lexicon]. */
  sentimentLexicon: number[][];
  scale: number;
}

export interface Loaded {
  raw: LearnedModel;
  kindRows: Map<number, number>;
  sentimentRows: Map<number, number>;
  kindIndex: Map<string, number>;
}

let loaded: Loaded | null = null;

/** Builds the lookup tables once per process (~10 ms). */
function learned(): Loaded {
  loaded ??= buildLookups(model as LearnedModel);
  return loaded;
}

/** The model's lookup tables (exported so a test can time a load from the file). */
export function buildLookups(raw: LearnedModel): Loaded {
  const rows = (features: number[]): Map<number, number> => new Map(features.map((feature, row) => [feature, row]));
  return { raw, kindRows: rows(raw.kindFeatures), sentimentRows: rows(raw.sentimentFeatures), kindIndex: new Map(raw.kinds.map((kind, index) => [kind, index])) };
}

export function learnedModelVersion(): string {
  return learned().raw.version;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each kind head's probability for one customer utterance. */
export function kindProbabilities(text: string, ruleKinds: readonly string[]): number[] {
  const { raw, kindRows } = learned();
  const width = raw.kinds.length;
  const sums = [...raw.kindBias];
  const features = featureIndexes(text, ruleKinds);
  // Each feature counts 1/√n, so a long segment does not shout louder than a short one.
  const norm = 1 / Math.sqrt(features.length) / raw.scale;
  for (const feature of features) {
    const row = kindRows.get(feature);
    if (row === undefined) continue;
    for (let kind = 0; kind < width; kind += 1) sums[kind] += raw.kindWeights[row * width + kind] * norm;
  }
  return sums.map(sigmoid);
}

/**
 * The kinds one customer segment shows: the tables' findings combined with
 * the heads' verdicts, kind by kind as tuned (see the module comment).
 */
export function learnedKinds(text: string, ruleKinds: readonly string[]): Set<string> {
  const { raw } = learned();
  const probabilities = kindProbabilities(text, ruleKinds);
  const found = new Set<string>();
  raw.kinds.forEach((kind, index) => {
    const saysYes = probabilities[index] >= raw.thresholds[index];
    const ruleSaysYes = ruleKinds.includes(kind);
    if (raw.modes[index] === 'union' ? saysYes || ruleSaysYes : saysYes) found.add(kind);
  });
  return found;
}

/** The probability one kind's head gives an utterance (to pick the sentence to quote). */
export function kindProbability(text: string, ruleKinds: readonly string[], kind: string): number {
  const index = learned().kindIndex.get(kind);
  return index === undefined ? 0 : kindProbabilities(text, ruleKinds)[index];
}

/** Whether the sentiment model reads character n-grams (see features.ts). */
export const SENTIMENT_CHARACTERS = false;

export type SentimentLogits = [number, number, number];

/** One segment's share of the call sentiment, before position weighting: as any segment, and as the customer's last. */
export function sentimentShares(text: string, speaker: 'AGENT' | 'CUSTOMER'): { anywhere: SentimentLogits; asLast: SentimentLogits | null } {
  const anywhere = sentimentLogits(featureIndexes(text, [], speaker === 'AGENT' ? 'A:' : 'C:', SENTIMENT_CHARACTERS));
  const asLast = speaker === 'CUSTOMER' ? sentimentLogits(featureIndexes(text, [], 'L:', SENTIMENT_CHARACTERS)) : null;
  return { anywhere, asLast };
}

function sentimentLogits(features: number[]): SentimentLogits {
  const { raw, sentimentRows } = learned();
  const logits: SentimentLogits = [0, 0, 0];
  for (const feature of features) {
    const row = sentimentRows.get(feature);
    if (row === undefined) continue;
    for (let label = 0; label < 3; label += 1) logits[label] += raw.sentimentWeights[row * 3 + label] / raw.scale;
  }
  return logits;
}

export interface SentimentInputs {
  /** Σ weightᵢ · anywhereᵢ over segments and Σ weightᵢ. */
  weighted: SentimentLogits;
  totalWeight: number;
  /** The customer's last segment, or null when the customer never spoke. */
  last: SentimentLogits | null;
  /** Lexicon scores, −1..1. */
  customerLexicon: number;
  agentLexicon: number;
  lastCustomerLexicon: number;
}

/** The call's label probabilities [POSITIVE, NEUTRAL, NEGATIVE]. */
export function callSentimentProbabilities(inputs: SentimentInputs): SentimentLogits {
  const { raw } = learned();
  const lexicon = [inputs.customerLexicon, inputs.agentLexicon, inputs.lastCustomerLexicon];
  const logits = [0, 1, 2].map((label) => {
    let z = raw.sentimentBias[label];
    if (inputs.totalWeight > 0) z += inputs.weighted[label] / inputs.totalWeight;
    if (inputs.last) z += inputs.last[label];
    lexicon.forEach((value, index) => (z += value * raw.sentimentLexicon[label][index]));
    return z;
  });
  const top = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total) as SentimentLogits;
}
