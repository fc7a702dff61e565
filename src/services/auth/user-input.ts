import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { BadUserInputError } from '../../errors';

/**
 * The one validation place for what people type about themselves: email,
 * name and password, used by owner creation, createUser, invitations,
 * password changes and resets.
 */

/** zxcvbn's scale is 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;
const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

const zxcvbn = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
});

/**
 * Length 12–200 and a zxcvbn score of at least 3, counting the user's own
 * email and name as known words (a password made of them is easy to guess).
 */
export function checkPassword(password: string, field: string, userInputs: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw BadUserInputError.forField(field, `must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`);
  }
  const words = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^a-z0-9]+/)]).filter((s) => s.length >= 3);
  const result = zxcvbn.check(password, words);
  if (result.score < MIN_PASSWORD_SCORE) {
    const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    throw BadUserInputError.forField(field, `is too easy to guess (strength ${result.score} of 4, at least ${MIN_PASSWORD_SCORE} needed)${advice ? `. ${advice}` : ''}`);
  }
}

/**
 * Lower-cased and trimmed; a local part, an @, and a domain with a dot and a
 * letters-only top-level label (`x@y` and `x@y.1` are refused).
 */
export function normalizeEmail(email: string, field: string): string {
  const clean = email.trim().toLowerCase();
  if (clean.length > 254 || !/^[^\s@]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(clean)) {
    throw BadUserInputError.forField(field, 'must be an email address with a full domain, like name@example.com');
  }
  return clean;
}

/** Trimmed, 1–200 characters, and not only whitespace. */
export function cleanName(name: string, field: string): string {
  const clean = name.trim();
  if (!clean || clean.length > 200) throw BadUserInputError.forField(field, 'must be 1–200 characters, not only spaces');
  return clean;
}
