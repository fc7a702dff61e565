/**
 * Action items: things a party commits to doing after the call ("I'll send
 * you the quote by Friday"). The owner is whoever said it; the due date is
 * the first time the sentence names, a bare day meaning 17:00 that day.
 *
 * Only first-person futures count. "Let me check" and "I can come Tuesday"
 * describe the conversation or offer a slot; showing up for an agreed
 * appointment is the appointment, not an action item.
 */
import type { ActionItemDraft, Speaker } from '../ai.types';
import { mentionInstant, type CallClock, type TimeMention } from './dates';

/** When a due day is named without a time, the item is due at the end of that business day. */
export const DUE_HOUR_WHEN_ONLY_A_DAY = 17;

const ADVERB = '(?:also |personally |just |definitely |then |quickly |go ahead and )?';
const DELIVERABLE_VERBS = [
  'send', 'resend', 'e-?mail', 'text', 'mail', 'forward', 'fax', 'share',
  'call', 'ring', 'phone', 'give you a (?:call|ring|buzz)',
  'get back', 'follow up', 'circle back', 'check back', 'touch base',
  'check', 'ask', 'confirm', 'find out', 'look into', 'talk to', 'run it by',
  'sign', 'pay', 'have', 'hold', 'reserve', 'keep', 'put together', 'pull together', 'prepare', 'draw up', 'write up',
  'get you (?:the|a|an|our|my|those|that|this|some)', 'get (?:it|that|them|this) (?:signed|over|to you|back|done)',
  "make sure (?:you're|you are|you|it|that|the)", 'remove', 'take you off',
  'tell', 'let (?:you|him|her|them) know', 'bring (?:the|a|an|my|our|your|some|samples|copies|it|them|those|that|\\w+ copies)', 'drop (?:it|them|those|the|off)',
  'refund', 'process', 'fill (?:it|them|that|this) out', 'pencil', 'schedule', 'write', 'escalate', 'revise', 'review', 'add',
  'connect', 'circulate', 'put (?:a|together)', 'make a note', 'leave (?:a|the) (?:key|note|check|cheque)', 'set (?:it|that|this|up)', 'start', 'see when', 'turn around', 'pull',
].join('|');

/** "I'll / we will / I'm going to" (or, for one's side, "he'll", "someone will") + a verb that delivers something. */
const SUBJECT = "(i'll|i will|i'm going to|i am going to|we'll|we will|he'll|she'll|he will|she will|someone will|somebody will)";
const COMMITMENT = new RegExp(`\\b${SUBJECT}\\s+${ADVERB}(${DELIVERABLE_VERBS})\\b`, 'i');
/** "…and call you Monday", "…then send it back": a second promise under the same subject. */
const AND_ANOTHER = new RegExp(`\\b(and|then|and then)\\s+(${SUBJECT}\\s+)?${ADVERB}(${DELIVERABLE_VERBS})\\b`, 'gi');
/** "maybe I'll call", "I might": not a promise. */
const HEDGED = /\b(maybe|probably|might|possibly|perhaps)\s+(i'll|i will|we'll|we will)\b/i;
/** "you'll have them by Friday", "will do": promises in other words. */
const OTHER_PROMISES = /\byou'll (have|get|receive) (it|them|the|your|a|an)\b|^\W*will do\b|\blet me (talk to|run it by|check with|ask) (my|her|him|the|them)\b/i;

export function isCommitment(sentence: string): boolean {
  return (COMMITMENT.test(sentence) || OTHER_PROMISES.test(sentence)) && !HEDGED.test(sentence);
}

/** How many promises a committing sentence holds: "I'll talk to her and call you back" holds two. */
export function commitmentsIn(sentence: string): number {
  if (!isCommitment(sentence)) return 0;
  const first = Math.max(sentence.search(COMMITMENT), 0);
  const rest = sentence.slice(first + 1);
  return 1 + [...rest.matchAll(AND_ANOTHER)].length;
}

export interface SentenceWithTimes {
  text: string;
  mentions: TimeMention[];
}

/** The action items in one segment: one per committing sentence. */
export function findActionItems(
  segment: { sequence: number; speaker: Speaker },
  sentences: SentenceWithTimes[],
  clock: CallClock,
): ActionItemDraft[] {
  return sentences.flatMap((sentence) =>
    Array.from({ length: commitmentsIn(sentence.text) }, () => ({
      description: sentence.text.trim(),
      owner: segment.speaker,
      dueAt: dueAt(sentence, clock),
      segmentSequence: segment.sequence,
    })),
  );
}

/** The first time named after the promise ("Tuesday works, I'll send it [today]"), else any before it. */
function dueAt(sentence: SentenceWithTimes, clock: CallClock): Date | null {
  const promisedAt = Math.max(0, sentence.text.search(COMMITMENT));
  const ordered = [
    ...sentence.mentions.filter((mention) => mention.index >= promisedAt),
    ...sentence.mentions.filter((mention) => mention.index < promisedAt),
  ];
  for (const mention of ordered) {
    const instant = mentionInstant(mention, clock, DUE_HOUR_WHEN_ONLY_A_DAY);
    if (instant) return instant;
  }
  return null;
}
