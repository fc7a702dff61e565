import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lead } from '../entities/lead.entity';
import { User } from '../entities/user.entity';
import type { LeadFields } from './lead-input';
import type { Scope } from './scope';
import type { AfterCommit } from './unit-of-work';

/**
 * How a write changes a lead, shared by the single-lead writes
 * (lead.service.ts) and the set-based import (lead-import.service.ts): what
 * an update may touch, assigning fields, what changed, the audit summary and
 * the event.
 */

/** Fields recorded in audit summaries and compared to find what an update changed. */
const TRACKED: Array<keyof LeadFields> = [
  'name', 'email', 'phone', 'company', 'source', 'status', 'ownerId',
  'budgetCents', 'budgetCurrency', 'tags', 'customFields', 'externalId',
];

export function leadSummary(lead: Lead): Record<string, unknown> {
  return {
    name: lead.name,
    email: lead.email ?? null,
    phone: lead.phone ?? null,
    company: lead.company ?? null,
    source: lead.source,
    status: lead.status,
    ownerId: lead.owner?.id ?? null,
    budgetCents: lead.budgetCents ?? null,
    budgetCurrency: lead.budgetCurrency ?? null,
    tags: lead.tags,
    customFields: lead.customFields,
    externalId: lead.externalId ?? null,
    score: lead.score,
  };
}

/** Assigns fields whose owner (if any) is already known to be in the organization; returns the names of fields that changed. */
export function assignFields(tx: EntityManager, lead: Lead, fields: LeadFields): string[] {
  const before = leadSummary(lead);
  if (fields.ownerId !== undefined) lead.owner = fields.ownerId ? (tx.getReference(User, fields.ownerId) as never) : undefined;
  const { ownerId: _owner, ...plain } = fields;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (lead as unknown as Record<string, unknown>)[key] = value ?? undefined;
  }
  if (!lead.budgetCents) lead.budgetCurrency = lead.budgetCents === 0 ? lead.budgetCurrency : undefined;
  const after = leadSummary(lead);
  return TRACKED.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** What an update may change: a lead's source is where it first came from, so no update (edit, upsert, import) moves it. */
export function updatableFields(fields: LeadFields): LeadFields {
  const { source: _firstSource, ...rest } = fields;
  return rest;
}

export function publishChange(scope: Scope, after: AfterCommit, lead: Lead, kind: 'CREATED' | 'UPDATED' | 'DELETED', changedFields: string[]): void {
  after.publish('leadChanged', { organizationId: scope.organizationId, leadId: lead.id, kind, changedFields, at: new Date().toISOString() });
}
