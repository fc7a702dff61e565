/**
 * Trains the local analyzer's learned model (src/services/ai/local/learned-model.ts)
 * and writes src/services/ai/local/analyzer-model.json.
 *
 *   npm run train:analyzer
 *
 * Reproducible: a seeded shuffle, no randomness otherwise, no network. Trains
 * on the train split of test/fixtures/calls (plus, for sentiment only, the
 * labelled transcripts' tuning set), picks thresholds, modes and the
 * regularization on the dev split, and never reads the frozen test split.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUYING_SIGNAL_KINDS, OBJECTION_KINDS, type Speaker } from '../src/services/ai/ai.types';
import { FEATURE_BUCKETS, featureIndexes } from '../src/services/ai/local/features';
import { callSentiment, readSentences, sentimentOf, tally, tallyBySpeaker } from '../src/services/ai/local/sentiment';
import { SENTIMENT_CHARACTERS } from '../src/services/ai/local/learned-model';
import { findBuyingSignals, findObjections } from '../src/services/ai/local/signals';
import { loadTranscriptFixtures } from '../test/support/analyzer-accuracy';
import { corpusSplit, loadCallCorpus, type CorpusCall } from '../test/support/call-corpus';

const KINDS: string[] = [...BUYING_SIGNAL_KINDS, ...OBJECTION_KINDS];
const SENTIMENT_LABELS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
const SCALE = 1000;
const MODEL_VERSION = 'learned-2';
/** SGD learning rate (decayed per epoch) and the weight of a positive example; chosen on dev. */
const RATE = 1;
const POSITIVE_WEIGHT = 3;

interface Turn {
  speaker: Speaker;
  text: string;
  labels: Set<string>;
}
interface Call {
  id: string;
  turns: Turn[];
  sentiment: string;
  /** Call-level kinds, for calls labelled per call only (the transcripts). */
  callKinds?: Set<string>;
}

function fromCorpus(call: CorpusCall): Call {
  return {
    id: call.id,
    sentiment: call.sentiment,
    turns: call.segments.map((segment) => ({ speaker: segment.speaker, text: segment.text, labels: new Set([...segment.signals, ...segment.objections]) })),
  };
}

/** Mulberry32: a tiny seeded generator, so every run shuffles the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

const ruleCache = new Map<string, string[]>();
/** What the phrase tables find in a customer utterance. */
function ruleKinds(text: string): string[] {
  let kinds = ruleCache.get(text);
  if (!kinds) {
    const sentences = readSentences(text);
    const segment = { speaker: 'CUSTOMER' as const, sequence: 1, text };
    kinds = [...findBuyingSignals(segment, sentences).map((s) => s.kind), ...findObjections(segment, sentences).map((o) => o.kind)];
    ruleCache.set(text, kinds);
  }
  return kinds;
}

// ---- kind heads: one binary logistic regression per kind, sharing the features.

interface KindExample {
  features: number[];
  labels: Set<string>;
}

function kindExamples(calls: Call[]): KindExample[] {
  return calls.flatMap((call) =>
    call.turns.filter((turn) => turn.speaker === 'CUSTOMER').map((turn) => ({ features: featureIndexes(turn.text, ruleKinds(turn.text)), labels: turn.labels })),
  );
}

interface KindHeads {
  weights: Float32Array[];
  bias: number[];
  counts: Uint16Array;
}

function trainKindHeads(examples: KindExample[], epochs: number, l2: number): KindHeads {
  const weights = KINDS.map(() => new Float32Array(FEATURE_BUCKETS));
  const bias = KINDS.map(() => 0);
  const counts = new Uint16Array(FEATURE_BUCKETS);
  for (const example of examples) for (const feature of example.features) counts[feature] = Math.min(65535, counts[feature] + 1);
  const random = seeded(13);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = RATE / (1 + epoch * 0.3);
    for (const example of shuffled(examples, random)) {
      KINDS.forEach((kind, head) => {
        const w = weights[head];
        const norm = 1 / Math.sqrt(example.features.length);
        let z = bias[head];
        for (const feature of example.features) z += w[feature] * norm;
        const positive = example.labels.has(kind);
        // Positives are rare (a kind is in a few percent of segments): they weigh more, for recall.
        const gradient = (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0)) * (positive ? POSITIVE_WEIGHT : 1);
        bias[head] -= rate * gradient;
        for (const feature of example.features) w[feature] -= rate * (gradient * norm + l2 * w[feature]);
      });
    }
  }
  return { weights, bias, counts };
}

