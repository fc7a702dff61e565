import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay page info' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Builds `XEdge` and `XConnection` for a node type (DESIGN.md §6). `totalCount` is resolved lazily. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matching rows, not just this page' })
    totalCount!: number | Promise<number>;
  }

  return { Edge, Connection };
}
