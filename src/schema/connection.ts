import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow this page: pass endCursor as `after` to get them.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items come before this page (a cursor was given as `after`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page, to pass as `after`; null when the page is empty.' })
  endCursor!: string | null;
}

/** Builds `XEdge` and `XConnection` for a node type (DESIGN.md §6). `totalCount` is resolved lazily. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a ${name}Connection, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list\'s order is unchanged.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection); ask for more with \`first\` and \`after\`.` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in the list\'s order; at most `first` (default 20, at most MAX_PAGE_SIZE).' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matching items, not just this page (counted on request only).' })
    totalCount!: number | Promise<number>;
  }

  return { Edge, Connection };
}
