import { Cursor, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
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
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  /** A factory, not a value: raw SQL fragments in a condition can be used only once, and the count needs its own. */
  where: () => FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: PageArgs,
  maxPageSize: number,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw BadUserInputError.forField('first', `must be between 1 and ${maxPageSize}`);
  }
  if (args.after != null) assertCursor(args.after);
  const order = { ...orderBy, id: Object.values(orderBy)[0] ?? 'desc' } as QueryOrderMap<T>;
  const cursor = await em.findByCursor(entity, where(), {
    first,
    after: args.after ?? undefined,
    orderBy: order,
    includeCount: false,
  });
  return {
    items: [...cursor.items] as T[],
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: args.after != null,
    startCursor: cursor.startCursor,
    endCursor: cursor.endCursor,
    cursorOf: (item) => cursor.from(item),
    totalCount: () => em.count(entity, where()),
  };
}

function assertCursor(value: string): void {
  try {
    const decoded = Cursor.decode(value);
    if (!Array.isArray(decoded)) throw new Error('not a list');
  } catch {
    throw BadUserInputError.forField('after', 'is not a cursor from this connection');
  }
}
