/**
 * Scores a CallAnalyzer against the labelled transcripts in
 * test/fixtures/transcripts (see the README there for how they were labelled).
 * Used by test/unit/local-analyzer.test.ts and bench/analyzer-accuracy.ts.
 *
 * Kinds (signals, objections) are scored per call, present or not. Sentiment
 * is one label per call. Appointments match on the exact start instant;
 * action items match on owner, and separately on owner plus exact due
 * instant (null matching null).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  BUYING_SIGNAL_KINDS,
  OBJECTION_KINDS,
  type CallAnalysisResult,
  type CallAnalyzer,
  type CallContext,
  type SegmentInput,
  type SentimentLabel,
  type Speaker,
} from '../../src/services/ai/ai.types';

export interface TranscriptFixture {
  id: string;
  callStartedAt: string;
  timezone: string;
  segments: Array<{ speaker: Speaker; text: string; startMs?: number; endMs?: number }>;
  expected: {
    sentimentLabel: SentimentLabel;
    buyingSignals: string[];
    objections: string[];
    appointments: Array<{ startsAt: string }>;
    actionItems: Array<{ owner: Speaker; dueAt: string | null }>;
  };
}

export interface LabelScore {
  group: 'signal' | 'objection' | 'sentiment' | 'appointment' | 'action item';
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AccuracyReport {
  calls: number;
  labels: LabelScore[];
  signalMacroF1: number;
  objectionMacroF1: number;
  sentimentAccuracy: number;
  /** One line per call where the analyzer and the label disagree, for reading. */
  disagreements: string[];
}

/** Spoken pace used to give fixture segments durations: 2.5 words a second, 0.4 s between turns. */
const MS_PER_WORD = 400;
const GAP_MS = 400;

export function transcriptFixtureDir(): string {
  // Walk up from here: works from the source tree (jest) and from dist/ (compiled bench).
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'transcripts');
    if (existsSync(candidate)) return candidate;
  }
  return resolve('test/fixtures/transcripts');
}

/** Calls written after the rules were frozen and never tuned on (see the fixtures README). */
export function holdoutFixtureDir(): string {
  return join(transcriptFixtureDir(), 'holdout');
}

/** The `.json` calls directly in `dir` (not in sub-folders). */
export function loadTranscriptFixtures(dir: string = transcriptFixtureDir()): TranscriptFixture[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as TranscriptFixture);
}

export function fixtureContext(fixture: TranscriptFixture): CallContext {
  return { callStartedAt: new Date(fixture.callStartedAt), timezone: fixture.timezone };
}

/** Numbers segments from 1 and, where a fixture gives no timings, spaces them by word count. */
export function fixtureSegments(fixture: TranscriptFixture): SegmentInput[] {
  let clock = 0;
  return fixture.segments.map((segment, index) => {
    const words = segment.text.split(/\s+/).filter(Boolean).length;
    const startMs = segment.startMs ?? clock;
    const endMs = segment.endMs ?? startMs + Math.max(1, words) * MS_PER_WORD;
    clock = endMs + GAP_MS;
    return { sequence: index + 1, speaker: segment.speaker, text: segment.text, startMs, endMs };
  });
}