function headProbabilities(heads: KindHeads, features: number[]): number[] {
  const norm = 1 / Math.sqrt(features.length);
  return KINDS.map((_kind, head) => {
    let z = heads.bias[head];
    for (const feature of features) z += heads.weights[head][feature] * norm;
    return 1 / (1 + Math.exp(-z));
  });
}

interface KindChoice {
  threshold: number;
  mode: 'union' | 'model';
  f1: number;
}

/** Per kind, the mode and threshold with the best call-level F1 on `calls` (dev). */
function tuneKinds(heads: KindHeads, calls: Call[]): KindChoice[] {
  const perCall = calls.map((call) => {
    const customer = call.turns.filter((turn) => turn.speaker === 'CUSTOMER');
    return {
      want: call.callKinds ?? new Set(customer.flatMap((turn) => [...turn.labels])),
      turns: customer.map((turn) => ({ rules: new Set(ruleKinds(turn.text)), probabilities: headProbabilities(heads, featureIndexes(turn.text, ruleKinds(turn.text))) })),
    };
  });
  return KINDS.map((kind, head) => {
    let best: KindChoice = { threshold: 0.5, mode: 'union', f1: -1 };
    for (const mode of ['union', 'model'] as const) {
      for (let step = 2; step <= 18; step += 1) {
        const threshold = step / 20;
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const call of perCall) {
          const got = call.turns.some((turn) => turn.probabilities[head] >= threshold || (mode === 'union' && turn.rules.has(kind)));
          const want = call.want.has(kind);
          if (got && want) tp += 1;
          else if (got) fp += 1;
          else if (want) fn += 1;
        }
        const f1 = tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
        if (f1 > best.f1 + 1e-9) best = { threshold, mode, f1 };
      }
    }
    return best;
  });
}

// ---- call sentiment: multinomial logistic regression.

interface SentimentExample {
  features: Map<number, number>;
  lexicon: [number, number, number];
  label: number;
}

function sentimentExample(call: Call): SentimentExample {
  const features = new Map<number, number>();
  const add = (feature: number, value: number): void => void features.set(feature, (features.get(feature) ?? 0) + value);
  const last = Math.max(1, call.turns.length - 1);
  const weights = call.turns.map((_turn, index) => 0.5 + index / last);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  call.turns.forEach((turn, index) => {
    for (const feature of featureIndexes(turn.text, [], turn.speaker === 'AGENT' ? 'A:' : 'C:', SENTIMENT_CHARACTERS)) add(feature, weights[index] / total);
  });
  const lastCustomer = [...call.turns].reverse().find((turn) => turn.speaker === 'CUSTOMER');
  if (lastCustomer) for (const feature of featureIndexes(lastCustomer.text, [], 'L:', SENTIMENT_CHARACTERS)) add(feature, 1);
  const segments = call.turns.map((turn) => ({ speaker: turn.speaker, sentimentTally: tally(readSentences(turn.text)) }));
  const overall = callSentiment(tallyBySpeaker(segments));
  const lastLexicon = lastCustomer ? sentimentOf(tally(readSentences(lastCustomer.text))).score : 0;
  return {
    features,
    lexicon: [overall.bySpeaker.CUSTOMER.score, overall.bySpeaker.AGENT.score, lastLexicon],
    label: SENTIMENT_LABELS.indexOf(call.sentiment),
  };
}

interface SentimentModel {
  weights: Float32Array[];
  bias: number[];
  lexicon: number[][];
}

function trainSentiment(examples: SentimentExample[], epochs: number, l2: number): SentimentModel {
  const weights = SENTIMENT_LABELS.map(() => new Float32Array(FEATURE_BUCKETS));
  const bias = [0, 0, 0];
  const lexicon = SENTIMENT_LABELS.map(() => [0, 0, 0]);
  const random = seeded(7);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = 0.5 / (1 + epoch * 0.2);
    for (const example of shuffled(examples, random)) {
      const probabilities = sentimentProbabilities({ weights, bias, lexicon }, example);
      for (let label = 0; label < 3; label += 1) {
        const gradient = probabilities[label] - (example.label === label ? 1 : 0);
        bias[label] -= rate * gradient;
        example.lexicon.forEach((value, index) => (lexicon[label][index] -= rate * gradient * value));
        const w = weights[label];
        for (const [feature, value] of example.features) w[feature] -= rate * (gradient * value + l2 * w[feature]);
      }
    }
  }
  return { weights, bias, lexicon };
}

