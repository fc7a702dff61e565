/**
 * Time expressions in a sentence ("Tuesday at 3", "tomorrow morning", "by the
 * 14th"), resolved to calendar days and clock times in the organization's
 * timezone.
 *
 * chrono-node recognizes the words; the calendar reasoning is ours. chrono's
 * `ref.timezone` takes an abbreviation or a number of minutes, not an IANA
 * name (an unknown name silently falls back to the server's zone), so we hand
 * it the zone's offset at the call's start, computed with Intl. That makes
 * "today" and "tomorrow" the organization's days. Which Tuesday, and what
 * "morning" means, we decide here, and the final instant is computed with
 * the offset in force on that day, so an appointment across a DST change
 * keeps its wall-clock hour.
 *
 * Conventions (the same ones the labelled fixtures use):
 * - a clock time without am/pm is a business hour: 1–6 → pm, 7–11 → am;
 * - morning 09:00, noon 12:00, afternoon 14:00, evening 18:00, tonight 20:00,
 *   "first thing" 08:00, "end of day" 17:00;
 * - a weekday is the first such day after the call's date ("next Tuesday" too);
 * - "the 14th" is the next 14th on or after the call's date;
 * - spans ("next week", "in September", "in a few minutes") are vague.
 */
import * as chrono from 'chrono-node';
import type { CallContext } from '../ai.types';
import {
  addDays,
  compareDays,
  weekdayOf,
  wallClockAt,
  wallClockToInstant,
  zoneOffsetMinutes,
  type CalendarDay,
  type WallClock,
} from './zoned-time';
import { spokenTimesInDigits } from './spoken-times';

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeMention {
  /** The words, verbatim from the sentence. */
  text: string;
  /** Where the words start in the sentence. */
  index: number;
  /** The calendar day the words name, in the organization's zone. */
  day: CalendarDay | null;
  /** True when the day came only from a weekday name (a date beats it when both are said). */
  dayFromWeekday: boolean;
  /** The time of day the words name, explicitly or by a part of day. */
  time: ClockTime | null;
  /** The words name a span (a week, a month, "in a few minutes"), not a day or a time. */
  vague: boolean;
}

/** What a call's time expressions are resolved against; compute once per call. */
export interface CallClock {
  timezone: string;
  /** The call's start on the organization's wall clock. */
  start: WallClock;
  today: CalendarDay;
  chronoReference: { instant: Date; timezone: number };
}

const DAYPART_HOURS: Array<[RegExp, number]> = [
  [/\bfirst thing\b/i, 8],
  [/\bmorning\b/i, 9],
  [/\b(noon|midday|lunch ?time)\b/i, 12],
  [/\bafternoon\b/i, 14],
  [/\bevening\b/i, 18],
  [/\b(tonight|night)\b/i, 20],
];

