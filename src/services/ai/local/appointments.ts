/**
 * Appointments: a time one party proposes ("how about Tuesday at 3?") and
 * the other accepts ("Tuesday at 3 works"). A declined, tentative ("could
 * work, let me check") or unanswered proposal is not an appointment.
 *
 * Per segment we note its scheduling cues (cheap, and what a live call
 * updates); across the call we pair proposals with answers. A proposal
 * stays open for three segments. When an answer names its own time we take
 * that ("Friday? — Friday at 11 works"); a bare time inherits the day under
 * discussion ("Saturday morning? — Great, say 9?"), and a refinement of a
 * just-agreed slot replaces it instead of adding a second appointment.
 */
import type { AppointmentDraft, AppointmentPurpose, Speaker } from '../ai.types';
import { isCommitment, type SentenceWithTimes } from './action-items';
import { mentionInstant, type CallClock, type TimeMention } from './dates';

export const DEFAULT_DURATION_MINUTES = 60;
/** Segments a proposal stays open for an answer. */
const PROPOSAL_WINDOW = 3;

const AGREE =
  /\b(works|work(s)? for (me|us)|(that|it)('d| would| will|'ll) work|fine|perfect|great|good|sounds good|brilliant|lovely|wonderful|ok(ay)?|yes|yeah|yep|sure|absolutely|definitely|it is|deal|book it|i'll take it|see you then|done|it's a date|confirmed|sweet as|righto|alright|all right|suits (me|us)|would suit|we'll be there|i'll be there)\b/i;
const DECLINE =
  /\b(no good|can't|cannot|doesn't work|won't work|not (good|great|possible)|busy|out of town|unavailable|fully booked|booked solid|(is|are|'s) (full|tough|hard|bad)|no)\b(?! (problem|worries|one|rush|need))/i;
