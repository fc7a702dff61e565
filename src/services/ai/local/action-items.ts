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
].join('|');

/** "I'll / we will / I'm going to" + a verb that delivers something. */
const COMMITMENT = new RegExp(`\\b(i'll|i will|i'm going to|i am going to|we'll|we will)\\s+${ADVERB}(${DELIVERABLE_VERBS})\\b`, 'i');

export function isCommitment(sentence: string): boolean {
  return COMMITMENT.test(sentence);
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
  return sentences
    .filter((sentence) => isCommitment(sentence.text))
    .map((sentence) => ({
      description: sentence.text.trim(),
      owner: segment.speaker,
      dueAt: dueAt(sentence, clock),
      segmentSequence: segment.sequence,
    }));
}

/** The first time named after the promise ("Tuesday works, I'll send it [today]"), else any before it. */
function dueAt(sentence: SentenceWithTimes, clock: CallClock): Date | null {
  const promisedAt = sentence.text.search(COMMITMENT);
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
