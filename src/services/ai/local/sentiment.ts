/**
 * Lexicon sentiment for call transcripts, on wink-nlp's English lite model.
 *
 * wink scores each sentence −1..1 from its sentiment-bearing words and flips
 * words inside a negation's scope ("not happy" is negative, "not bad" mildly
 * positive). Phone talk fools a general lexicon in a few predictable ways, so
 * three small corrections sit on top:
 * - words that on a sales call are conversational, not emotional ("okay",
 *   "right", "that works", "full-time care", "how can I help") are masked
 *   before scoring: wink rates "okay" +0.8 and "works" +0.6;
 * - a sentence made only of backchannels ("Sure, yeah.") scores 0;
 * - a short table of sales-call phrases the word-by-word lexicon misreads
 *   ("way too expensive" scores 0, "good morning" scores +0.8) overrides the
 *   sentence's score when it matches.
 *
 * A speaker's score is the sum of their sentence scores over the number of
 * sentences that carried any feeling plus a prior of two neutral ones, so one
 * "thanks" does not make a call glowing; over a call, later segments count
 * more (see `tallyBySpeaker`). The call's score weighs the customer
 * 0.7 and the agent 0.3: the agent is paid to sound positive, so the
 * customer's words say more about how the call went.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentiment, SentimentLabel, Speaker } from '../ai.types';

/**
 * Label thresholds on the −1..1 score. Asymmetric because phone talk is
 * polite: a plain businesslike call scores around +0.1 ("thanks", "sounds
 * good"), so it takes +0.2 to read as warm, while any net negativity at all
 * means the customer was unhappy. Set on the labelled fixtures (see the
 * README there); the holdout set is the honest check.
 */
export const POSITIVE_AT_LEAST = 0.2;
export const NEGATIVE_AT_MOST = -0.03;
/** Weight of the customer's score in the call's score; the agent gets the rest. */
export const CUSTOMER_WEIGHT = 0.7;
/** Neutral sentences assumed per speaker, shrinking scores built on little evidence. */
const NEUTRAL_PRIOR = 2;

export interface ScoredSentence {
  /** Verbatim from the segment. */
  text: string;
  /** −1..1 */
  score: number;
}

/** A segment's or speaker's totals; summing these is all a rolling update needs. */
export interface SentimentTally {
  sum: number;
  /** Sentences whose score was not 0. */
  scored: number;
  sentences: number;
}

/** Words wink scores that, on a sales call, carry no feeling; masked (same length) before scoring. */
const CONVERSATIONAL_WORDS =
  /\b(okay|ok|alright|right|yeah|yes|yep|fine|work(s|ing)?|care|please|help|free|pretty|hop(e|ing)|approve|kind|well|clean|fresh|bright|go|decided|enough|emergency)\b/gi;

const BACKCHANNEL_WORDS = new Set(
  'okay ok yeah yes yep right alright sure fine hmm mm um uh oh well so i see got it understood gotcha'.split(' '),
);