// Cheap gate: most sentences name no time, and chrono is the costly step.
const MAY_NAME_A_TIME =
  /\d|\b(o'?clock|half|quarter|past|noon|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|today|tomorrow|tonight|morning|noon|afternoon|evening|night|week|weekend|month|end of|first thing|(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "at four works", "say nine?": a spelled hour where a clock time can stand (not "at one point"). */
const SPELLED_CLOCK_TIME = new RegExp(
  `\\b(at|say) (${NUMBER_WORDS.join('|')})\\b(?=\\s*([.,?!]|$|(works|is|would|could|then|tomorrow|today|on|in the|o'clock|sharp|am|pm)\\b))`,
  'gi',
);
/** "let's say 10:30?": chrono needs the "at". */
const SAY_CLOCK_TIME = /\bsay (\d{1,2}(:\d\d)?)(?=\s*([.,?!]|$|(works|is|then|tomorrow|today|on|in the|am|pm)\b))/gi;

/** Words chrono matches that are not a point in time we can use. */
const NOT_A_POINT_IN_TIME =
  /^(now|right now|the day|the week|(a|an|one|\d+|two|three|four|five|six|few|couple|several)( of)? (minutes?|hours?|days?|weeks?|months?|years?)|.*\b(ago|last|yesterday|earlier)\b.*)$/i;
const NUMBER_FOLLOWS = /^([,.]?\d|\s*(dollars|bucks|pounds|euros|k\b|grand|thousand|hundred|percent|%|people|guests|feet|foot|square|sq))/i;
/** "250 to 350", "around 900": amounts chrono reads as 2:50 or 9:00. */
const BARE_NUMBERS = /^(at |around |about )?\d{3,4}( to \d+)?$/i;
const SPAN = /\b(week|weekend|month|year|spring|summer|fall|autumn|winter)s?\b/i;
const TODAY_PHRASE = /\b(this (morning|afternoon|evening)|today|tonight)\b/i;
const BARE_DAYPART = /^(morning|afternoon|evening|night)$/i;
const RELATIVE_CLOCK = /\b(minutes?|hours?)\b/i;
/** What may stand between two pieces of one expression: "Monday [the 16th] [at 8]", "at 6 [in the] evening". */
const JOINER = /^[\s,]*(at|around|about|say|on|by|from|in the|@|-)?[\s,]*$/i;

export function callClock(context: CallContext): CallClock {
  const start = wallClockAt(context.callStartedAt, context.timezone);
  return {
    timezone: context.timezone,
    start,
    today: { year: start.year, month: start.month, day: start.day },
    chronoReference: {
      instant: context.callStartedAt,
      timezone: zoneOffsetMinutes(context.callStartedAt, context.timezone),
    },
  };
}

/** The time expressions in one sentence, in order of appearance. */
export function findTimeMentions(sentence: string, clock: CallClock): TimeMention[] {
  if (!MAY_NAME_A_TIME.test(sentence)) return [];
  const text = spellClockTimesInDigits(sentence);
  const own = ownPhrases(text, sentence, clock);
  const fromChrono = chrono.casual
    .parse(text, clock.chronoReference)
    .filter((result) => !own.some((mention) => overlaps(mention, result.index, result.text.length)))
    .map((result) => fromChronoResult(result, text, sentence, clock))
    .filter((mention): mention is TimeMention => mention !== null);
  return mergeAdjacent([...own, ...fromChrono].sort((a, b) => a.index - b.index), sentence);
}

/**
 * The instant a mention names. A mention with a day but no time gets
 * `defaultHour` (a due date: 17:00), or null when there is none; a time with
 * no day is today if still ahead of the call, else tomorrow.
 */
export function mentionInstant(mention: TimeMention, clock: CallClock, defaultHour?: number): Date | null {
  if (mention.vague) return null;
  const time = mention.time ?? (defaultHour === undefined ? null : { hour: defaultHour, minute: 0 });
  if (!time) return null;
  const day = mention.day ?? (isLaterToday(time, clock.start) ? clock.today : addDays(clock.today, 1));
  return wallClockToInstant({ ...day, ...time }, clock.timezone);
}

function isLaterToday(time: ClockTime, now: WallClock): boolean {
  return time.hour * 60 + time.minute > now.hour * 60 + now.minute;
}

// "at four" → "at 4   ", "say 9" → "at 9 ": same length, so indexes still point into the original sentence.
function spellClockTimesInDigits(sentence: string): string {
  return spokenTimesInDigits(sentence)
    .replace(SPELLED_CLOCK_TIME, (whole: string, _lead: string, word: string) => {
      const digits = String(NUMBER_WORDS.indexOf(word.toLowerCase()) + 1);
      return `at ${digits}`.padEnd(whole.length, ' ');
    })
    .replace(SAY_CLOCK_TIME, (whole: string, clockTime: string) => `at ${clockTime}`.padEnd(whole.length, ' '));
}

interface OwnPhrase {
  pattern: RegExp;
  resolve(match: RegExpMatchArray, today: CalendarDay): { day: CalendarDay | null; time: ClockTime | null } | null;
}

/** Phrases chrono 2.10 does not know, resolved by our conventions. */
const OWN_PHRASES: OwnPhrase[] = [
  {
    pattern: /\bthe (\d{1,2})(st|nd|rd|th)\b(?! of [a-z])/gi,
    resolve: (match, today) => {
      const day = nextDayOfMonth(Number(match[1]), today);
      return day ? { day, time: null } : null;
    },
  },
  {
    pattern: /\bend of (the |this |next )?week\b/gi,
    resolve: (match, today) => ({ day: endOfWeek(today, /next/i.test(match[1] ?? '')), time: null }),
  },
  {
    pattern: /\b(end of (the )?(business )?day|close of business|EOD)\b/gi,
    resolve: (_match, today) => ({ day: today, time: { hour: 17, minute: 0 } }),
  },
  { pattern: /\bfirst thing\b/gi, resolve: () => ({ day: null, time: { hour: 8, minute: 0 } }) },
];

function ownPhrases(text: string, original: string, clock: CallClock): TimeMention[] {
  const found: TimeMention[] = [];
  for (const phrase of OWN_PHRASES) {
    for (const match of text.matchAll(phrase.pattern)) {
      const index = match.index ?? 0;
      const resolved = phrase.resolve(match, clock.today);
      if (!resolved) continue;
      let end = index + match[0].length;
      // A spoken ordinal we shortened ("the tenth" → "the 10th ") ends past the match.
      while (end < original.length && text[end] === ' ' && /\S/.test(original[end])) end += 1;
      const words = original.slice(index, end);
      found.push({ text: words, index, ...resolved, dayFromWeekday: false, vague: false });
    }
  }
  return found;
}

function nextDayOfMonth(dayOfMonth: number, today: CalendarDay): CalendarDay | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const monthIndex = today.month - 1 + ahead;
    const candidate = { year: today.year + Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: dayOfMonth };
    const exists = addDays(candidate, 0).day === dayOfMonth;
    if (exists && compareDays(candidate, today) >= 0) return candidate;
  }
  return null;
}

/** Friday of this week (or of next week); on a weekend, the coming Friday. */
function endOfWeek(today: CalendarDay, nextWeek: boolean): CalendarDay {
  const untilFriday = (5 - weekdayOf(today) + 7) % 7;
  return addDays(today, untilFriday + (nextWeek ? 7 : 0));
}

