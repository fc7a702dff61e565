/**
 * Conversation metrics from segment timings and punctuation: who talked how
 * much, who asked questions, and the longest stretch one speaker held the floor.
 */
import type { ConversationMetrics, Speaker } from '../ai.types';

export interface TimedTurn {
  sequence: number;
  speaker: Speaker;
  startMs: number;
  endMs: number;
  /** Questions in the turn (see `countQuestions`). */
  questions: number;
}

/**
 * Questions in a text: each run of question marks ends one. Transcribers
 * punctuate questions, so this counts "Tuesday at 3?" and skips rhetorical
 * phrasing without a mark; good enough for a coaching metric.
 */
export function countQuestions(text: string): number {
  return text.match(/\?+/g)?.length ?? 0;
}

export function conversationMetrics(turns: TimedTurn[]): ConversationMetrics {
  const ordered = [...turns].sort((a, b) => a.sequence - b.sequence);
  const longest = longestMonologue(ordered);
  return {
    agentTalkRatio: agentTalkRatio(ordered),
    questionsAsked: {
      agent: sum(ordered.filter((turn) => turn.speaker === 'AGENT').map((turn) => turn.questions)),
      customer: sum(ordered.filter((turn) => turn.speaker === 'CUSTOMER').map((turn) => turn.questions)),
    },
    longestMonologueMs: longest.ms,
    longestMonologueSpeaker: longest.speaker,
  };
}

/** The agent's share of spoken time, 0..1; 0 when nobody spoke. */
export function agentTalkRatio(turns: TimedTurn[]): number {
  const agentMs = sum(turns.filter((turn) => turn.speaker === 'AGENT').map(duration));
  const totalMs = sum(turns.map(duration));
  return totalMs === 0 ? 0 : round(agentMs / totalMs);
}

/**
 * The longest run of consecutive turns by one speaker, measured from the
 * run's first start to its last end (pauses between their own sentences
 * count: the other party did not take the floor). On a tie the earlier run wins.
 */
export function longestMonologue(ordered: TimedTurn[]): { ms: number; speaker: Speaker | null } {
  let best: { ms: number; speaker: Speaker | null } = { ms: 0, speaker: null };
  let runStart = 0;
  for (let index = 0; index < ordered.length; index += 1) {
    const turn = ordered[index];
    if (index > 0 && ordered[index - 1].speaker !== turn.speaker) runStart = index;
    const next = ordered[index + 1];
    if (next && next.speaker === turn.speaker) continue;
    const ms = Math.max(0, turn.endMs - ordered[runStart].startMs);
    if (ms > best.ms) best = { ms, speaker: turn.speaker };
  }
  return best;
}

function duration(turn: TimedTurn): number {
  return Math.max(0, turn.endMs - turn.startMs);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round(ratio: number): number {
  return Math.round(ratio * 1000) / 1000;
}
