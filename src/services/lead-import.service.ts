import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Lead, LeadSource } from '../entities/lead.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { BadUserInputError, ConflictError } from '../errors';
import { recordAudit } from './audit.service';
import { assignFields, leadSummary, publishChange, updatableFields } from './lead-changes';
import { leadFieldsFromRow, type LeadFields, type LeadRowInput } from './lead-input';
import { PROFILE_FIELDS, temperatureOf, thresholdsOf, type Thresholds } from './scoring.service';
import type { Effects, Scope } from './scope';
import { type AfterCommit, inTransaction } from './unit-of-work';
import { isUuid } from './uuid';

/**
 * importLeads, set-based. Every row is validated first, outside any
 * transaction; the valid rows are then written in chunks, each its own short
 * transaction of a few statements (find the leads the chunk names, check its
 * owners, read the thresholds, one flush: multi-row INSERT of leads and audit
 * events, batched UPDATE). A chunk's events and jobs are released when it
 * commits. Short transactions matter most in embedded mode: PGlite is one
 * session, and while a transaction is open no other request gets a query in.
 *
 * Rows apply in order: a later row that names a lead an earlier row created
 * or changed updates it, and each result shows the lead as its row left it.
 */
/** Small enough that a chunk holds PGlite for well under the 500 ms another tenant may wait; large enough that its few statements are cheap per row. */
const CHUNK_ROWS = 100;

const IDENTITY = ['externalId', 'email', 'phone'] as const;
type IdentityKey = (typeof IDENTITY)[number];

/** The lead as its row left it: the identity map holds the state after the whole chunk. */
export type LeadSnapshot = Pick<Lead,
  'id' | 'name' | 'email' | 'phone' | 'company' | 'source' | 'status' | 'owner' | 'budgetCents' | 'budgetCurrency' |
  'tags' | 'customFields' | 'externalId' | 'score' | 'temperature' | 'lastActivityAt' | 'createdAt' | 'updatedAt'>;

export interface ImportRowResult {
  index: number;
  lead: LeadSnapshot | null;
  created: boolean;
  /** The row's error (already a coded GraphQL error, or one the caller masks). */
  error: unknown;
}

interface ValidRow {
  index: number;
  prefix: string;
  fields: LeadFields;
}

export async function importLeads(scope: Scope, effects: Effects, rows: LeadRowInput[], maxRows: number): Promise<ImportRowResult[]> {
  if (rows.length > maxRows) throw BadUserInputError.forField('input.leads', `at most ${maxRows} leads per call`);
  const results: ImportRowResult[] = [];
  const valid: ValidRow[] = [];
  for (const [index, row] of rows.entries()) {
    const prefix = `input.leads.${index}`;
    try {
      valid.push({ index, prefix, fields: leadFieldsFromRow(row, prefix) });
    } catch (err) {
      results[index] = failed(index, err);
    }
  }
  for (let start = 0; start < valid.length; start += CHUNK_ROWS) {
    for (const result of await importChunk(scope, effects, valid.slice(start, start + CHUNK_ROWS))) results[result.index] = result;
  }
  return results;
}

/**
 * One chunk in its own transaction, on a fresh fork (an empty identity map per
 * chunk). A unique violation means another request took one of the chunk's
 * identities after we looked: look again once, else report it on every row.
 */
async function importChunk(scope: Scope, effects: Effects, rows: ValidRow[]): Promise<ImportRowResult[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(scope.em.fork(), effects, (tx, after) => writeChunk(tx, scope, after, rows));
    } catch (err) {
      if (attempt === 1 && err instanceof ConflictError) continue;
      return rows.map((row) => failed(row.index, err));
    }
  }
}

async function writeChunk(tx: EntityManager, scope: Scope, after: AfterCommit, rows: ValidRow[]): Promise<ImportRowResult[]> {
  const identities = await IdentityIndex.load(tx, rows);
  const owners = await ownersInOrganization(tx, rows);
  const thresholds = await thresholdsOf(tx, scope.organizationId);
  const results: ImportRowResult[] = [];
  for (const row of rows) {
    try {
      if (row.fields.ownerId && !owners.has(row.fields.ownerId)) {
        throw BadUserInputError.forField(`${row.prefix}.ownerId`, 'no such user in this organization');
      }
      // A value another row of this chunk gave up is still held in the database until the pending UPDATE runs.
      if (identities.needsFlushFor(row.fields)) await tx.flush();
      const existing = identities.find(row.fields);
      const result = existing
        ? updateRow(tx, scope, after, identities, existing, row)
        : createRow(tx, scope, after, identities, thresholds, row);
      results.push(result);
    } catch (err) {
      results.push(failed(row.index, err));
    }
  }
  await tx.flush();
  return results;
}

function createRow(tx: EntityManager, scope: Scope, after: AfterCommit, identities: IdentityIndex, thresholds: Thresholds, row: ValidRow): ImportRowResult {
  const { fields, prefix } = row;
  if (!fields.name) throw BadUserInputError.forField(`${prefix}.name`, 'is required');
  identities.assertFree(null, fields, prefix);
  const lead = tx.create(Lead, { organization: tx.getReference(Organization, scope.organizationId), name: fields.name });
  assignFields(tx, lead, { ...fields, source: fields.source ?? LeadSource.IMPORT });
  lead.temperature = temperatureOf(lead.score, thresholds);
  identities.track(lead, null);
  recordAudit(tx, scope, { action: 'lead.create', entityType: 'Lead', entityId: lead.id, after: leadSummary(lead) });
  publishChange(scope, after, lead, 'CREATED', []);
  after.enqueue('score-new-lead', { organizationId: scope.organizationId, leadId: lead.id }, { jobId: `score-new-lead-${lead.id}` });
  return { index: row.index, lead: snapshot(lead), created: true, error: null };
}

