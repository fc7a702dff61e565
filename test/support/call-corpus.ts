/**
 * The labelled call corpus in test/fixtures/calls (format and labelling
 * rules: docs/analyzer-labelling.md): its parser, its deterministic
 * train / dev / test split, the frozen test split's hash, and a scorer.
 *
 * Used by the analyzer's unit tests, its training script
 * (scripts/train-analyzer.ts) and the `analyzer` bench scenario.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  BUYING_SIGNAL_KINDS,
  OBJECTION_KINDS,
  type BuyingSignalKind,
  type CallAnalyzer,
  type CallContext,
  type ObjectionKind,
  type SegmentInput,
  type SentimentLabel,
  type Speaker,
} from '../../src/services/ai/ai.types';
import { wallClockToInstant } from '../../src/services/ai/local/zoned-time';

export type Split = 'train' | 'dev' | 'test';

export interface CorpusSegment {
  speaker: Speaker;
  text: string;
  signals: BuyingSignalKind[];
  objections: ObjectionKind[];
  /** Commitments made in this segment, by its speaker. */
  actionItems: number;
}

export interface CorpusCall {
  id: string;
  business: string;
  /** The call's start, as the organization's wall clock showed it ("2026-03-02 09:15"). */
  localStart: string;
  timezone: string;
  callStartedAt: Date;
  sentiment: SentimentLabel;
  /** The agreed appointment's local start ("2026-03-03 14:00"), or null. */
  appointmentLocal: string | null;
  appointmentAt: Date | null;
  segments: CorpusSegment[];
  split: Split;
  /** The call's block as written, for hashing. */
  source: string;
}

const SIGNAL_CODES: Record<string, BuyingSignalKind> = {
  PRI: 'PRICING_INQUIRY',
  BUD: 'BUDGET_MENTIONED',
  TL: 'TIMELINE',
  DM: 'DECISION_MAKER',
  NS: 'NEXT_STEP_REQUESTED',
  URG: 'URGENCY',
  PI: 'PURCHASE_INTENT',
};
const OBJECTION_CODES: Record<string, ObjectionKind> = {
  xPRICE: 'PRICE',
  xTIMING: 'TIMING',
  xCOMP: 'COMPETITOR',
  xAUTH: 'AUTHORITY',
  xNEED: 'NEED',
  xTRUST: 'TRUST',
};

export function callCorpusDir(): string {
  // Walk up from here: works from the source tree (jest) and from dist/ (compiled bench and scripts).
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'calls');
    if (existsSync(candidate)) return candidate;
  }
  return resolve('test/fixtures/calls');
}

export const TEST_SPLIT_HASH_FILE = 'TEST_SPLIT.sha256';

