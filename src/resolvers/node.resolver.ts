import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors';
import { Node } from '../schema/node.type';
import { NODES_MAX_IDS } from '../schema/list-sizes';
import { NODE_KINDS, NODE_TYPE, nodeKindOf } from '../schema/node-types';
import { Contract } from '../entities/contract.entity';
import { contractViews } from './quote-document.resolver';
import { findEntitiesById } from '../services/node.queries';

/**
 * Refetch anything by id (Relay's Node fields). Another organization's id and
 * an unknown id are the same: null, no error. A node of a type the caller may
 * not read is null with a FORBIDDEN error at its path (graphql-js turns a
 * returned Error into that), which says nothing another query would not.
 */
@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object with an identity, by its id, within my organization. Null for an unknown id or another organization\'s id (indistinguishable); null with a FORBIDDEN error when I lack the read permission of its type (e.g. leads:read for a Lead). Needs sign-in.',
  })
  async node(@Arg('id', () => ID, { description: 'The id of any Node (a UUID); anything else is null.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<object | Error | null> {
    return (await visibleNodes(ctx, [id]))[0] ?? null;
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: 'items',
    description: `Many objects by id, in the order asked, each null as node(id:) would be null. At most ${NODES_MAX_IDS} ids (BAD_USER_INPUT on \`ids\` above). Costs a constant few statements whatever the number. Needs sign-in.`,
  })
  async nodes(@Arg('ids', () => [ID], { description: `Ids of any Nodes, at most ${NODES_MAX_IDS}; repeats are answered each time.` }) ids: string[], @Ctx() ctx: GraphQLContext): Promise<Array<object | Error | null>> {
    if (ids.length > NODES_MAX_IDS) throw BadUserInputError.forField('ids', `at most ${NODES_MAX_IDS} ids per call`);
    return visibleNodes(ctx, ids);
  }
}

async function visibleNodes(ctx: GraphQLContext, ids: string[]): Promise<Array<object | Error | null>> {
  const found = await findEntitiesById(ctx.em, ids, NODE_KINDS.map((k) => k.entity));
  const permissions = ctx.principal!.permissions;
  return present(ctx, found.map((entity) => {
    if (!entity) return null;
    const permission = nodeKindOf(entity)!.permission;
    return permission && !permissions.has(permission) ? new ForbiddenError(`Missing permission: ${permission}`, [permission]) : entity;
  }));
}

/** Types whose GraphQL object is a view built from the entity, not the entity itself. */
async function present(ctx: GraphQLContext, nodes: Array<object | Error | null>): Promise<Array<object | Error | null>> {
  const contracts = nodes.filter((n): n is Contract => n instanceof Contract);
  if (!contracts.length) return nodes;
  const views = await contractViews(ctx, contracts);
  const byId = new Map(views.map((v) => [v.id, Object.assign(v, { [NODE_TYPE]: 'Contract' })]));
  return nodes.map((n) => (n instanceof Contract ? byId.get(n.id) ?? null : n));
}
