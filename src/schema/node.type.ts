import { Field, ID, InterfaceType } from 'type-graphql';
import { nodeTypeName } from './node-types';

/**
 * The Relay `Node` interface. Ids are the UUIDs every field already returns:
 * unique across all types, so a client may key its cache by `id` alone.
 */
@InterfaceType('Node', {
  description:
    'An object with an identity. Its `id` is a UUID, unique across every type, stable for the life of the object: a client may use it alone as a cache key, and refetch any such object with `node(id:)`.',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'The globally unique id (a UUID); the same value that every other field and argument uses for this object.' })
  id!: string;
}
