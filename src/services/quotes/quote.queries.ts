import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Quote, QuoteLine, type QuoteStatus, QuoteVersion } from '../../entities/quote.entity';
import { BadUserInputError, NotFoundError } from '../../errors';
import { findPage, type Page, type PageArgs } from '../pagination';
import { isUuid } from '../uuid';
import { findQuoteOrFail } from './quote.service';

export interface QuoteFilter {
  status?: QuoteStatus[] | null;
  leadId?: string | null;
  /** Quotes whose validUntil is before this instant. */
  validBefore?: Date | null;
  /** Case-insensitive text in the title or the request. */
  search?: string | null;
}

export type QuoteOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'VALID_UNTIL' | 'TOTAL';

const ORDER_COLUMNS: Record<QuoteOrderField, keyof Quote> = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', VALID_UNTIL: 'validUntil', TOTAL: 'totalMinor' };

function quoteWhere(filter: QuoteFilter = {}): FilterQuery<Quote> {
  const and: FilterQuery<Quote>[] = [];
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.leadId) {
    if (!isUuid(filter.leadId)) throw BadUserInputError.forField('filter.leadId', 'must be a lead id');
    and.push({ lead: filter.leadId });
  }
  if (filter.validBefore) and.push({ validUntil: { $lt: filter.validBefore } });
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 100) throw BadUserInputError.forField('filter.search', 'must be at most 100 characters');
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    and.push({ $or: [{ title: { $ilike: pattern } }, { request: { $ilike: pattern } }] });
  }
  return and.length ? { $and: and } : {};
}

export function findQuotes(em: EntityManager, filter: QuoteFilter | undefined, order: { field: QuoteOrderField; direction: 'ASC' | 'DESC' }, page: PageArgs, maxPageSize: number): Promise<Page<Quote>> {
  const orderBy = { [ORDER_COLUMNS[order.field]]: order.direction === 'ASC' ? 'asc' : 'desc' } as QueryOrderMap<Quote>;
  quoteWhere(filter);
  // Read-path rows (db/read-rows.ts): scalars by name, references as <name>Id; field resolvers use refId.
  return findPage(em, Quote, () => quoteWhere(filter), orderBy, page, maxPageSize, filter) as unknown as Promise<Page<Quote>>;
}

/** Versions of many quotes at once, oldest first per quote (a loader's batch). */
export async function versionsOfQuotes(em: EntityManager, quoteIds: readonly string[]): Promise<Map<string, QuoteVersion[]>> {
  const rows = await em.find(QuoteVersion, { quote: { $in: [...quoteIds] } }, { orderBy: { number: 'asc' } });
  const out = new Map<string, QuoteVersion[]>(quoteIds.map((id) => [id, []]));
  for (const v of rows) out.get(v.quote.id)?.push(v);
  return out;
}

/** Lines of many versions at once, in position order (a loader's batch). */
export async function linesOfVersions(em: EntityManager, versionIds: readonly string[]): Promise<Map<string, QuoteLine[]>> {
  const rows = await em.find(QuoteLine, { version: { $in: [...versionIds] } }, { orderBy: { position: 'asc' } });
  const out = new Map<string, QuoteLine[]>(versionIds.map((id) => [id, []]));
  for (const l of rows) out.get(l.version.id)?.push(l);
  return out;
}

/** Quotes of many leads, newest first, at most `limit` each. */
export async function quotesOfLeads(em: EntityManager, leadIds: readonly string[], limit: number): Promise<Map<string, Quote[]>> {
  const rows = await em.find(Quote, { lead: { $in: [...leadIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const out = new Map<string, Quote[]>(leadIds.map((id) => [id, []]));
  for (const q of rows) {
    const list = out.get(q.lead.id);
    if (list && list.length < limit) list.push(q);
  }
  return out;
}

export interface LineChange {
  key: string;
  before: QuoteLine;
  after: QuoteLine;
  /** Names of the fields that differ: productId, description, quantity, unit, unitPrice, taxRate, discount, total. */
  fields: string[];
}

export interface VersionDiff {
  from: QuoteVersion;
  to: QuoteVersion;
  added: QuoteLine[];
  removed: QuoteLine[];
  changed: LineChange[];
}

const COMPARED: Array<[string, (l: QuoteLine) => unknown]> = [
  ['productId', (l) => l.product?.id ?? null],
  ['description', (l) => l.description],
  ['quantity', (l) => l.quantityMilli],
  ['unit', (l) => l.unit],
  ['unitPrice', (l) => l.unitPriceMinor ?? null],
  ['taxRate', (l) => l.taxRateMilli],
  ['discount', (l) => `${l.discountKind ?? ''}:${l.discountValue ?? ''}`],
  ['total', (l) => l.totalMinor],
];

/** Lines added, removed and changed from version `from` to version `to`, matched by line key. */
export async function diffVersions(em: EntityManager, quoteId: string, from: number, to: number): Promise<VersionDiff> {
  const quote = await findQuoteOrFail(em, quoteId);
  const [a, b] = await Promise.all([from, to].map((n) => em.findOne(QuoteVersion, { quote: quote.id, number: n })));
  if (!a) throw new NotFoundError('QuoteVersion', `${quoteId}#${from}`);
  if (!b) throw new NotFoundError('QuoteVersion', `${quoteId}#${to}`);
  const lines = await linesOfVersions(em, [a.id, b.id]);
  const before = new Map(lines.get(a.id)!.map((l) => [l.key, l]));
  const after = new Map(lines.get(b.id)!.map((l) => [l.key, l]));
  const changed: LineChange[] = [];
  for (const [key, l] of after) {
    const old = before.get(key);
    if (!old) continue;
    const fields = COMPARED.filter(([, get]) => get(old) !== get(l)).map(([name]) => name);
    if (fields.length) changed.push({ key, before: old, after: l, fields });
  }
  return {
    from: a,
    to: b,
    added: [...after.values()].filter((l) => !before.has(l.key)),
    removed: [...before.values()].filter((l) => !after.has(l.key)),
    changed,
  };
}