function sentimentProbabilities(model: SentimentModel, example: SentimentExample): number[] {
  const logits = [0, 1, 2].map((label) => {
    let z = model.bias[label];
    for (const [feature, value] of example.features) z += model.weights[label][feature] * value;
    example.lexicon.forEach((value, index) => (z += value * model.lexicon[label][index]));
    return z;
  });
  const top = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

/**
 * Per-label offsets added to the bias, chosen on dev: the train split's label mix (few
 * NEGATIVE calls) and an overfit train fit leave the softmax's borders off where unseen calls
 * fall. The smallest offsets with the best dev accuracy win, so a flat stretch moves nothing.
 */
function tuneSentimentOffsets(model: SentimentModel, examples: SentimentExample[]): { offsets: number[]; accuracy: number } {
  let best = { offsets: [0, 0, 0], accuracy: sentimentAccuracy(model, examples), size: 0 };
  for (let positive = -10; positive <= 10; positive += 1) {
    for (let negative = -10; negative <= 10; negative += 1) {
      const offsets = [positive / 10, 0, negative / 10];
      const shifted = { ...model, bias: model.bias.map((value, label) => value + offsets[label]) };
      const accuracy = sentimentAccuracy(shifted, examples);
      const size = Math.abs(positive) + Math.abs(negative);
      if (accuracy > best.accuracy + 1e-9 || (Math.abs(accuracy - best.accuracy) < 1e-9 && size < best.size)) best = { offsets, accuracy, size };
    }
  }
  return best;
}

function sentimentAccuracy(model: SentimentModel, examples: SentimentExample[]): number {
  const right = examples.filter((example) => {
    const probabilities = sentimentProbabilities(model, example);
    return probabilities.indexOf(Math.max(...probabilities)) === example.label;
  }).length;
  return examples.length ? right / examples.length : 0;
}

// ---- writing the model: only features seen at least twice, weights that matter, as integers.

function sparseTable(weights: Float32Array[], keep: (feature: number) => boolean): { features: number[]; rows: number[] } {
  const features: number[] = [];
  const rows: number[] = [];
  for (let feature = 0; feature < FEATURE_BUCKETS; feature += 1) {
    if (!keep(feature)) continue;
    const row = weights.map((w) => Math.round(w[feature] * SCALE));
    if (row.every((value) => Math.abs(value) < 5)) continue;
    features.push(feature);
    rows.push(...row);
  }
  return { features, rows };
}

/**
 * The weights as the model file will hold them (features seen at least twice, integers at
 * SCALE, tiny rows dropped), so choices made on dev are made for the model that ships.
 */
function asShipped(weights: Float32Array[], keep: (feature: number) => boolean): Float32Array[] {
  const table = sparseTable(weights, keep);
  const shipped = weights.map(() => new Float32Array(FEATURE_BUCKETS));
  table.features.forEach((feature, row) => shipped.forEach((w, head) => (w[feature] = table.rows[row * weights.length + head] / SCALE)));
  return shipped;
}

/** The source tree's root, from scripts/ (jiti) or dist/scripts/ (compiled): the model is committed in src/. */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'src', 'services', 'ai', 'local', 'learned-model.ts'))) return dir;
  }
  throw new Error('cannot find src/services/ai/local from here');
}

