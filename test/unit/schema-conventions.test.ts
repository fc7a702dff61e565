import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { NODE_KINDS } from '../../src/schema/node-types';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe('Node', () => {
  it('is implemented by exactly the types node(id:) can resolve (src/schema/node-types.ts)', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementing = schema.getPossibleTypes(node).map((t) => t.name).sort();
    expect(implementing).toEqual(NODE_KINDS.map((k) => k.typeName).sort());
  });
});
