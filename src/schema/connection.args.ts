import { ArgsType, Field, Int } from 'type-graphql';

/**
 * Relay's four page arguments, shared by every top-level connection. Forward
 * with `first`/`after`, backward with `last`/`before`; `first` and `last`
 * together are refused (BAD_USER_INPUT on `last`).
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page forward: at most this many items (1 to MAX_PAGE_SIZE, default 20); not with last' })
  first?: number;

  @Field(() => String, { nullable: true, description: "Page forward: items after this cursor (an edge's cursor or pageInfo.endCursor of this connection, same filter and order)" })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page backward: at most this many items ending at before (1 to MAX_PAGE_SIZE); not with first' })
  last?: number;

  @Field(() => String, { nullable: true, description: "Page backward: items before this cursor (an edge's cursor or pageInfo.startCursor of this connection, same filter and order)" })
  before?: string;
}

/** The same four arguments on a child connection (Lead.callsConnection …); its description gives its default and maximum page. */
@ArgsType()
export class ChildConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Page forward: at most this many items (1 to the field's maximum; the field's default when neither first nor last is given); not with last" })
  first?: number;

  @Field(() => String, { nullable: true, description: "Page forward: items after this cursor (an edge's cursor or pageInfo.endCursor of this field)" })
  after?: string;

  @Field(() => Int, { nullable: true, description: "Page backward: at most this many items ending at before (1 to the field's maximum); not with first" })
  last?: number;

  @Field(() => String, { nullable: true, description: "Page backward: items before this cursor (an edge's cursor or pageInfo.startCursor of this field)" })
  before?: string;
}
