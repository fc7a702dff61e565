import type { EntityManager } from '@mikro-orm/postgresql';
import { Lead, LeadSource } from '../entities/lead.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { BadUserInputError, NotFoundError } from '../errors';
import { recordAudit } from './audit.service';
import { assignFields, leadSummary, publishChange, updatableFields } from './lead-changes';
import { importLeads, type ImportRowResult } from './lead-import.service';
import { normalizeLeadFields, type LeadFields, type LeadRowInput } from './lead-input';
import { adjustScore, PROFILE_FIELDS, rederiveProfileScore, type ProfileFields, temperatureOf, thresholdsOf } from './scoring.service';
import type { Effects, Scope } from './scope';
import { type AfterCommit, inTransaction } from './unit-of-work';
import { isUuid } from './uuid';

export async function findLeadOrFail(em: EntityManager, id: string): Promise<Lead> {
  const lead = isUuid(id) ? await em.findOne(Lead, id) : null;
  if (!lead) throw new NotFoundError('Lead', id);
  return lead;
}

export { isUuid };

/** Applies normalized fields to the entity; returns the names of fields whose value changed. */
async function applyFields(tx: EntityManager, lead: Lead, fields: LeadFields, fieldPrefix: string): Promise<string[]> {
  if (fields.ownerId) await ownerInOrganization(tx, fields.ownerId, `${fieldPrefix}.ownerId`);
  return assignFields(tx, lead, fields);
}

/** An owner must be a user of the same organization; the tenant filter makes others invisible. */
async function ownerInOrganization(tx: EntityManager, ownerId: string, field: string): Promise<string> {
  const owner = isUuid(ownerId) ? await tx.findOne(User, ownerId, { fields: ['id'] }) : null;
  if (!owner) throw BadUserInputError.forField(field, 'no such user in this organization');
  return owner.id;
}

async function insertLead(tx: EntityManager, scope: Scope, after: AfterCommit, fields: LeadFields, fieldPrefix: string): Promise<Lead> {
  if (!fields.name) throw BadUserInputError.forField(`${fieldPrefix}.name`, 'is required');
  const lead = tx.create(Lead, { organization: tx.getReference(Organization, scope.organizationId), name: fields.name });
  await applyFields(tx, lead, fields, fieldPrefix);
  lead.temperature = temperatureOf(lead.score, await thresholdsOf(tx, scope.organizationId));
  announceNewLead(tx, scope, after, lead);
  return lead;
}

/** What follows a lead's creation, however it was inserted: audit, CREATED, the profile-score job. */
function announceNewLead(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead): void {
  recordAudit(tx, scope, { action: 'lead.create', entityType: 'Lead', entityId: lead.id, after: leadSummary(lead) });
  publishChange(scope, after, lead, 'CREATED', []);
  after.enqueue('score-new-lead', { organizationId: scope.organizationId, leadId: lead.id }, { jobId: `score-new-lead-${lead.id}` });
}

