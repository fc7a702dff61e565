/**
 * Reads a customer's free text into phrases, each with the quantity and unit
 * it names: "24 drops", "two days of labour", "3 rooms of about 40 m²"
 * (→ 120 m²). Pure and deterministic; the local drafter matches each phrase
 * against the catalog.
 */

export interface RequestPhrase {
  /** The words as the customer wrote them. */
  text: string;
  /** Thousandths of a unit; null when the phrase names no quantity. */
  quantityMilli: number | null;
  /** Normalized unit ("drop", "day", "m²", "hour"…); null when none was named. */
  unit: string | null;
  /** Words to search the catalog with (no numbers, no filler). */
  terms: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, couple: 2, pair: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5,
};

/** Unit spellings → the normalized unit. */
const UNITS: Record<string, string> = {
  'm²': 'm²', m2: 'm²', sqm: 'm²', 'sq m': 'm²', 'square metres': 'm²', 'square meters': 'm²', 'square metre': 'm²', 'square meter': 'm²',
  m: 'metre', metre: 'metre', metres: 'metre', meter: 'metre', meters: 'metre',
  ft: 'foot', foot: 'foot', feet: 'foot',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  drop: 'drop', drops: 'drop', room: 'room', rooms: 'room', unit: 'each', units: 'each', pcs: 'each', pieces: 'each', piece: 'each', each: 'each',
  point: 'point', points: 'point', port: 'port', ports: 'port', license: 'licence', licenses: 'licence', licence: 'licence', licences: 'licence',
  seat: 'seat', seats: 'seat', user: 'user', users: 'user', visit: 'visit', visits: 'visit', box: 'box', boxes: 'box', roll: 'roll', rolls: 'roll',
};

const STOPWORDS = new Set(
  'a an the of for to and or with about around roughly approximately approx some our my we i us you please need needs want would like could can also plus in on at by from into per each this that these those is are be it its me hi hello thanks thank just new install installing installation get do have has will should all any'.split(' '),
);

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = String.raw`(square\s+met(?:re|er)s?|sq\s?m|m²|m2|[a-z]+)`;
/** "3 rooms of about 40 m²": a count of things, each of a measured size. */
const COUNT_OF_SIZE = new RegExp(String.raw`\b${NUMBER}\s+([a-z]+)\s+(?:of|at|each of)\s+(?:(?:about|around|roughly|approx(?:imately)?\.?)\s*)?${NUMBER}\s*${UNIT}`, 'i');
/** "24 drops", "two days", "1.5 hours", "40m²". */
const AMOUNT = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${NUMBER}\s*${UNIT}?`, 'iu');

function numberOf(text: string): number | null {
  const t = text.toLowerCase();
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function unitOf(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return UNITS[w] ?? null;
}

/** A plural's singular, for catalog search ("drops" → "drop", "batteries" → "battery"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function termsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w) && !(w in NUMBER_WORDS) && !/^\d+([.,]\d+)?$/.test(w) && w.length > 1).map(singular))];
}

const toMilli = (n: number) => Math.round(n * 1000);

/** One clause read for its quantity and unit. */
export function readPhrase(text: string): RequestPhrase {
  const terms = termsOf(text);
  const sized = COUNT_OF_SIZE.exec(text);
  if (sized) {
    const count = numberOf(sized[1]!);
    const size = numberOf(sized[3]!);
    const unit = unitOf(sized[4]);
    if (count != null && size != null && unit) return { text, quantityMilli: toMilli(count * size), unit, terms };
  }
  const amount = AMOUNT.exec(text);
  if (amount) {
    const n = numberOf(amount[1]!);
    // "a" and "an" are quantities only before a unit ("a day"), not before any noun.
    const unit = unitOf(amount[2]);
    const isArticle = /^(a|an)$/i.test(amount[1]!);
    if (n != null && n > 0 && (!isArticle || unit)) return { text, quantityMilli: toMilli(n), unit, terms };
  }
  return { text, quantityMilli: null, unit: null, terms };
}

/** Splits a request into clauses (sentences, list items, "and"/"plus"), each read by `readPhrase`. */
export function readRequest(request: string): RequestPhrase[] {
  return request
    .split(/[\n;:]+|(?<!\d)[.,](?!\d)|\s+(?:and|plus|also|as well as|&)\s+/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1)
    .slice(0, 60)
    .map(readPhrase)
    .filter((p) => p.terms.length > 0);
}
