import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { BadUserInputError } from '../errors';
import { LeadSource, LeadStatus } from '../entities/lead.entity';

/** A lead's writable fields as the service takes them (GraphQL inputs map onto this). */
export interface LeadFields {
  name?: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  source?: LeadSource;
  status?: LeadStatus;
  ownerId?: string | null;
  budgetCents?: number | null;
  budgetCurrency?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  externalId?: string | null;
}

const CUSTOM_FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_TAGS = 50;
/** ISO 4217: the runtime's ICU list plus the fund, metal and test codes ICU leaves out (the Currency scalar accepts them too). */
const CURRENCIES = new Set([
  ...Intl.supportedValuesOf('currency'),
  ...'BOV CHE CHW CLF COU MXV USN UYI UYW XAG XAU XBA XBB XBC XBD XPD XPT XTS XUA XXX XCG ZWG SLE'.split(' '),
]);

/**
 * One place for the shape rules of a lead, shared by create, update, upsert
 * and import: trims, lower-cases emails, brings phones to E.164, and names
 * the offending field when something is wrong.
 */
export function normalizeLeadFields(input: LeadFields, fieldPrefix = 'input'): LeadFields {
  const out: LeadFields = { ...input };
  const field = (name: string) => `${fieldPrefix}.${name}`;
  if (input.name !== undefined) {
    out.name = input.name.trim();
    if (!out.name) throw BadUserInputError.forField(field('name'), 'must not be empty');
    if (out.name.length > 200) throw BadUserInputError.forField(field('name'), 'must be at most 200 characters');
  }
  if (input.email != null) {
    out.email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out.email) || out.email.length > 254) {
      throw BadUserInputError.forField(field('email'), 'is not a valid email address');
    }
  }
  if (input.phone != null) out.phone = toE164(input.phone, field('phone'));
  if (input.company != null) {
    out.company = input.company.trim() || null;
    if (out.company && out.company.length > 200) throw BadUserInputError.forField(field('company'), 'must be at most 200 characters');
  }
  if (input.externalId != null) {
    out.externalId = input.externalId.trim();
    if (!out.externalId || out.externalId.length > 200) throw BadUserInputError.forField(field('externalId'), 'must be 1–200 characters');
  }
  if (input.tags) out.tags = normalizeTags(input.tags, field('tags'));
  if (input.customFields) checkCustomFields(input.customFields, field('customFields'));
  if (input.budgetCents != null) {
    if (!Number.isSafeInteger(input.budgetCents) || input.budgetCents < 0) {
      throw BadUserInputError.forField(field('budgetCents'), 'must be a non-negative whole number of cents');
    }
    if (!input.budgetCurrency) throw BadUserInputError.forField(field('budgetCurrency'), 'is required with a budget');
  }
  if (input.budgetCurrency != null) {
    out.budgetCurrency = input.budgetCurrency.trim().toUpperCase();
    if (!CURRENCIES.has(out.budgetCurrency)) throw BadUserInputError.forField(field('budgetCurrency'), 'is not an ISO 4217 currency code');
  }
  return out;
}

/**
 * One import row as the caller sent it. GraphQL types it loosely (strings and
 * JSON), so a bad value fails its own row here instead of the whole batch in
 * variable coercion; this turns it into LeadFields by the rules above.
 */
export interface LeadRowInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  source?: string | null;
  status?: string | null;
  ownerId?: string | null;
  budgetCents?: unknown;
  budgetCurrency?: string | null;
  tags?: unknown;
  customFields?: unknown;
  externalId?: string | null;
}

/** Checks what the GraphQL types check for createLead (enums, lists, objects), then normalizes like any other write. */
export function leadFieldsFromRow(row: LeadRowInput, fieldPrefix: string): LeadFields {
  const field = (name: string) => `${fieldPrefix}.${name}`;
  const { source, status, budgetCents, tags, customFields, name, ...strings } = row;
  const fields: LeadFields = { ...strings };
  // Fields that cannot be cleared: null means "not given", as for a missing column in a file.
  if (name != null) fields.name = name;
  if (source != null) fields.source = oneOf(LeadSource, source, field('source'));
  if (status != null) fields.status = oneOf(LeadStatus, status, field('status'));
  if (budgetCents !== undefined) {
    if (budgetCents !== null && typeof budgetCents !== 'number') throw BadUserInputError.forField(field('budgetCents'), 'must be a whole number of cents');
    fields.budgetCents = budgetCents;
  }
  if (tags != null) {
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw BadUserInputError.forField(field('tags'), 'must be a list of strings');
    fields.tags = tags as string[];
  }
  if (customFields != null) {
    if (typeof customFields !== 'object' || Array.isArray(customFields)) throw BadUserInputError.forField(field('customFields'), 'must be an object');
    fields.customFields = customFields as Record<string, unknown>;
  }
  return normalizeLeadFields(fields, fieldPrefix);
}

function oneOf<E extends Record<string, string>>(values: E, value: string, field: string): E[keyof E] {
  if (!Object.values(values).includes(value)) throw BadUserInputError.forField(field, `must be one of ${Object.values(values).join(', ')}`);
  return value as E[keyof E];
}

export function toE164(raw: string, field: string): string {
  const parsed = parsePhoneNumberFromString(raw.trim());
  if (!parsed || !parsed.isValid()) throw BadUserInputError.forField(field, 'is not a valid phone number in international (E.164) form');
  return parsed.number;
}

function normalizeTags(tags: string[], field: string): string[] {
  if (tags.length > MAX_TAGS) throw BadUserInputError.forField(field, `at most ${MAX_TAGS} tags`);
  const clean = tags.map((t) => t.trim().toLowerCase());
  if (clean.some((t) => !t || t.length > 50)) throw BadUserInputError.forField(field, 'each tag must be 1–50 characters');
  return [...new Set(clean)];
}

function checkCustomFields(value: Record<string, unknown>, field: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw BadUserInputError.forField(field, 'must be an object');
  }
  const keys = Object.keys(value);
  if (keys.length > 50) throw BadUserInputError.forField(field, 'at most 50 custom fields');
  const bad = keys.find((k) => !CUSTOM_FIELD_KEY.test(k));
  if (bad !== undefined) throw BadUserInputError.forField(`${field}.${bad}`, 'keys are letters, digits and _ (max 64), starting with a letter');
  if (JSON.stringify(value).length > 10_000) throw BadUserInputError.forField(field, 'must be at most 10 kB as JSON');
}