async function updateExisting(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead, fields: LeadFields, fieldPrefix: string): Promise<string[]> {
  const before = leadSummary(lead);
  const changed = await applyFields(tx, lead, updatableFields(fields), fieldPrefix);
  if (changed.length === 0) return changed;
  lead.lastActivityAt = new Date();
  const pick = (s: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
  recordAudit(tx, scope, { action: 'lead.update', entityType: 'Lead', entityId: lead.id, before: pick(before), after: pick(leadSummary(lead)) });
  publishChange(scope, after, lead, 'UPDATED', changed);
  // A profile field changed: the score it earned (or did not) follows, through the scoring service.
  if (changed.some((k) => (PROFILE_FIELDS as readonly string[]).includes(k))) await rederiveProfileScore(tx, scope, after, lead, before as unknown as ProfileFields);
  return changed;
}

/** Finds the lead a partner means: by externalId, else email, else phone (DESIGN.md §4). */
async function findByIdentity(tx: EntityManager, fields: LeadFields): Promise<Lead | null> {
  for (const key of ['externalId', 'email', 'phone'] as const) {
    const value = fields[key];
    if (value) {
      const found = await tx.findOne(Lead, { [key]: value });
      if (found) return found;
    }
  }
  return null;
}

/** The lead a phone call belongs to: found by its E.164 number, or created as a CALL lead. */
export async function findOrCreateLeadByPhone(tx: EntityManager, scope: Scope, after: AfterCommit, phone: string): Promise<Lead | null> {
  let e164: string;
  try {
    e164 = normalizeLeadFields({ phone }).phone!;
  } catch {
    return null; // withheld or malformed caller id: the call stays without a lead
  }
  const existing = await tx.findOne(Lead, { phone: e164 });
  if (existing) return existing;
  // Parallel first calls from one new number: insert-or-nothing on the (organization, phone) unique
  // index, then read whichever row won; the loser waits for the winner's commit and finds its lead.
  const id = crypto.randomUUID();
  const now = new Date();
  await tx.createQueryBuilder(Lead).insert({
    id,
    organization: scope.organizationId,
    name: `Caller ${e164}`,
    phone: e164,
    source: LeadSource.CALL,
    tags: [],
    customFields: {},
    temperature: temperatureOf(0, await thresholdsOf(tx, scope.organizationId)),
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  } as never).onConflict(['organization', 'phone']).ignore().execute();
  const lead = await tx.findOneOrFail(Lead, { phone: e164 }, { refresh: true });
  if (lead.id === id) announceNewLead(tx, scope, after, lead);
  return lead;
}

export interface UpsertResult {
  lead: Lead;
  created: boolean;
}

export class LeadService {
  constructor(private readonly effects: Effects) {}

  async create(scope: Scope, input: LeadFields): Promise<Lead> {
    const fields = normalizeLeadFields(input);
    return inTransaction(scope.em, this.effects, (tx, after) => insertLead(tx, scope, after, fields, 'input'));
  }

  async update(scope: Scope, id: string, input: LeadFields): Promise<Lead> {
    const fields = normalizeLeadFields(input);
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const lead = await findLeadOrFail(tx, id);
      await updateExisting(tx, scope, after, lead, fields, 'input');
      return lead;
    });
  }

  async delete(scope: Scope, id: string): Promise<string> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const lead = await findLeadOrFail(tx, id);
      recordAudit(tx, scope, { action: 'lead.delete', entityType: 'Lead', entityId: lead.id, before: leadSummary(lead) });
      publishChange(scope, after, lead, 'DELETED', []);
      tx.remove(lead);
      return lead.id;
    });
  }

  /** Idempotent: the same lead sent twice is one row; the second call changes only what differs. */
  async upsert(scope: Scope, input: LeadFields): Promise<UpsertResult> {
    const fields = normalizeLeadFields(input);
    if (!fields.externalId && !fields.email && !fields.phone) {
      throw BadUserInputError.forField('input.externalId', 'an upsert needs externalId, email or phone to find the lead by');
    }
    return inTransaction(scope.em, this.effects, (tx, after) => this.upsertIn(tx, scope, after, fields, 'input'));
  }

  private async upsertIn(tx: EntityManager, scope: Scope, after: AfterCommit, fields: LeadFields, fieldPrefix: string): Promise<UpsertResult> {
    const existing = await findByIdentity(tx, fields);
    if (existing) {
      await updateExisting(tx, scope, after, existing, fields, fieldPrefix);
      return { lead: existing, created: false };
    }
    return { lead: await insertLead(tx, scope, after, fields, fieldPrefix), created: true };
  }

  /** Bulk upsert in short set-based chunks; see lead-import.service.ts. */
  async import(scope: Scope, rows: LeadRowInput[], maxRows: number): Promise<ImportRowResult[]> {
    return importLeads(scope, this.effects, rows, maxRows);
  }

  /** Manual score change by a person, with their reason. */
  async adjustScore(scope: Scope, leadId: string, delta: number, reason: string): Promise<Lead> {
    const text = reason.trim();
    if (!text) throw BadUserInputError.forField('input.reason', 'must not be empty');
    if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > 100) {
      throw BadUserInputError.forField('input.delta', 'must be a whole number from -100 to 100, not 0');
    }
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const lead = await findLeadOrFail(tx, leadId);
      const before = lead.score;
      const signed = delta > 0 ? `+${delta}` : `${delta}`;
      await adjustScore(tx, scope, after, lead, { delta, reason: `${signed} ${text}`, source: 'MANUAL' });
      recordAudit(tx, scope, { action: 'lead.score', entityType: 'Lead', entityId: lead.id, before: { score: before }, after: { score: lead.score } });
      return lead;
    });
  }
}