/** Every call in the corpus, ordered by id. */
export function loadCallCorpus(dir: string = callCorpusDir()): CorpusCall[] {
  const calls = readdirSync(dir)
    .filter((name) => name.endsWith('.calls'))
    .sort()
    .flatMap((name) => parseCallsFile(readFileSync(join(dir, name), 'utf8'), name));
  const seen = new Set<string>();
  for (const call of calls) {
    if (seen.has(call.id)) throw new Error(`duplicate call id ${call.id}`);
    seen.add(call.id);
  }
  return calls.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function corpusSplit(calls: CorpusCall[], split: Split): CorpusCall[] {
  return calls.filter((call) => call.split === split);
}

/**
 * The split is a function of the id alone (first byte of its SHA-256:
 * 60% train, 20% dev, 20% test), so adding calls never moves old ones.
 */
export function splitOf(id: string): Split {
  const bucket = createHash('sha256').update(id).digest()[0] % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}

/** SHA-256 over the test split's blocks as written, in id order: any edit to a test call changes it. */
export function testSplitHash(calls: CorpusCall[]): string {
  const hash = createHash('sha256');
  for (const call of corpusSplit(calls, 'test')) hash.update(`${call.source.trim()}\n\u0000`);
  return hash.digest('hex');
}

export function recordedTestSplitHash(dir: string = callCorpusDir()): string {
  return readFileSync(join(dir, TEST_SPLIT_HASH_FILE), 'utf8').trim().split(/\s+/)[0];
}

export function parseCallsFile(text: string, fileName = '(inline)'): CorpusCall[] {
  const blocks = text.split(/^(?==== )/m).filter((block) => block.startsWith('=== '));
  return blocks.map((block) => parseBlock(block, fileName));
}

function parseBlock(block: string, fileName: string): CorpusCall {
  const lines = block.split('\n').map((line) => line.trimEnd());
  const id = lines[0].slice(4).trim();
  const where = `${fileName}: ${id}`;
  const header = new Map<string, string>();
  const segments: CorpusSegment[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const turn = /^([AC]): (.*)$/.exec(line);
    if (turn) {
      segments.push(parseTurn(turn[1] === 'A' ? 'AGENT' : 'CUSTOMER', turn[2], where));
      continue;
    }
    const field = /^([a-z]+): (.*)$/.exec(line);
    if (!field || segments.length) throw new Error(`${where}: cannot read line "${line}"`);
    header.set(field[1], field[2].trim());
  }
  const need = (key: string): string => {
    const value = header.get(key);
    if (!value) throw new Error(`${where}: missing "${key}:"`);
    return value;
  };
  const [date, time, timezone] = need('at').split(/\s+/);
  const sentiment = need('sentiment') as SentimentLabel;
  if (!['POSITIVE', 'NEUTRAL', 'NEGATIVE'].includes(sentiment)) throw new Error(`${where}: bad sentiment ${sentiment}`);
  const appointment = need('appointment');
  const appointmentLocal = appointment === 'none' ? null : appointment;
  if (!segments.length) throw new Error(`${where}: no segments`);
  return {
    id,
    business: need('business'),
    localStart: `${date} ${time}`,
    timezone,
    callStartedAt: localInstant(`${date} ${time}`, timezone, where),
    sentiment,
    appointmentLocal,
    appointmentAt: appointmentLocal ? localInstant(appointmentLocal, timezone, where) : null,
    segments,
    split: splitOf(id),
    source: block,
  };
}

function parseTurn(speaker: Speaker, raw: string, where: string): CorpusSegment {
  const tagged = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(raw);
  const text = (tagged ? tagged[1] : raw).trim();
  const segment: CorpusSegment = { speaker, text, signals: [], objections: [], actionItems: 0 };
  for (const code of (tagged?.[2] ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (code === '@A' || code === '@C') {
      if ((code === '@A') !== (speaker === 'AGENT')) throw new Error(`${where}: ${code} on a ${speaker} line`);
      segment.actionItems += 1;
    } else if (SIGNAL_CODES[code]) segment.signals.push(SIGNAL_CODES[code]);
    else if (OBJECTION_CODES[code]) segment.objections.push(OBJECTION_CODES[code]);
    else throw new Error(`${where}: unknown tag ${code}`);
  }
  if (speaker === 'AGENT' && (segment.signals.length || segment.objections.length)) {
    throw new Error(`${where}: signals and objections are the customer's (line "${text}")`);
  }
  return segment;
}

function localInstant(local: string, timezone: string, where: string): Date {
  const match = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)$/.exec(local);
  if (!match) throw new Error(`${where}: bad local time "${local}"`);
  const [, year, month, day, hour, minute] = match.map(Number);
  return wallClockToInstant({ year, month, day, hour, minute }, timezone);
}

/** Spoken pace: 2.5 words a second, 0.4 s between turns (as the transcript fixtures). */
export function corpusSegments(call: CorpusCall): SegmentInput[] {
  let clock = 0;
  return call.segments.map((segment, index) => {
    const words = segment.text.split(/\s+/).filter(Boolean).length;
    const startMs = clock;
    const endMs = startMs + Math.max(1, words) * 400;
    clock = endMs + 400;
    return { sequence: index + 1, speaker: segment.speaker, text: segment.text, startMs, endMs };
  });
}

export function corpusContext(call: CorpusCall): CallContext {
  return { callStartedAt: call.callStartedAt, timezone: call.timezone };
}

export function expectedKinds(call: CorpusCall): { signals: Set<string>; objections: Set<string> } {
  return {
    signals: new Set(call.segments.flatMap((segment) => segment.signals)),
    objections: new Set(call.segments.flatMap((segment) => segment.objections)),
  };
}

export function expectedActionItems(call: CorpusCall): Record<Speaker, number> {
  const counts: Record<Speaker, number> = { AGENT: 0, CUSTOMER: 0 };
  for (const segment of call.segments) counts[segment.speaker] += segment.actionItems;
  return counts;
}

export interface KindScore {
  group: 'signal' | 'objection';
  kind: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusReport {
  calls: number;
  kinds: KindScore[];
  signalMicroF1: number;
  objectionMicroF1: number;
  sentimentAccuracy: number;
  /** Calls whose agreed appointment (or its absence) matches to the minute. */
  appointmentExact: number;
  /** Calls where every owner's number of action items matches. */
  actionItemsExactCount: number;
  disagreements: string[];
}

export async function scoreCorpus(analyzer: CallAnalyzer, calls: CorpusCall[]): Promise<CorpusReport> {
  const tallies = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (group: string, kind: string): { tp: number; fp: number; fn: number } => {
    const key = `${group}|${kind}`;
    let entry = tallies.get(key);
    if (!entry) tallies.set(key, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  BUYING_SIGNAL_KINDS.forEach((kind) => tally('signal', kind));
  OBJECTION_KINDS.forEach((kind) => tally('objection', kind));
  let sentimentRight = 0;
  let appointmentsRight = 0;
  let actionsRight = 0;
  const disagreements: string[] = [];
  for (const call of calls) {
    const { analysis } = await analyzer.analyzeCall(corpusSegments(call), corpusContext(call));
    const notes: string[] = [];
    const expected = expectedKinds(call);
    const compare = (group: 'signal' | 'objection', want: Set<string>, got: Set<string>): void => {
      for (const kind of got) tally(group, kind)[want.has(kind) ? 'tp' : 'fp'] += 1;
      for (const kind of want) if (!got.has(kind)) tally(group, kind).fn += 1;
      const extra = [...got].filter((kind) => !want.has(kind));
      const missed = [...want].filter((kind) => !got.has(kind));
      if (extra.length) notes.push(`extra ${group} ${extra.join(',')}`);
      if (missed.length) notes.push(`missed ${group} ${missed.join(',')}`);
    };
    compare('signal', expected.signals, new Set(analysis.buyingSignals.map((signal) => signal.kind)));
    compare('objection', expected.objections, new Set(analysis.objections.map((objection) => objection.kind)));
    if (analysis.sentiment.label === call.sentiment) sentimentRight += 1;
    else notes.push(`sentiment ${analysis.sentiment.label} (${analysis.sentiment.score}) for ${call.sentiment}`);
    const wanted = call.appointmentAt ? [call.appointmentAt.toISOString()] : [];
    const got = [...new Set(analysis.appointments.map((appointment) => appointment.startsAt.toISOString()))];
    if (got.length === wanted.length && got.every((iso, index) => iso === wanted[index])) appointmentsRight += 1;
    else notes.push(`appointment [${got.join(', ')}] for [${wanted.join(', ')}]`);
    const wantedItems = expectedActionItems(call);
    const gotItems: Record<Speaker, number> = { AGENT: 0, CUSTOMER: 0 };
    analysis.actionItems.forEach((item) => (gotItems[item.owner] += 1));
    if (gotItems.AGENT === wantedItems.AGENT && gotItems.CUSTOMER === wantedItems.CUSTOMER) actionsRight += 1;
    else notes.push(`action items A${gotItems.AGENT}/C${gotItems.CUSTOMER} for A${wantedItems.AGENT}/C${wantedItems.CUSTOMER}`);
    if (notes.length) disagreements.push(`${call.id}: ${notes.join('; ')}`);
  }
  const kinds = [...tallies.entries()].map(([key, { tp, fp, fn }]) => {
    const [group, kind] = key.split('|') as ['signal' | 'objection', string];
    return { group, kind, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...rates(tp, fp, fn) };
  });
  const micro = (group: string): number => {
    const of = kinds.filter((score) => score.group === group);
    const sum = (field: 'truePositives' | 'falsePositives' | 'falseNegatives'): number => of.reduce((total, score) => total + score[field], 0);
    return rates(sum('truePositives'), sum('falsePositives'), sum('falseNegatives')).f1;
  };
  const share = (right: number): number => (calls.length ? right / calls.length : 0);
  return {
    calls: calls.length,
    kinds,
    signalMicroF1: micro('signal'),
    objectionMicroF1: micro('objection'),
    sentimentAccuracy: share(sentimentRight),
    appointmentExact: share(appointmentsRight),
    actionItemsExactCount: share(actionsRight),
    disagreements,
  };
}

function rates(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function formatCorpusReport(title: string, report: CorpusReport): string {
  const header = `${'group'.padEnd(10)} ${'kind'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`;
  const rows = report.kinds.map(
    (s) =>
      `${s.group.padEnd(10)} ${s.kind.padEnd(20)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)} ${s.precision.toFixed(2).padStart(6)} ${s.recall.toFixed(2).padStart(6)} ${s.f1.toFixed(2).padStart(6)}`,
  );
  return [
    `== ${title} (${report.calls} calls)`,
    header,
    '-'.repeat(header.length),
    ...rows,
    `signal micro F1 ${report.signalMicroF1.toFixed(3)} · objection micro F1 ${report.objectionMicroF1.toFixed(3)} · sentiment ${report.sentimentAccuracy.toFixed(3)} · appointment exact ${report.appointmentExact.toFixed(3)} · action items exact count ${report.actionItemsExactCount.toFixed(3)}`,
  ].join('\n');
}
