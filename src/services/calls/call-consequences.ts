import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import type { Call } from '../../entities/call.entity';
import { Lead } from '../../entities/lead.entity';
import { ScoreEvent } from '../../entities/score-event.entity';
import type { BuyingSignalKind, CallAnalysisResult, ObjectionKind } from '../ai/ai.types';
import { raiseAlert } from '../alerts/raise-alert';
import { applyScoreChanges } from '../scoring.service';
import type { Scope } from '../scope';
import type { AfterCommit } from '../unit-of-work';

/** What each finding is worth, and how the score history says it. One place for the call scoring rules. */
const SIGNAL_POINTS: Record<BuyingSignalKind, { points: number; words: string }> = {
  PRICING_INQUIRY: { points: 10, words: 'asked about pricing' },
  BUDGET_MENTIONED: { points: 10, words: 'mentioned a budget' },
  TIMELINE: { points: 5, words: 'talked about a timeline' },
  DECISION_MAKER: { points: 5, words: 'is the one who decides' },
  NEXT_STEP_REQUESTED: { points: 10, words: 'asked for a next step' },
  URGENCY: { points: 10, words: 'said it is urgent' },
  PURCHASE_INTENT: { points: 15, words: 'said they want to go ahead' },
};

const OBJECTION_POINTS: Record<ObjectionKind, { points: number; words: string }> = {
  PRICE: { points: -5, words: 'objected to the price' },
  TIMING: { points: -5, words: 'said the timing is wrong' },
  COMPETITOR: { points: -5, words: 'is talking to a competitor' },
  AUTHORITY: { points: -5, words: 'needs someone else to decide' },
  NEED: { points: -10, words: 'doubted they need it' },
  TRUST: { points: -5, words: 'voiced trust concerns' },
};

const SENTIMENT_POINTS = { POSITIVE: { points: 5, words: 'had a positive call' }, NEGATIVE: { points: -10, words: 'had a negative call' } } as const;

/**
 * At or below this overall sentiment a call is "strongly negative" and raises
 * NEGATIVE_CALL. Calibrated on the labelled fixtures: the local analyzer puts
 * the strongly negative calls (a furious no-show, a missed window) at −0.30…−0.36
 * while ordinary NEGATIVE calls sit just below 0.
 */
export const STRONGLY_NEGATIVE = -0.3;

function callLabel(call: Call, timezone: string): string {
  const when = call.startedAt ?? call.createdAt;
  return `call of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: timezone }).format(when)}`;
}

/** The score changes one analysis implies: each kind counts once per call. */
export function scoreChangesFor(result: CallAnalysisResult, label: string): Array<{ delta: number; reason: string }> {
  const changes: Array<{ delta: number; reason: string }> = [];
  for (const kind of new Set(result.buyingSignals.map((s) => s.kind))) changes.push(line(SIGNAL_POINTS[kind], label));
  for (const kind of new Set(result.objections.map((o) => o.kind))) changes.push(line(OBJECTION_POINTS[kind], label));
  const mood = result.sentiment.label === 'POSITIVE' || result.sentiment.label === 'NEGATIVE' ? SENTIMENT_POINTS[result.sentiment.label] : null;
  if (mood) changes.push(line(mood, label));
  return changes;
}

function line(rule: { points: number; words: string }, label: string) {
  const sign = rule.points > 0 ? '+' : '';
  return { delta: rule.points, reason: `${sign}${rule.points} ${rule.words} on ${label}` };
}

/**
 * Moves the lead's score with readable reasons (the scoring service raises
 * HOT_LEAD on a crossing into HOT) and raises NEGATIVE_CALL for a strongly
 * negative call. A re-analysis first takes back what the previous analysis
 * of the call gave, in the same batch, so only a real new crossing alerts.
 */
export async function applyCallConsequences(
  tx: EntityManager,
  scope: Scope,
  after: AfterCommit,
  call: Call,
  result: CallAnalysisResult,
  timezone: string,
  /** The overall sentiment of the final analysis this one replaces, if any. */
  earlierSentiment: number | null = null,
): Promise<void> {
  const label = callLabel(call, timezone);
  const lead = call.lead ? await tx.findOne(Lead, call.lead.id) : null;
  if (lead) {
    const previous = await tx.find(ScoreEvent, { call: call.id, source: 'CALL' });
    const net = previous.reduce((sum, e) => sum + e.delta, 0);
    const takeBack = net === 0 ? [] : [{ delta: -net, reason: `${net > 0 ? '-' : '+'}${Math.abs(net)} earlier analysis of ${label} replaced` }];
    // One batch: a lead that was HOT and stays HOT through the replacement does not cross into HOT again.
    await applyScoreChanges(tx, scope, after, lead, [...takeBack, ...scoreChangesFor(result, label)].map((c) => ({ ...c, source: 'CALL', callId: call.id })));
  }
  // Only a call that becomes strongly negative raises it: a re-analysis that agrees is not a new occurrence.
  const wasStronglyNegative = earlierSentiment !== null && earlierSentiment <= STRONGLY_NEGATIVE;
  if (result.sentiment.score <= STRONGLY_NEGATIVE && !wasStronglyNegative) {
    await raiseAlert(tx, scope, after, {
      type: AlertType.NEGATIVE_CALL,
      severity: AlertSeverity.HIGH,
      title: `Strongly negative ${label}${lead ? ` with ${lead.name}` : ''}`,
      body: result.summary,
      subjectType: 'Call',
      subjectId: call.id,
      dedupKey: `negative-call:${call.id}`,
    });
  }
}
