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
  if (input.company != null) out.company = input.company.trim() || null;
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
  if (input.budgetCurrency != null) out.budgetCurrency = input.budgetCurrency.toUpperCase();
  return out;
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
