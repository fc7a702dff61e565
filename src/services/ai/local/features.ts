/**
 * Features for the local analyzer's learned model (learned-model.ts): what a
 * linear classifier sees of one utterance. Hashed into a fixed number of
 * buckets so the model file stays small and unseen words cost nothing.
 *
 * - word unigrams and bigrams (with start and end markers), lower-cased,
 *   digits folded to "0" so "$1,800" and "$2,400" look alike;
 * - character 4-grams, which carry morphology and misspellings ("quot" in
 *   quote/quoted/quotes);
 * - negation scope: the three words after "not", "no", "never", "n't" are
 *   also seen as negated ("don't really need" ≠ "really need");
 * - cues: question form (a "?" or a leading modal: "could you", "would it be
 *   possible"), exclamation, length, sarcasm (praise words next to a
 *   complaint: "great job everyone" after "I saw one in the pantry"),
 *   grudging politeness ("thanks, I guess"), warmth said outright and a
 *   grievance about the business ("nobody called", "third time");
 * - what the exact rules found in the same words (`rule:KIND`), so the model
 *   learns where to trust them.
 */

/** 2^18 buckets: few collisions for a vocabulary of tens of thousands of n-grams. */
export const FEATURE_BUCKETS = 1 << 18;

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', "n't", 'cannot', 'without', 'hardly']);
const NEGATION_SCOPE = 3;
const PRAISE = /\b(great|fantastic|wonderful|love|lovely|perfect|amazing|awesome|brilliant|generous|top-notch|nice touch|fun|festive|thanks for the speedy)\b/i;
const COMPLAINT =
  /\b(again|still|late|never|nobody|no one|broke|broken|orange|leak\w*|waited|dead|missed|charged|wrong|mouse|mice|closed|half of them|third|fourth|twice|weeks|crash\w*|damage\w*|sticky|lukewarm|cold)\b/i;
/** Grudging politeness: thanks or assent held at arm's length ("thanks, I guess", "fine, whatever"). */
const GRUDGING = /\b(i guess|i suppose|whatever|if you say so|if you insist|so that's fun|so there's that|love that|good to know, i guess|(great|perfect|wonderful|fantastic|awesome)[.!] (just|so|really|another|again|that's))\b|^\W*(fine|sure|great|wonderful|perfect|okay)\W*$/i;
/** Warmth said outright ("you've been so helpful", "you're a lifesaver", "really appreciate it"). */
const WARM = /\b(so helpful|really appreciate|lifesaver|life saver|you're the best|thank you so much|thanks so much|can't thank you|made my day|so glad|relieved|great news|love it|exactly what (i|we) (wanted|needed))\b/i;
/** A complaint about the business itself, wherever it sits ("nobody called", "third time", "you people"). */
const GRIEVANCE = /\b(nobody (called|showed|told)|no one (called|showed|told)|third time|second time|still (not|hasn't|haven't|no)|you people|unacceptable|ridiculous|disappointed|disappointing|frustrat\w*|fed up|waste of|never again|not happy|upset|furious|cancel\w*)\b/i;
const MODAL_QUESTION =
  /^\W*(um,? |uh,? |so,? |hi,? [a-z]+,? |and |also,? )*(could|would|can|will|may|is there|do you|does|any chance|would it be possible|is it possible|would you mind|i was hoping|i'd appreciate|i was wondering)\b/i;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after `text`, continuing from `state`: hashing a prefix once serves every feature under it. */
function fnv(text: string, state: number): number {
  let hash = state;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** FNV-1a, 32-bit, into the buckets: fast, stable across runs and machines. */
export function hashFeature(feature: string): number {
  return (fnv(feature, FNV_OFFSET) >>> 0) % FEATURE_BUCKETS;
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\d/g, '0');
}

/** Words, with "n't" split off so negation is one token: "don't" → "do", "n't". */
export function tokens(normalized: string): string[] {
  const words = normalized.match(/[a-z0]+(?:'[a-z]+)?|[$£€?!]/g) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (word.endsWith("n't")) out.push(word.slice(0, -3) || word, "n't");
    else out.push(word);
  }
  return out;
}

/**
 * The feature names of one utterance; `prefix` keeps one speaker's or
 * position's features apart from another's ("C:", "A:").
 */
export function featureNames(text: string, ruleKinds: readonly string[] = [], prefix = ''): string[] {
  const normalized = normalize(text);
  const words = tokens(normalized);
  const names: string[] = [];
  let negatedFor = 0;
  words.forEach((word, index) => {
    names.push(`w:${word}`);
    if (negatedFor > 0) names.push(`n:${word}`);
    negatedFor = NEGATORS.has(word) ? NEGATION_SCOPE : Math.max(0, negatedFor - 1);
    names.push(`b:${index === 0 ? '^' : words[index - 1]}_${word}`);
  });
  if (words.length) names.push(`b:${words[words.length - 1]}_$`);
  const padded = ` ${normalized.replace(/[^a-z0 ']+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  for (let index = 0; index + 4 <= padded.length; index += 1) names.push(`c:${padded.slice(index, index + 4)}`);
  if (text.includes('?')) names.push('cue:question-mark');
  if (MODAL_QUESTION.test(normalized)) names.push('cue:modal-question');
  if (text.includes('!')) names.push('cue:exclamation');
  if (PRAISE.test(normalized) && COMPLAINT.test(normalized)) names.push('cue:sarcasm');
  if (GRUDGING.test(normalized)) names.push('cue:grudging');
  if (WARM.test(normalized)) names.push('cue:warm');
  if (GRIEVANCE.test(normalized)) names.push('cue:grievance');
  names.push(`cue:length-${Math.min(5, Math.floor(words.length / 6))}`);
  for (const kind of ruleKinds) names.push(`rule:${kind}`);
  names.push('bias');
  return prefix ? names.map((name) => prefix + name) : names;
}

// The analyzer asks for one utterance's features up to three times (kind heads, its speaker's
// sentiment share, the customer's last word): the names are computed once.
let cachedText: string | null = null;
let cachedNames: string[] = [];

/**
 * The hashed, de-duplicated feature indexes of one utterance: the same as hashing `prefix + name` for each name.
 * `withCharacters: false` leaves out the character n-grams (the sentiment model reads words and cues only:
 * with a few hundred calls, character grams let it memorize calls instead of feelings).
 */
export function featureIndexes(text: string, ruleKinds: readonly string[] = [], prefix = '', withCharacters = true): number[] {
  if (cachedText !== text) [cachedText, cachedNames] = [text, featureNames(text)];
  const state = fnv(prefix, FNV_OFFSET);
  const indexes = new Set<number>();
  const add = (name: string): void => void indexes.add((fnv(name, state) >>> 0) % FEATURE_BUCKETS);
  for (let index = 0; index < cachedNames.length - 1; index += 1) if (withCharacters || !cachedNames[index].startsWith('c:')) add(cachedNames[index]);
  for (const kind of ruleKinds) add(`rule:${kind}`);
  add('bias');
  return [...indexes];
}
