import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRow } from '../db/read-rows';
import { Lead, type LeadSource, type LeadStatus, type LeadTemperature } from '../entities/lead.entity';
import { BadUserInputError } from '../errors';
import { findPage, type Page, type PageArgs } from './pagination';

export interface LeadFilter {
  status?: LeadStatus[] | null;
  source?: LeadSource[] | null;
  temperature?: LeadTemperature[] | null;
  scoreMin?: number | null;
  scoreMax?: number | null;
  ownerId?: string | null;
  unassigned?: boolean | null;
  tagsAny?: string[] | null;
  tagsAll?: string[] | null;
  /** Equality on custom fields: every key given must equal its value (JSON containment). */
  customFields?: Record<string, unknown> | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  lastActivityAfter?: Date | null;
  lastActivityBefore?: Date | null;
  /** Case-insensitive text over name, email, phone and company. */
  search?: string | null;
}

export type LeadOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'SCORE' | 'NAME' | 'LAST_ACTIVITY_AT';
export type OrderDirection = 'ASC' | 'DESC';

const ORDER_COLUMNS: Record<LeadOrderField, keyof Lead> = {
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  SCORE: 'score',
  NAME: 'name',
  LAST_ACTIVITY_AT: 'lastActivityAt',
};

export function leadWhere(filter: LeadFilter = {}): FilterQuery<Lead> {
  const and: FilterQuery<Lead>[] = [];
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.source?.length) and.push({ source: { $in: filter.source } });
  if (filter.temperature?.length) and.push({ temperature: { $in: filter.temperature } });
  if (filter.scoreMin != null) and.push({ score: { $gte: filter.scoreMin } });
  if (filter.scoreMax != null) and.push({ score: { $lte: filter.scoreMax } });
  if (filter.ownerId) and.push({ owner: filter.ownerId });
  if (filter.unassigned) and.push({ owner: null });
  if (filter.tagsAny?.length) and.push({ tags: { $overlap: filter.tagsAny.map((t) => t.toLowerCase()) } });
  if (filter.tagsAll?.length) and.push({ tags: { $contains: filter.tagsAll.map((t) => t.toLowerCase()) } });
  if (filter.customFields && Object.keys(filter.customFields).length) {
    and.push({ [raw((alias) => `${alias}.custom_fields @> ?::jsonb`, [JSON.stringify(filter.customFields)])]: true } as FilterQuery<Lead>);
  }
  if (filter.createdAfter) and.push({ createdAt: { $gte: filter.createdAfter } });
  if (filter.createdBefore) and.push({ createdAt: { $lt: filter.createdBefore } });
  if (filter.lastActivityAfter) and.push({ lastActivityAt: { $gte: filter.lastActivityAfter } });
  if (filter.lastActivityBefore) and.push({ lastActivityAt: { $lt: filter.lastActivityBefore } });
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 100) throw BadUserInputError.forField('filter.search', 'must be at most 100 characters');
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    and.push({ $or: [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }, { phone: { $ilike: pattern } }, { company: { $ilike: pattern } }] });
  }
  if (filter.scoreMin != null && filter.scoreMax != null && filter.scoreMin > filter.scoreMax) {
    throw BadUserInputError.forField('filter.scoreMin', 'must not be above scoreMax');
  }
  return and.length ? { $and: and } : {};
}

export function findLeads(
  em: EntityManager,
  filter: LeadFilter | undefined,
  order: { field: LeadOrderField; direction: OrderDirection },
  page: PageArgs,
  maxPageSize: number,
): Promise<Page<ReadRow>> {
  const orderBy = { [ORDER_COLUMNS[order.field]]: order.direction === 'ASC' ? 'asc' : 'desc' } as QueryOrderMap<Lead>;
  leadWhere(filter); // validates the filter before any query
  return findPage(em, Lead, () => leadWhere(filter), orderBy, page, maxPageSize, filter);
}
