/**
 * Times and dates as people say them, rewritten in digits for chrono:
 * "half past four" → "4:30", "quarter to nine" → "8:45", British "half
 * nine" → "9:30", "ten thirty" → "10:30", "ten past ten" → "10:10",
 * "eleven o'clock" → "11:00", "eight-ish" → "8", "Eleven Saturday" →
 * "at 11 Saturday", "the twenty-first" → "the 21st".
 *
 * Every rewrite is padded with spaces to the length of the words it
 * replaces, so offsets into the rewritten sentence are offsets into the
 * original (quotes and mention indexes stay verbatim).
 */

const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HOUR = `(${HOURS.join('|')}|1[0-2]|[1-9])`;
const MINUTES: Record<string, number> = {
  'oh five': 5, 'o five': 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, thirty: 30,
  'thirty-five': 35, 'thirty five': 35, forty: 40, 'forty-five': 45, 'forty five': 45, fifty: 50, 'fifty-five': 55, 'fifty five': 55,
};
const MINUTE = `(${Object.keys(MINUTES).sort((a, b) => b.length - a.length).join('|')})`;
const PAST_TO: Record<string, number> = { five: 5, ten: 10, quarter: 15, twenty: 20, 'twenty-five': 25, half: 30 };
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)';
/** What may follow a bare spoken hour for it to be a time: "Ten's perfect", "Nine tomorrow", "eight on Tuesday". */
const AFTER_BARE_HOUR = `(?=\\s+(is|works|would|on|sharp|then|it is|it)\\b|\\s+${WEEKDAY}\\b|\\s*[?!.,]|\\s*$)`;

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

function hourOf(word: string): number {
  const index = HOURS.indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : Number(word);
}

function pad(replacement: string, original: string): string {
  return replacement.length <= original.length ? replacement.padEnd(original.length, ' ') : original;
}

const clock = (hour: number, minute: number): string => `${hour}:${String(minute).padStart(2, '0')}`;

const REWRITES: Array<[RegExp, (...groups: string[]) => string]> = [
  // "half past four", "quarter past 11", "ten past ten", "quarter to nine", "twenty to six"
  [new RegExp(`\\b(five|ten|quarter|twenty|twenty-five|half) (past|after) ${HOUR}\\b`, 'gi'), (_w, amount, _p, hour) => clock(hourOf(hour), PAST_TO[amount.toLowerCase()])],
  [new RegExp(`\\b(five|ten|quarter|twenty|twenty-five) (to|till|of) ${HOUR}\\b(?! (days?|weeks?|months?|people|guests|minutes?))`, 'gi'), (_w, amount, _t, hour) => clock(((hourOf(hour) + 10) % 12) + 1, 60 - PAST_TO[amount.toLowerCase()])],
  // British "half nine" = 9:30 (not "half an hour", "half the price")
  [new RegExp(`\\bhalf ${HOUR}\\b(?! (hours?|days?|weeks?|months?|years?|people|dollars|pounds|percent))`, 'gi'), (_w, hour) => clock(hourOf(hour), 30)],
  // "ten thirty", "one fifteen", "eight forty" (with a space: "nine-fifty" and "four twenty-nine" said alone are prices)
  [new RegExp(`(?<!\\b(it's|it is|is|for|be|cost|costs|run|runs|pay|charge|charges|was|only|just|about|around|roughly)\\s)\\b${HOUR} ${MINUTE}\\b(?!( |-)?(dollars|bucks|pounds|euros|rand|pesos|people|guests|percent|minutes?|hours?|days?|weeks?|years?|feet|foot|square|gallons?|thousand|hundred|grand|a (month|week|year|foot)|per|each|k\\b|boxes|kids|employees|attorneys))`, 'gi'), (_w, _price, hour, minute) => clock(hourOf(hour), MINUTES[minute.toLowerCase()])],
  // "eleven o'clock", "11 o'clock"
  [new RegExp(`\\b${HOUR} o'?clock\\b`, 'gi'), (_w, hour) => `${hourOf(hour)}:00`],
  // "eight-ish", "noon-ish"
  [new RegExp(`\\b${HOUR}-?ish\\b`, 'gi'), (_w, hour) => `at ${hourOf(hour)}`],
  [/\bnoon-?ish\b/gi, () => 'noon'],
  // "9 a.m." → "9am"
  [/\b(\d{1,2}) ?([ap])\.m\.?(?=\s|$|[,;?!])/gi, (_w, hour, letter) => `${hour}${letter}m`],
  // "ten am", "nine p.m."
  [new RegExp(`\\b${HOUR} ?([ap])\\.?m\\b\\.?`, 'gi'), (_w, hour, letter) => `${hourOf(hour)}${letter}m`],
  // "at ten with our colour director": after "at", a spoken hour is a time (not "at one point")
  [new RegExp(`\\bat ${HOUR}\\b(?! (point|of|time|least|all|another|a time|per|percent|dollars|people|or two|stage|end))`, 'gi'), (_w, hour) => `at ${hourOf(hour)}`],
];

/** A bare spoken hour where only a time can stand: "Ten's perfect", "Nine tomorrow", "Eleven Saturday, perfect", "around ten?". */
const BARE_HOUR = new RegExp(`(^|[,.!?]\\s*|\\b(yes|yeah|okay|ok|great|perfect|sure|so|then|um|uh|like|say|about|around|how about|what about)[,]?\\s+)${HOUR}\\b(?![,.:]\\d)('s)?${AFTER_BARE_HOUR}`, 'gi');

const ORDINAL_REWRITES: Array<[RegExp, (...groups: string[]) => string]> = [
  // "the twenty-first", "the tenth" → "the 21st", "the 10th"
  [/\bthe (twenty|thirty)[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/gi, (_w, tens, unit) => ordinal((tens.toLowerCase() === 'twenty' ? 20 : 30) + ORDINALS[unit.toLowerCase()])],
  [new RegExp(`\\bthe (${Object.keys(ORDINALS).join('|')})\\b(?! (time|thing|one|call|step|visit|floor|of all|place|week|month|year|day|two|three|few|half|quarter))`, 'gi'), (_w, word) => ordinal(ORDINALS[word.toLowerCase()])],
];

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `the ${day}${suffix}`;
}

/** The sentence with spoken times and day ordinals in digits, same length. */
export function spokenTimesInDigits(sentence: string): string {
  let text = sentence;
  for (const [pattern, rewrite] of [...REWRITES, ...ORDINAL_REWRITES]) {
    text = text.replace(pattern, (whole: string, ...groups: unknown[]) => pad(rewrite(whole, ...(groups.slice(0, -2) as string[])), whole));
  }
  return text.replace(BARE_HOUR, (whole: string, lead: string, leadWord: string | undefined, hour: string) => bareHour(whole, lead, leadWord, hour));
}

/**
 * "at N" where it fits; else over the lead word ("around ten" → "at 10"); else
 * the digits alone, which chrono still reads before a day ("10 tomorrow").
 */
function bareHour(whole: string, lead: string, leadWord: string | undefined, hour: string): string {
  const digits = String(hourOf(hour));
  for (const candidate of [`${lead}at ${digits}`, leadWord ? `at ${digits}` : '', `${lead}${digits}`]) {
    if (candidate && candidate.length <= whole.length) return candidate.padEnd(whole.length, ' ');
  }
  return whole;
}