/** Sales-call phrases and the score a sentence containing them gets, most specific first. */
const PHRASE_SCORES: Array<[RegExp, number]> = [
  [/\b(good (morning|afternoon|evening)|have a (good|great|nice) (day|evening|one|weekend))\b/i, 0],
  [/\bno (problem|worries)\b/i, 0.2],
  [/\b(not interested|stop calling|(don't|do not) (call|ring|contact|bother) (me|us|this number)?\s*again|take (me|us) off)\b/i, -0.6],
  [/\b(not buying it|mak(e|ing) (numbers|things|stuff|it) up|last chance|insane|you people)\b/i, -0.5],
  [/\b(way |far |much )?too (expensive|pricey|much money)\b|\brip(ping)? (me |us )?off\b|\bscam\b/i, -0.5],
  [/\b(nobody|no one) (showed|show|called)\b|\bnever (showed|got it|happened)\b/i, -0.6],
  [/\b(done with you|unacceptable|terrible experience|leave a (bad )?review|waste of (my |our )?time)\b/i, -0.7],
  [/\b(can't|cannot|don't) (trust|believe)\b|\bnot comfortable\b/i, -0.5],
  [/\b(can't wait|so excited|really excited|raving|lifesaver|sav(ed|ing) (me|us|our)|sounds great|was easy)\b/i, 0.7],
  [/\b(thank (god|goodness|heavens)|what a relief|that's a relief)\b/i, 0.7],
];

type WinkInstance = ReturnType<typeof winkNLP>;
let loaded: WinkInstance | null = null;

/** The model takes ~100 ms to load: once per process, on first use. */
function nlp(): WinkInstance {
  loaded ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return loaded;
}

/** Splits a segment into sentences and scores each. */
export function readSentences(text: string): ScoredSentence[] {
  if (!text.trim()) return [];
  // Masking keeps every offset, so each masked sentence maps back to the verbatim one.
  const masked = text.replace(CONVERSATIONAL_WORDS, (word) => 'x'.repeat(word.length));
  const sentences = nlp().readDoc(masked).sentences();
  const scores = sentences.out(nlp().its.sentiment) as number[];
  let cursor = 0;
  return sentences.out().map((maskedSentence, index) => {
    const start = Math.max(cursor, masked.indexOf(maskedSentence, cursor));
    cursor = start + maskedSentence.length;
    const sentence = text.slice(start, cursor);
    return { text: sentence, score: adjustedScore(sentence, Number(scores[index]) || 0) };
  });
}

function adjustedScore(sentence: string, lexiconScore: number): number {
  if (isBackchannel(sentence)) return 0;
  const phrase = PHRASE_SCORES.find(([pattern]) => pattern.test(sentence));
  return phrase ? phrase[1] : lexiconScore;
}

function isBackchannel(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.length <= 4 && words.every((word) => BACKCHANNEL_WORDS.has(word));
}

export const EMPTY_TALLY: SentimentTally = { sum: 0, scored: 0, sentences: 0 };

export function tally(sentences: ScoredSentence[]): SentimentTally {
  const scored = sentences.filter((sentence) => sentence.score !== 0);
  return { sum: scored.reduce((total, sentence) => total + sentence.score, 0), scored: scored.length, sentences: sentences.length };
}

/** `a` plus `b` counted `weight` times. */
export function addTallies(a: SentimentTally, b: SentimentTally, weight = 1): SentimentTally {
  return { sum: a.sum + weight * b.sum, scored: a.scored + weight * b.scored, sentences: a.sentences + weight * b.sentences };
}

/**
 * Each speaker's tally over a call, later segments counting more (0.5 for the
 * first, 1.5 for the last): callers describe their problem first and react to
 * the business last, and the end of a call is what they remember.
 */
export function tallyBySpeaker(segments: Array<{ speaker: Speaker; sentimentTally: SentimentTally }>): Record<Speaker, SentimentTally> {
  const bySpeaker: Record<Speaker, SentimentTally> = { AGENT: EMPTY_TALLY, CUSTOMER: EMPTY_TALLY };
  const last = Math.max(1, segments.length - 1);
  segments.forEach((segment, index) => {
    bySpeaker[segment.speaker] = addTallies(bySpeaker[segment.speaker], segment.sentimentTally, 0.5 + index / last);
  });
  return bySpeaker;
}

export function sentimentOf(total: SentimentTally): Sentiment {
  const score = clamp(total.sum / (total.scored + NEUTRAL_PRIOR));
  return { label: labelFor(score), score: round(score) };
}

/** The call's sentiment from each speaker's tally, customer-weighted. */
export function callSentiment(bySpeaker: Record<Speaker, SentimentTally>): Sentiment & { bySpeaker: Record<Speaker, Sentiment> } {
  const agent = sentimentOf(bySpeaker.AGENT);
  const customer = sentimentOf(bySpeaker.CUSTOMER);
  const customerSpoke = bySpeaker.CUSTOMER.sentences > 0;
  const agentSpoke = bySpeaker.AGENT.sentences > 0;
  const weight = customerSpoke && agentSpoke ? CUSTOMER_WEIGHT : customerSpoke ? 1 : 0;
  const score = clamp(weight * customer.score + (1 - weight) * agent.score);
  return { label: labelFor(score), score: round(score), bySpeaker: { AGENT: agent, CUSTOMER: customer } };
}

export function labelFor(score: number): SentimentLabel {
  if (score >= POSITIVE_AT_LEAST) return 'POSITIVE';
  if (score <= NEGATIVE_AT_MOST) return 'NEGATIVE';
  return 'NEUTRAL';
}

function clamp(score: number): number {
  return Math.max(-1, Math.min(1, score));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