function overlaps(mention: TimeMention, index: number, length: number): boolean {
  return index < mention.index + mention.text.length && mention.index < index + length;
}

function fromChronoResult(result: chrono.ParsedResult, text: string, original: string, clock: CallClock): TimeMention | null {
  const words = result.text.trim();
  let end = result.index + result.text.length;
  // A spelled hour we shortened ("at four") ends past chrono's match.
  while (end < original.length && text[end] === ' ' && /\S/.test(original[end])) end += 1;
  const before = original.slice(0, result.index);
  if (NOT_A_POINT_IN_TIME.test(words)) return null;
  // "2,400 to 3,200" reads to chrono as "400 to 3", "around 900 dollars" as 9:00: numbers, not times.
  if (/[\d,.$£€]$/.test(before) || NUMBER_FOLLOWS.test(original.slice(end)) || BARE_NUMBERS.test(words)) return null;
  if (BARE_DAYPART.test(words) && !/\b(in the|this|tomorrow|on)\s*$/i.test(before)) return null;
  const vague =
    RELATIVE_CLOCK.test(words) || /\bweekend\b/i.test(words) || (SPAN.test(words) && !result.start.isCertain('weekday'));
  const { day, dayFromWeekday } = dayOf(result.start, words, clock);
  return {
    text: original.slice(result.index, end),
    index: result.index,
    day: vague ? null : day,
    dayFromWeekday,
    time: vague ? null : timeOf(result.start, words),
    vague: vague || (day === null && !result.start.isCertain('hour') && !hasDaypart(words)),
  };
}

function dayOf(start: chrono.ParsedComponents, words: string, clock: CallClock): { day: CalendarDay | null; dayFromWeekday: boolean } {
  const certain = (component: chrono.Component): boolean => start.isCertain(component);
  if (certain('day') && certain('month')) {
    const named = { year: start.get('year') ?? clock.today.year, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
    if (!certain('year') && compareDays(named, clock.today) < 0) named.year += 1;
    return { day: named, dayFromWeekday: false };
  }
  if (TODAY_PHRASE.test(words)) return { day: clock.today, dayFromWeekday: false };
  if (certain('weekday')) {
    const weekday = start.get('weekday') ?? 0;
    const ahead = ((weekday - weekdayOf(clock.today) + 7) % 7) || 7;
    return { day: addDays(clock.today, ahead), dayFromWeekday: true };
  }
  return { day: null, dayFromWeekday: false };
}

function timeOf(start: chrono.ParsedComponents, words: string): ClockTime | null {
  if (start.isCertain('hour')) {
    let hour = start.get('hour') ?? 0;
    if (!start.isCertain('meridiem') && hour >= 1 && hour <= 6) hour += 12;
    if (!start.isCertain('meridiem') && hour < 12 && /\b(afternoon|evening|night)\b/i.test(words)) hour += 12;
    return { hour, minute: start.get('minute') ?? 0 };
  }
  const daypart = DAYPART_HOURS.find(([pattern]) => pattern.test(words));
  return daypart ? { hour: daypart[1], minute: 0 } : null;
}

function hasDaypart(words: string): boolean {
  return DAYPART_HOURS.some(([pattern]) => pattern.test(words));
}

/** Joins pieces of one expression that chrono returned apart: "Monday" + "the 16th" + "at 8", "at 6" + "evening". */
function mergeAdjacent(mentions: TimeMention[], sentence: string): TimeMention[] {
  const merged: TimeMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const gap = previous ? sentence.slice(previous.index + previous.text.length, mention.index) : '';
    const joined = previous && JOINER.test(gap) ? join(previous, mention, sentence) : null;
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(mention);
  }
  return merged;
}

function join(first: TimeMention, second: TimeMention, sentence: string): TimeMention | null {
  if (first.vague || second.vague) return null;
  const day = pickDay(first, second);
  const time = pickTime(first, second);
  if (day === undefined || time === undefined) return null;
  const end = second.index + second.text.length;
  const dayFromWeekday = day !== null && day === first.day ? first.dayFromWeekday : second.dayFromWeekday;
  return { text: sentence.slice(first.index, end), index: first.index, day, dayFromWeekday, time, vague: false };
}

/** The joined day, or undefined when the two pieces name different days. */
function pickDay(first: TimeMention, second: TimeMention): CalendarDay | null | undefined {
  if (!first.day || !second.day) return first.day ?? second.day;
  if (first.dayFromWeekday !== second.dayFromWeekday) return first.dayFromWeekday ? second.day : first.day;
  return compareDays(first.day, second.day) === 0 ? first.day : undefined;
}

/** The joined time; a bare part of day only settles am/pm of a clock time ("at 6" + "in the evening"). */
function pickTime(first: TimeMention, second: TimeMention): ClockTime | null | undefined {
  if (!first.time || !second.time) return first.time ?? second.time;
  const secondIsDaypart = second.day === null && /^(in the )?(morning|afternoon|evening|night)$/i.test(second.text.trim());
  if (!secondIsDaypart) return undefined;
  const pm = second.time.hour >= 12;
  const hour = first.time.hour % 12 + (pm ? 12 : 0);
  return { hour, minute: first.time.minute };
}