export async function scoreAnalyzer(analyzer: CallAnalyzer, fixtures: TranscriptFixture[]): Promise<AccuracyReport> {
  const tallies = new Map<string, Omit<LabelScore, 'precision' | 'recall' | 'f1'>>();
  const count = (group: LabelScore['group'], label: string, field: 'truePositives' | 'falsePositives' | 'falseNegatives', n = 1): void => {
    const key = `${group}|${label}`;
    const entry = tallies.get(key) ?? { group, label, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    entry[field] += n;
    tallies.set(key, entry);
  };
  for (const kind of BUYING_SIGNAL_KINDS) count('signal', kind, 'truePositives', 0);
  for (const kind of OBJECTION_KINDS) count('objection', kind, 'truePositives', 0);
  for (const label of ['POSITIVE', 'NEUTRAL', 'NEGATIVE']) count('sentiment', label, 'truePositives', 0);

  const disagreements: string[] = [];
  let sentimentCorrect = 0;
  for (const fixture of fixtures) {
    const { analysis } = await analyzer.analyzeCall(fixtureSegments(fixture), fixtureContext(fixture));
    const notes = scoreCall(fixture, analysis, count);
    if (analysis.sentiment.label === fixture.expected.sentimentLabel) sentimentCorrect += 1;
    if (notes.length) disagreements.push(`${fixture.id}: ${notes.join('; ')}`);
  }
  const labels = [...tallies.values()].map(withRates);
  return {
    calls: fixtures.length,
    labels,
    signalMacroF1: macroF1(labels.filter((score) => score.group === 'signal')),
    objectionMacroF1: macroF1(labels.filter((score) => score.group === 'objection')),
    sentimentAccuracy: fixtures.length ? sentimentCorrect / fixtures.length : 0,
    disagreements,
  };
}

type Count = (group: LabelScore['group'], label: string, field: 'truePositives' | 'falsePositives' | 'falseNegatives', n?: number) => void;

function scoreCall(fixture: TranscriptFixture, analysis: CallAnalysisResult, count: Count): string[] {
  const notes: string[] = [];
  const { expected } = fixture;
  compareSets('signal', expected.buyingSignals, analysis.buyingSignals.map((s) => s.kind), count, notes);
  compareSets('objection', expected.objections, analysis.objections.map((o) => o.kind), count, notes);
  const [wanted, got] = [expected.sentimentLabel, analysis.sentiment.label];
  if (wanted === got) count('sentiment', wanted, 'truePositives');
  else {
    count('sentiment', wanted, 'falseNegatives');
    count('sentiment', got, 'falsePositives');
    notes.push(`sentiment ${got} (${analysis.sentiment.score}) for ${wanted}`);
  }
  const instant = (iso: string | null): string => (iso === null ? 'none' : new Date(iso).toISOString());
  compareBags('appointment', 'start time', expected.appointments.map((a) => instant(a.startsAt)), analysis.appointments.map((a) => a.startsAt.toISOString()), count, notes);
  for (const owner of ['AGENT', 'CUSTOMER'] as const) {
    const ofOwner = <T extends { owner: Speaker }>(items: T[]): string[] => items.filter((item) => item.owner === owner).map(() => owner);
    compareBags('action item', `${owner} (owner)`, ofOwner(expected.actionItems), ofOwner(analysis.actionItems), count, notes);
  }
  compareBags(
    'action item',
    'owner + due',
    expected.actionItems.map((item) => `${item.owner} ${instant(item.dueAt)}`),
    analysis.actionItems.map((item) => `${item.owner} ${item.dueAt ? item.dueAt.toISOString() : 'none'}`),
    count,
    notes,
  );
  return notes;
}

function compareSets(group: 'signal' | 'objection', expected: string[], predicted: string[], count: Count, notes: string[]): void {
  const want = new Set(expected);
  const got = new Set(predicted);
  for (const kind of got) count(group, kind, want.has(kind) ? 'truePositives' : 'falsePositives');
  for (const kind of want) if (!got.has(kind)) count(group, kind, 'falseNegatives');
  const extra = [...got].filter((kind) => !want.has(kind));
  const missed = [...want].filter((kind) => !got.has(kind));
  if (extra.length) notes.push(`extra ${group} ${extra.join(',')}`);
  if (missed.length) notes.push(`missed ${group} ${missed.join(',')}`);
}

/** Multiset comparison: each expected value can be matched once. */
function compareBags(group: LabelScore['group'], label: string, expected: string[], predicted: string[], count: Count, notes: string[]): void {
  const unmatched = [...expected];
  const extra: string[] = [];
  for (const value of predicted) {
    const at = unmatched.indexOf(value);
    if (at >= 0) unmatched.splice(at, 1);
    else extra.push(value);
  }
  count(group, label, 'truePositives', predicted.length - extra.length);
  count(group, label, 'falsePositives', extra.length);
  count(group, label, 'falseNegatives', unmatched.length);
  if (extra.length || unmatched.length) notes.push(`${group} ${label}: got [${extra.join(', ')}] wanted [${unmatched.join(', ')}]`);
}

function withRates(score: Omit<LabelScore, 'precision' | 'recall' | 'f1'>): LabelScore {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  // An empty class (nothing expected, nothing predicted) is perfect, not undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}

function macroF1(scores: LabelScore[]): number {
  return scores.length ? scores.reduce((total, score) => total + score.f1, 0) / scores.length : 0;
}

/** The per-label table, fixed-width, for a terminal or a commit message. */
export function formatAccuracyTable(report: AccuracyReport): string {
  const header = `${'group'.padEnd(12)} ${'label'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`;
  const rows = report.labels.map(
    (s) =>
      `${s.group.padEnd(12)} ${s.label.padEnd(20)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)} ${s.precision.toFixed(2).padStart(6)} ${s.recall.toFixed(2).padStart(6)} ${s.f1.toFixed(2).padStart(6)}`,
  );
  const totals = [
    `calls: ${report.calls}`,
    `signal macro F1: ${report.signalMacroF1.toFixed(3)}`,
    `objection macro F1: ${report.objectionMacroF1.toFixed(3)}`,
    `sentiment accuracy: ${report.sentimentAccuracy.toFixed(3)}`,
  ];
  return [header, '-'.repeat(header.length), ...rows, '', ...totals].join('\n');
}
