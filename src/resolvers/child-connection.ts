import type { QueryOrderMap } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { CHILD_LISTS, type ChildList } from '../loaders';
import { bindCursors, pageSize, type PageArgs } from '../services/pagination';

/** A child list's sizes: the page when none is asked for, and the most one page may hold (LIST_SIZES declares the same). */
export interface ChildSizes {
  default: number;
  max: number;
}

function cursorsOf(ctx: GraphQLContext, list: ChildList) {
  const spec = CHILD_LISTS[list];
  const meta = ctx.em.getMetadata().get<object>(spec.entity.name);
  const order = Object.fromEntries(spec.order.map((k) => [k, spec.direction])) as QueryOrderMap<object>;
  // Bound to the list (not the parent): a cursor of one lead's calls is refused on scoreHistory, not on another lead.
  return bindCursors(meta, order, { list });
}

/**
 * A parent's child list as a Relay connection, through the read path: every
 * parent of the level asking the same page shares one LATERAL statement, and
 * `totalCount` (only when selected) one grouped count. Forward with
 * `first`/`after`, backward with `last`/`before`; sizes are checked like the
 * top-level connections' (BAD_USER_INPUT with the argument).
 */
export async function childConnection(ctx: GraphQLContext, list: ChildList, parentId: string, args: PageArgs, sizes: ChildSizes) {
  const size = pageSize(args, sizes.max, sizes.default);
  const cursors = cursorsOf(ctx, list);
  const after = args.after != null ? cursors.open('after', args.after) : undefined;
  const before = args.before != null ? cursors.open('before', args.before) : undefined;
  const backward = 'last' in size;
  const limit = 'last' in size ? size.last : size.first;
  const { rows, hasMore } = await ctx.loaders.childPage(list, { limit, backward, after, before }).load(parentId);
  return {
    edges: rows.map((node) => ({ node, cursor: cursors.seal(node) })),
    pageInfo: {
      hasNextPage: backward ? before !== undefined : hasMore,
      hasPreviousPage: backward ? hasMore : after !== undefined,
      startCursor: rows.length ? cursors.seal(rows[0]!) : null,
      endCursor: rows.length ? cursors.seal(rows[rows.length - 1]!) : null,
    },
    get totalCount() {
      return ctx.loaders.childCount(list).load(parentId);
    },
  };
}

/** A plain child list of at most `first` rows (clamped to 0…max, as scoreHistory always was), one LATERAL statement per level. */
export async function childList(ctx: GraphQLContext, list: ChildList, parentId: string, first: number, max: number) {
  const limit = Math.max(0, Math.min(Math.trunc(first), max));
  if (limit === 0) return [];
  return (await ctx.loaders.childPage(list, { limit, backward: false }).load(parentId)).rows;
}
