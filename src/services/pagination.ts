import { createHash } from 'node:crypto';
import { Cursor, Utils, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';
import { isWellFormedText } from './well-formed-text';

/** Relay's arguments: `first`/`after` page forward, `last`/`before` backward (DESIGN.md §6). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
  cursorOf(item: T): string;
  /** Counted only when the caller asks for totalCount. */
  totalCount(): Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * Keyset pagination over any entity (Relay connections, DESIGN.md §6). The
 * order always ends with the id so cursors are stable under ties.
 *
 * A cursor is bound to the connection that made it: it carries a fingerprint
 * of the entity, the order and the filter, and `after` must come back to the
 * same one. A cursor of another order would otherwise be compared with the
 * wrong column (a date against a smallint fails; against a name it silently
 * skips rows).
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  /** A factory, not a value: raw SQL fragments in a condition can be used only once, and the count needs its own. */
  where: () => FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: PageArgs,
  maxPageSize: number,
  /** The caller's filter as given (a plain, JSON-able input; null for none): cursors are bound to it. */
  filter: unknown,
): Promise<Page<T>> {
  const size = pageSize(args, maxPageSize);
  const order = { ...orderBy, id: Object.values(orderBy)[0] ?? 'desc' } as QueryOrderMap<T>;
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const keys = Cursor.getDefinition(meta, order).map(([key]) => key as string);
  const binding = fingerprint(meta.className, keys, order, filter);
  const after = args.after != null ? Cursor.encode(openCursor('after', args.after, binding, meta, keys)) : undefined;
  const before = args.before != null ? Cursor.encode(openCursor('before', args.before, binding, meta, keys)) : undefined;
  const cursor = await em.findByCursor(entity, where(), { ...size, after, before, orderBy: order, includeCount: false });
  const cursorOf = (item: T) => sealCursor(binding, cursor.from(item));
  return {
    items: [...cursor.items] as T[],
    // MikroORM knows the far side by fetching one more; the near side is known when a cursor bounds it.
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: cursor.hasPrevPage,
    startCursor: cursor.items.length ? cursorOf(cursor.items[0] as T) : null,
    endCursor: cursor.items.length ? cursorOf(cursor.items[cursor.items.length - 1] as T) : null,
    cursorOf,
    totalCount: () => em.count(entity, where()),
  };
}

/**
 * The page size asked for, in one direction: `first` or `last` (never both),
 * each between 1 and the cap; `first` with DEFAULT_PAGE_SIZE when neither is given.
 */
export function pageSize(args: PageArgs, maxPageSize: number, defaultSize = DEFAULT_PAGE_SIZE): { first: number } | { last: number } {
  if (args.first != null && args.last != null) throw BadUserInputError.forField('last', 'cannot be combined with first: page forward with first/after or backward with last/before');
  const field = args.last != null ? 'last' : 'first';
  const n = args.last ?? args.first ?? defaultSize;
  if (!Number.isInteger(n) || n < 1 || n > maxPageSize) {
    throw BadUserInputError.forField(field, `must be between 1 and ${maxPageSize} (larger pages are refused, not cut)`);
  }
  return field === 'last' ? { last: n } : { first: n };
}

/** Short and stable: object keys sorted, null fields dropped (null and omitted filter the same). */
function fingerprint(entity: string, keys: string[], order: QueryOrderMap<unknown>, filter: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v !== null && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] != null).map((k) => [k, stable((v as Record<string, unknown>)[k])]))
        : v;
  const order_ = keys.map((k) => [k, String((order as Record<string, unknown>)[k]).toLowerCase()]);
  return createHash('sha256').update(JSON.stringify([entity, order_, stable(filter ?? {})])).digest('base64url').slice(0, 16);
}

/** Our cursor: the binding and MikroORM's key values, as opaque base64url JSON. */
function sealCursor(binding: string, mikroCursor: string): string {
  return Buffer.from(JSON.stringify([binding, JSON.parse(Buffer.from(mikroCursor, 'base64url').toString('utf8'))])).toString('base64url');
}

/** The key values of a cursor made by this connection; BAD_USER_INPUT on `after`/`before` for anything else. */
function openCursor<T>(field: 'after' | 'before', value: string, binding: string, meta: EntityMetadata<T>, keys: string[]): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[0] !== 'string' || !Array.isArray(decoded[1])) {
    throw BadUserInputError.forField(field, 'is not a cursor of this connection');
  }
  const [madeFor, values] = decoded as [string, unknown[]];
  if (madeFor !== binding) throw BadUserInputError.forField(field, `was made for another order or filter; start again without ${field}`);
  if (values.length !== keys.length || !keys.every((k, i) => fitsProperty(values[i], meta.properties[k as never]))) {
    throw BadUserInputError.forField(field, 'is not a cursor of this connection');
  }
  return values;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT_RANGE: Record<string, number> = { smallint: 2 ** 15, int: 2 ** 31, integer: 2 ** 31, int4: 2 ** 31, int2: 2 ** 15 };

/** A cursor's value must be one the column can take, or the database would refuse the query. */
function fitsProperty<T>(value: unknown, prop: EntityProperty<T> | undefined): boolean {
  if (!prop) return false;
  const columnType = String(prop.columnTypes?.[0] ?? '').toLowerCase();
  if (columnType === 'uuid' || prop.runtimeType === 'Date' || columnType.startsWith('timestamp')) {
    return typeof value === 'string' && (columnType === 'uuid' ? UUID.test(value) : ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)));
  }
  if (typeof value === 'number') {
    const limit = INT_RANGE[columnType];
    return limit ? Number.isInteger(value) && value >= -limit && value < limit : Number.isFinite(value);
  }
  if (typeof value === 'string') return value.length <= 10_000 && isWellFormedText(value);
  return typeof value === 'boolean';
}
