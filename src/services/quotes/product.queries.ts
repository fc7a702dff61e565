import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../../entities/product.entity';
import { BadUserInputError } from '../../errors';
import { findPage, type Page, type PageArgs } from '../pagination';

export interface ProductFilter {
  /** Web-search syntax over sku, name and description: words, "quoted phrases", -excluded, or. */
  search?: string | null;
  active?: boolean | null;
}

export const MAX_SEARCH_LENGTH = 200;

function productWhere(filter: ProductFilter = {}): FilterQuery<Product> {
  const and: FilterQuery<Product>[] = [];
  if (filter.active != null) and.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) {
    if (search.length > MAX_SEARCH_LENGTH) throw BadUserInputError.forField('filter.search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    and.push({ [raw((alias) => `${alias}.search_vector @@ websearch_to_tsquery('simple', ?)`, [search])]: true } as FilterQuery<Product>);
  }
  return and.length ? { $and: and } : {};
}

/** The catalog, by name (then id); `search` narrows it with the full-text index. */
export function findProducts(em: EntityManager, filter: ProductFilter | undefined, page: PageArgs, maxPageSize: number): Promise<Page<Product>> {
  productWhere(filter);
  // Read-path rows (db/read-rows.ts): scalars by name, references as <name>Id; field resolvers use refId.
  return findPage(em, Product, () => productWhere(filter), { name: 'asc' }, page, maxPageSize, filter) as unknown as Promise<Page<Product>>;
}

export interface ProductMatch {
  id: string;
  sku: string;
  name: string;
  unit: string;
  unitPriceMinor: number;
  currency: string;
  taxRateMilli: number;
  rank: number;
}

/**
 * Active products whose words match any of `words` (prefix match, OR), best
 * first: what the local drafter asks for each phrase of a request. Raw SQL
 * for ts_rank; the organization condition is written here because raw SQL
 * bypasses the tenant filter.
 */
export async function matchProducts(em: EntityManager, organizationId: string, words: string[], currency: string | null, limit = 5): Promise<ProductMatch[]> {
  const terms = [...new Set(words.map((w) => w.toLowerCase().replace(/[^\p{L}\d]/gu, '')).filter((w) => w.length >= 2))];
  if (!terms.length) return [];
  const query = terms.map((t) => `${t}:*`).join(' | ');
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `select id, sku, name, unit, unit_price_minor, currency, tax_rate_milli, ts_rank(search_vector, q) as rank
       from product, to_tsquery('simple', ?) q
      where organization_id = ? and active and search_vector @@ q ${currency ? 'and currency = ?' : ''}
      order by rank desc, name, id
      limit ?`,
    currency ? [query, organizationId, currency, limit] : [query, organizationId, limit],
  );
  return rows.map((r) => ({
    id: String(r.id),
    sku: String(r.sku),
    name: String(r.name),
    unit: String(r.unit),
    unitPriceMinor: Number(r.unit_price_minor),
    currency: String(r.currency),
    taxRateMilli: Number(r.tax_rate_milli),
    rank: Number(r.rank),
  }));
}
