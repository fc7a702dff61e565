import { createHash } from 'node:crypto';
import { Cursor, Utils, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findRows, type ReadRow } from '../db/read-rows';
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
 * Keyset pagination over any entity (Relay connections, DESIGN.md §6), as
 * plain rows of the read path (db/read-rows.ts): the page's one statement,
 * no managed entities. The order always ends with the id so cursors are
 * stable under ties.
 *
 * A cursor is bound to the connection that made it: it carries a fingerprint
 * of the entity, the order and the filter, and `after`/`before` must come
 * back to the same one. A cursor of another order would otherwise be compared
 * with the wrong column (a date against a smallint fails; against a name it
 * silently skips rows).
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
): Promise<Page<ReadRow>> {
  const size = pageSize(args, maxPageSize);
  const order = { ...orderBy, id: Object.values(orderBy)[0] ?? 'desc' } as QueryOrderMap<T>;
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const cursors = bindCursors(meta, order, filter);
  const after = args.after != null ? Cursor.encode(cursors.open('after', args.after)) : undefined;
  const before = args.before != null ? Cursor.encode(cursors.open('before', args.before)) : undefined;
  const options = { ...size, after, before, orderBy: order, overfetch: true };
  const rows = await findRows(em, entity, where(), options as never);
  // MikroORM's Cursor drops the one extra row and tells the far side by it; the near side is known when a cursor bounds it.
  const cursor = new Cursor(rows as never[], 0, options as never, meta);
  const items = [...cursor.items] as unknown as ReadRow[];
  return {
    items,
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: cursor.hasPrevPage,
    startCursor: items.length ? cursors.seal(items[0]!) : null,
    endCursor: items.length ? cursors.seal(items[items.length - 1]!) : null,
    cursorOf: cursors.seal,
    totalCount: () => em.count(entity, where()),
  };
}

/**
 * The cursors of one connection (entity, order, filter): `seal` makes one for a
 * row, `open` reads one back as the key values, refusing any other
 * connection's with BAD_USER_INPUT on the argument. Child connections
 * (loaders.ts) bind theirs the same way.
 */
export function bindCursors<T extends object>(meta: EntityMetadata<T>, order: QueryOrderMap<T>, filter: unknown) {
  const keys = Cursor.getDefinition(meta, order).map(([key]) => key as string);
  const binding = fingerprint(meta.className, keys, order, filter);
  return {
    keys,
    seal: (row: object) => sealValues(binding, keys.map((k) => (row as Record<string, unknown>)[k])),
    open: (field: 'after' | 'before', value: string) => openCursor(field, value, binding, meta, keys),
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

/** Our cursor: the binding and the key values (dates as ISO strings, like MikroORM's), as opaque base64url JSON. */
function sealValues(binding: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([binding, values])).toString('base64url');
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