function updateRow(tx: EntityManager, scope: Scope, after: AfterCommit, identities: IdentityIndex, lead: Lead, row: ValidRow): ImportRowResult {
  const fields = updatableFields(row.fields);
  identities.assertFree(lead, fields, row.prefix);
  const before = leadSummary(lead);
  const changed = assignFields(tx, lead, fields);
  if (changed.length > 0) {
    const now = new Date();
    lead.lastActivityAt = now;
    lead.updatedAt = now; // what the flush would set; the row's snapshot shows it
    identities.track(lead, before);
    const pick = (s: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
    recordAudit(tx, scope, { action: 'lead.update', entityType: 'Lead', entityId: lead.id, before: pick(before), after: pick(leadSummary(lead)) });
    publishChange(scope, after, lead, 'UPDATED', changed);
    // The profile score follows a changed profile field; re-derived by the scoring job (a row lock and a read per
    // lead would undo the set-based chunk), which brings the score to what the fields earn now.
    if (changed.some((k) => (PROFILE_FIELDS as readonly string[]).includes(k))) {
      after.enqueue('score-new-lead', { organizationId: scope.organizationId, leadId: lead.id }, { jobId: `rescore-lead-${lead.id}-${randomUUID()}` });
    }
  }
  return { index: row.index, lead: snapshot(lead), created: false, error: null };
}

/**
 * Which lead holds each externalId, email and phone the chunk names, kept
 * current as rows apply (DESIGN.md §4: match by externalId, else email, else
 * phone). Loaded with one query, so every holder in the database is known.
 */
class IdentityIndex {
  private readonly holders = new Map<IdentityKey, Map<string, Lead>>(IDENTITY.map((key) => [key, new Map()]));
  /** Values a lead of this chunk gave up while its UPDATE is still pending. */
  private readonly released = new Map<IdentityKey, Set<string>>(IDENTITY.map((key) => [key, new Set()]));

  static async load(tx: EntityManager, rows: ValidRow[]): Promise<IdentityIndex> {
    const index = new IdentityIndex();
    const or = IDENTITY.map((key) => ({ key, values: [...new Set(rows.map((r) => r.fields[key]).filter((v): v is string => !!v))] }))
      .filter((c) => c.values.length > 0)
      .map(({ key, values }) => ({ [key]: { $in: values } }));
    if (or.length > 0) for (const lead of await tx.find(Lead, { $or: or } as FilterQuery<Lead>)) index.track(lead, null);
    return index;
  }

  find(fields: LeadFields): Lead | null {
    for (const key of IDENTITY) {
      const value = fields[key];
      const lead = value ? this.holders.get(key)!.get(value) : undefined;
      if (lead) return lead;
    }
    return null;
  }

  /** The same rule the unique indexes enforce, checked per row so that one row's conflict fails only that row. */
  assertFree(lead: Lead | null, fields: LeadFields, prefix: string): void {
    for (const key of IDENTITY) {
      const value = fields[key];
      const holder = value ? this.holders.get(key)!.get(value) : undefined;
      if (holder && holder !== lead) throw new ConflictError(`Another lead already has this ${key}`, `${prefix}.${key}`);
    }
  }

  needsFlushFor(fields: LeadFields): boolean {
    const reuses = IDENTITY.some((key) => fields[key] && this.released.get(key)!.has(fields[key]!));
    if (reuses) for (const set of this.released.values()) set.clear();
    return reuses;
  }

  /** Records the lead's current identity values; `before` is its summary before this row changed it. */
  track(lead: Lead, before: Record<string, unknown> | null): void {
    for (const key of IDENTITY) {
      const old = before?.[key] as string | null | undefined;
      if (old && old !== lead[key] && this.holders.get(key)!.get(old) === lead) {
        this.holders.get(key)!.delete(old);
        this.released.get(key)!.add(old);
      }
      const value = lead[key];
      if (value) this.holders.get(key)!.set(value, lead);
    }
  }
}

/** One query for every owner the chunk names; the tenant filter makes other organizations' users invisible. */
async function ownersInOrganization(tx: EntityManager, rows: ValidRow[]): Promise<Set<string>> {
  const ids = [...new Set(rows.map((r) => r.fields.ownerId).filter((id): id is string => !!id && isUuid(id)))];
  if (ids.length === 0) return new Set();
  return new Set((await tx.find(User, { id: { $in: ids } }, { fields: ['id'] })).map((u) => u.id));
}

function snapshot(lead: Lead): LeadSnapshot {
  return {
    id: lead.id, name: lead.name, email: lead.email, phone: lead.phone, company: lead.company, source: lead.source,
    status: lead.status, owner: lead.owner, budgetCents: lead.budgetCents, budgetCurrency: lead.budgetCurrency,
    tags: [...lead.tags], customFields: { ...lead.customFields }, externalId: lead.externalId, score: lead.score,
    temperature: lead.temperature, lastActivityAt: lead.lastActivityAt, createdAt: lead.createdAt, updatedAt: lead.updatedAt,
  };
}

function failed(index: number, error: unknown): ImportRowResult {
  return { index, lead: null, created: false, error };
}