function main(): void {
  const corpus = loadCallCorpus();
  const train = corpusSplit(corpus, 'train').map(fromCorpus);
  const dev = corpusSplit(corpus, 'dev').map(fromCorpus);
  const transcripts: Call[] = loadTranscriptFixtures().map((fixture) => ({
    id: fixture.id,
    sentiment: fixture.expected.sentimentLabel,
    turns: fixture.segments.map((segment) => ({ speaker: segment.speaker, text: segment.text, labels: new Set<string>() })),
    callKinds: new Set([...fixture.expected.buyingSignals, ...fixture.expected.objections]),
  }));
  console.log(`train ${train.length} calls (+${transcripts.length} transcripts for sentiment), dev ${dev.length} calls; the test split is not read`);

  const examples = kindExamples(train);
  let heads: KindHeads | null = null;
  let choices: KindChoice[] = [];
  let bestMicro = -1;
  for (const l2 of [1e-4, 1e-3]) {
    for (const epochs of [8, 16]) {
      const trained = trainKindHeads(examples, epochs, l2);
      const candidate = { ...trained, weights: asShipped(trained.weights, (feature) => trained.counts[feature] >= 2) };
      // Tuned on dev and on the transcripts' tuning set, so the tables' old wins stay won.
      const tuned = tuneKinds(candidate, [...dev, ...transcripts]);
      const mean = tuned.reduce((sum, choice) => sum + choice.f1, 0) / tuned.length;
      console.log(`kind heads l2=${l2} epochs=${epochs}: dev mean F1 ${mean.toFixed(3)}`);
      if (mean > bestMicro) [heads, choices, bestMicro] = [candidate, tuned, mean];
    }
  }
  KINDS.forEach((kind, index) => console.log(`  ${kind.padEnd(20)} ${choices[index].mode.padEnd(5)} t=${choices[index].threshold.toFixed(2)} dev F1 ${choices[index].f1.toFixed(2)}`));

  const sentimentTrain = [...train, ...transcripts].map(sentimentExample);
  const sentimentCounts = new Uint16Array(FEATURE_BUCKETS);
  for (const example of sentimentTrain) for (const feature of example.features.keys()) sentimentCounts[feature] = Math.min(65535, sentimentCounts[feature] + 1);
  const sentimentDev = dev.map(sentimentExample);
  let sentiment: SentimentModel | null = null;
  let bestAccuracy = -1;
  for (const l2 of [5e-2, 1e-1, 2e-1, 4e-1]) {
    for (const epochs of [10, 25]) {
      const trained = trainSentiment(sentimentTrain, epochs, l2);
      const candidate = { ...trained, weights: asShipped(trained.weights, (feature) => sentimentCounts[feature] >= 2) };
      const accuracy = sentimentAccuracy(candidate, sentimentDev);
      console.log(`sentiment l2=${l2} epochs=${epochs}: train ${sentimentAccuracy(candidate, sentimentTrain).toFixed(3)} dev ${accuracy.toFixed(3)}`);
      if (accuracy > bestAccuracy) [sentiment, bestAccuracy] = [candidate, accuracy];
    }
  }

  const tunedOffsets = tuneSentimentOffsets(sentiment!, sentimentDev);
  console.log(`sentiment label offsets [${tunedOffsets.offsets.join(', ')}]: dev ${bestAccuracy.toFixed(3)} → ${tunedOffsets.accuracy.toFixed(3)}`);
  sentiment = { ...sentiment!, bias: sentiment!.bias.map((value, label) => value + tunedOffsets.offsets[label]) };

  const kindTable = sparseTable(heads!.weights, (feature) => heads!.counts[feature] >= 2);
  const sentimentTable = sparseTable(sentiment!.weights, (feature) => sentimentCounts[feature] >= 2);
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  const output = {
    version: MODEL_VERSION,
    kinds: KINDS,
    thresholds: choices.map((choice) => choice.threshold),
    modes: choices.map((choice) => choice.mode),
    kindBias: heads!.bias.map(round),
    kindFeatures: kindTable.features,
    kindWeights: kindTable.rows,
    sentimentLabels: SENTIMENT_LABELS,
    sentimentBias: sentiment!.bias.map(round),
    sentimentFeatures: sentimentTable.features,
    sentimentWeights: sentimentTable.rows,
    sentimentLexicon: sentiment!.lexicon.map((row) => row.map(round)),
    scale: SCALE,
  };
  const path = join(repositoryRoot(), 'src', 'services', 'ai', 'local', 'analyzer-model.json');
  const json = JSON.stringify(output);
  writeFileSync(path, `${json}\n`);
  console.log(`wrote ${path}: ${(json.length / 1024).toFixed(0)} KiB, ${kindTable.features.length} kind features, ${sentimentTable.features.length} sentiment features`);
}

main();
