/**
 * Extractive summary: two or three sentences lifted verbatim from the call,
 * in call order, each labelled with its speaker.
 *
 * A sentence earns its place by what it carries: an agreed appointment, an
 * objection, a buying signal, a commitment, or (for the customer's first
 * substantial sentence) the reason they called. Picks are greedy and each
 * finding kind counts once, so three price objections do not crowd out the
 * appointment. Ties go to the earlier sentence, which keeps it deterministic.
 */
import type { ActionItemDraft, AppointmentDraft, BuyingSignal, Objection, Speaker } from '../ai.types';

export const MAX_SUMMARY_SENTENCES = 3;
const MIN_SUMMARY_SENTENCES = 2;

/** What a sentence earns per finding kind it carries; what stands in the way outranks one more buying signal. */
const WEIGHTS = { appointment: 3, objection: 2.5, signal: 2, actionItem: 1.5, reasonForCalling: 1.5 };

export interface SummarySegment {
  sequence: number;
  speaker: Speaker;
  sentences: Array<{ text: string }>;
}

export interface SummaryFindings {
  buyingSignals: BuyingSignal[];
  objections: Objection[];
  actionItems: ActionItemDraft[];
  appointments: AppointmentDraft[];
}

interface Candidate {
  order: number;
  speaker: Speaker;
  text: string;
  /** Finding kinds this sentence carries, with their weight. */
  carries: Map<string, number>;
}

export function extractiveSummary(segments: SummarySegment[], findings: SummaryFindings): string {
  const candidates = candidatesFrom(segments, findings);
  const picked = pickGreedily(candidates);
  for (const fallback of candidates) {
    if (picked.length >= MIN_SUMMARY_SENTENCES) break;
    if (!picked.includes(fallback) && wordCount(fallback.text) >= 5) picked.push(fallback);
  }
  return picked
    .sort((a, b) => a.order - b.order)
    .map((candidate) => `${candidate.speaker === 'AGENT' ? 'Agent' : 'Customer'}: ${candidate.text}`)
    .join(' ');
}

function candidatesFrom(segments: SummarySegment[], findings: SummaryFindings): Candidate[] {
  const weightsByQuote = findingWeights(findings);
  const candidates: Candidate[] = [];
  let reasonGiven = false;
  for (const segment of [...segments].sort((a, b) => a.sequence - b.sequence)) {
    for (const sentence of segment.sentences) {
      const text = sentence.text.trim();
      const carries = new Map(weightsByQuote.get(`${segment.sequence}|${text}`) ?? []);
      if (!reasonGiven && segment.speaker === 'CUSTOMER' && wordCount(text) >= 6) {
        carries.set('reasonForCalling', WEIGHTS.reasonForCalling);
        reasonGiven = true;
      }
      candidates.push({ order: candidates.length, speaker: segment.speaker, text, carries });
    }
  }
  return candidates;
}

/** For each quoted sentence (by segment and text), the finding kinds it carries. */
function findingWeights(findings: SummaryFindings): Map<string, Map<string, number>> {
  const byQuote = new Map<string, Map<string, number>>();
  const add = (sequence: number, quote: string, kind: string, weight: number): void => {
    const key = `${sequence}|${quote.trim()}`;
    const kinds = byQuote.get(key) ?? new Map<string, number>();
    kinds.set(kind, weight);
    byQuote.set(key, kinds);
  };
  findings.appointments.forEach((a) => add(a.segmentSequence, a.quote, 'APPOINTMENT', WEIGHTS.appointment));
  findings.objections.forEach((o) => add(o.segmentSequence, o.quote, `OBJECTION_${o.kind}`, WEIGHTS.objection));
  findings.buyingSignals.forEach((s) => add(s.segmentSequence, s.quote, `SIGNAL_${s.kind}`, WEIGHTS.signal));
  findings.actionItems.forEach((i) => add(i.segmentSequence, i.description, `ACTION_${i.owner}`, WEIGHTS.actionItem));
  return byQuote;
}

function pickGreedily(candidates: Candidate[]): Candidate[] {
  const picked: Candidate[] = [];
  const covered = new Set<string>();
  while (picked.length < MAX_SUMMARY_SENTENCES) {
    let best: Candidate | null = null;
    let bestGain = 0;
    for (const candidate of candidates) {
      const gain = gainOf(candidate, covered);
      if (gain > bestGain && !picked.includes(candidate)) [best, bestGain] = [candidate, gain];
    }
    if (!best) break;
    picked.push(best);
    best.carries.forEach((_weight, kind) => covered.add(kind));
  }
  return picked;
}

function gainOf(candidate: Candidate, covered: Set<string>): number {
  let gain = 0;
  candidate.carries.forEach((weight, kind) => {
    if (!covered.has(kind)) gain += weight;
  });
  return gain;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