const TENTATIVE = /\b(could work|might work|may work|maybe|let me check|i'll (confirm|check|let you know)|not sure|probably|pencil)\b/i;

/** An instruction for the other party, not a slot offered to them. */
const IMPERATIVE = /^\W*(please\s+)?(turn|make sure|keep|leave|put|bring|don't|do not|shut|switch|unplug|move|take|remember|try|fill|drop)\b/i;

/** Purpose keywords, checked in this order over the talk around the agreement. */
const PURPOSES: Array<[AppointmentPurpose, RegExp]> = [
  ['FOLLOW_UP', /\b(follow[- ]up|check in|(set up|have|schedule) a call|walk (you )?through (it|the proposal|the quote))\b/i],
  ['INSPECTION', /\b(inspect\w*|estimate|measure|assess(ment)?|survey|walk-?through|take a look|look at (it|the)|adjuster)\b/i],
  ['CONSULTATION', /\b(consult(ation)?|tasting|design|tour|meeting|discuss)\b/i],
  ['SERVICE', /\b(install(ation)?|repair|fix|clean(ing)?|service|groom|treatment|tent(ing)?|technician|tech|job|colour|color|cut|balayage|drop off)\b/i],
];

export interface Proposal {
  mention: TimeMention;
  sentence: string;
  /** Said as the yes to something: an offer only if there was no open proposal for it to accept. */
  withAnswer?: boolean;
}

export type Answer =
  | { kind: 'AGREE'; sentence: string; mention: TimeMention | null }
  | { kind: 'DECLINE' | 'TENTATIVE' };

/** What one segment contributes to scheduling. */
export interface SchedulingCues {
  sequence: number;
  speaker: Speaker;
  /** How the segment answers an open proposal, read from its first answering sentence. */
  answer: Answer | null;
  /** Times it proposes (after any answer), in order. */
  proposals: Proposal[];
  /** Lower-cased text, for purpose keywords. */
  text: string;
}

export function schedulingCues(segment: { sequence: number; speaker: Speaker; text: string }, sentences: SentenceWithTimes[]): SchedulingCues {
  let answer: Answer | null = null;
  const proposals: Proposal[] = [];
  for (const sentence of sentences) {
    const timed = sentence.mentions.filter((mention) => !mention.vague && (mention.time || mention.day));
    // A question offers a time or asks something; either way it does not accept one.
    // Nor does a promise ("Okay, I'll do that right now", "Great, I'll send the invite today"), unless a
    // clock time comes before it ("Friday at noon works, I'll have pizza"): it answers an instruction, not a slot.
    const promisedAt = isCommitment(sentence.text) ? sentence.text.search(/\b(i'll|i will|i'm going to|i am going to|we'll|we will)\b/i) : -1;
    const promiseOnly = promisedAt >= 0 && !timed.some((mention) => mention.time && mention.index < promisedAt);
    const sentenceAnswer: Answer | null = answer || sentence.text.includes('?') || promiseOnly ? null : answerIn(sentence.text, timed);
    if (sentenceAnswer) {
      answer = sentenceAnswer;
      // "Sure, I can come Friday at four": a yes to the request that also offers the slot.
      const offered = sentenceAnswer.kind === 'AGREE' ? sentenceAnswer.mention : null;
      if (offered?.time && !isWindowOrDeadline(sentence.text, offered)) proposals.push({ mention: offered, sentence: sentence.text.trim(), withAnswer: true });
      continue;
    }
    // "I'll call you at 9" schedules the speaker's own task, not a meeting; "Turn the water off tonight" is an instruction.
    if (isCommitment(sentence.text) || IMPERATIVE.test(sentence.text)) continue;
    const proposal = [...timed].reverse().find((mention) => mention.time && !isWindowOrDeadline(sentence.text, mention));
    if (proposal) proposals.push({ mention: proposal, sentence: sentence.text.trim() });
  }
  return { sequence: segment.sequence, speaker: segment.speaker, answer, proposals, text: segment.text.toLowerCase() };
}

/** "any time after 7", "by Friday at 5", "between 1 and 5": a bound, not a slot to agree on. */
function isWindowOrDeadline(sentence: string, mention: TimeMention): boolean {
  const before = sentence.slice(0, mention.index);
  // "come by Thursday" is a visit, "by Thursday" a deadline.
  return /\b(after|before|until|till|between|from|any ?time)\s*$|(?<!\b(come|stop|drop|swing|pop|go|get) )\bby\s*$/i.test(before);
}

function answerIn(sentence: string, timed: TimeMention[]): Answer | null {
  // An answer is short, leads with its verdict, or names the time it answers about;
  // "great" deep inside a long sentence is not a yes.
  const words = sentence.split(/\s+/).filter(Boolean);
  const answerLike = words.length <= 8 || timed.length > 0;
  const lead = words.slice(0, 4).join(' ');
  if (!answerLike && !AGREE.test(lead) && !DECLINE.test(lead) && !TENTATIVE.test(lead)) return null;
  if (TENTATIVE.test(sentence)) return { kind: 'TENTATIVE' };
  if (DECLINE.test(sentence)) return { kind: 'DECLINE' };
  if (AGREE.test(sentence)) return { kind: 'AGREE', sentence: sentence.trim(), mention: timed[0] ?? null };
  // Saying the time back, and nothing else ("Tuesday at nine." "Noon tomorrow, thank you."), takes it.
  const repeated = timed.find((mention) => mention.time);
  if (repeated && words.length <= 6) return { kind: 'AGREE', sentence: sentence.trim(), mention: repeated };
  return null;
}

interface OpenProposal extends Proposal {
  speaker: Speaker;
  index: number;
}

interface Agreed {
  draft: AppointmentDraft;
  /** The agreed time as words resolved: its day is what a later bare time refines. */
  mention: TimeMention;
  index: number;
}

/** Pairs proposals with the other party's answers, across the call's segments in order. */
export function agreeAppointments(cues: SchedulingCues[], clock: CallClock): AppointmentDraft[] {
  const agreed: Agreed[] = [];
  let open: OpenProposal | null = null;
  cues.forEach((segment, index) => {
    if (open && index - open.index > PROPOSAL_WINDOW) open = null;
    let settled = false;
    if (open && segment.speaker !== open.speaker && segment.answer) {
      if (segment.answer.kind === 'AGREE') record(agreed, settle(open, segment.answer, cues, index, clock));
      settled = true;
      open = null;
    }
    const offers = settled ? segment.proposals.filter((proposal) => !proposal.withAnswer) : segment.proposals;
    const latest = offers[offers.length - 1];
    if (latest) {
      const context = open?.mention ?? recentlyAgreed(agreed, index)?.mention;
      open = { ...latest, mention: inheritDay(latest.mention, context), speaker: segment.speaker, index };
    }
  });
  return agreed.map((entry) => entry.draft);
}

function settle(
  open: OpenProposal,
  answer: { sentence: string; mention: TimeMention | null },
  cues: SchedulingCues[],
  index: number,
  clock: CallClock,
): Agreed | null {
  const mention = combine(open.mention, answer.mention);
  const startsAt = mentionInstant(mention, clock);
  if (!startsAt) return null;
  const talk = cues.slice(Math.max(0, open.index - 2), index + 1).map((cue) => cue.text);
  const draft: AppointmentDraft = {
    startsAt,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    purpose: purposeOf(talk),
    location: null,
    quote: answer.sentence,
    segmentSequence: cues[index].sequence,
  };
  return { draft, mention, index };
}

/** The agreed time: the answer's own words where they say more, the proposal's otherwise. */
function combine(proposal: TimeMention, answer: TimeMention | null): TimeMention {
  if (!answer) return proposal;
  const day = answer.day && !answer.dayFromWeekday ? answer.day : proposal.day ?? answer.day;
  return { ...answer, day, time: answer.time ?? proposal.time, dayFromWeekday: false };
}

function inheritDay(mention: TimeMention, context: TimeMention | undefined): TimeMention {
  return mention.day || !context?.day ? mention : { ...mention, day: context.day };
}

/** An appointment agreed in the last couple of segments: still being negotiated. */
function recentlyAgreed(agreed: Agreed[], index: number): Agreed | undefined {
  const last = agreed[agreed.length - 1];
  return last && index - last.index <= 2 ? last : undefined;
}

/** Adds an agreement; a refinement of the one just agreed on the same day replaces it. */
function record(agreed: Agreed[], entry: Agreed | null): void {
  if (!entry) return;
  const last = recentlyAgreed(agreed, entry.index);
  if (last && sameDay(last.mention, entry.mention)) agreed[agreed.length - 1] = entry;
  else if (!agreed.some((other) => other.draft.startsAt.getTime() === entry.draft.startsAt.getTime())) agreed.push(entry);
}

function sameDay(a: TimeMention, b: TimeMention): boolean {
  return !!a.day && !!b.day && a.day.year === b.day.year && a.day.month === b.day.month && a.day.day === b.day.day;
}

export function purposeOf(talk: string[]): AppointmentPurpose {
  const text = talk.join(' ');
  const found = PURPOSES.find(([, pattern]) => pattern.test(text));
  return found ? found[0] : 'OTHER';
}
