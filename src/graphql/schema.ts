import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { AccountResolver } from '../resolvers/account.resolver';
import { AuditResolver } from '../resolvers/audit.resolver';
import { authChecker } from '../resolvers/auth-checker';
import { LeadChangedResolver } from '../resolvers/lead-changed.resolver';
import { LeadResolver } from '../resolvers/lead.resolver';
import { DateTime } from '../schema/scalars';

/** The registration list of resolvers: the one place a new resolver is added. */
const RESOLVERS = [AccountResolver, AuditResolver, LeadResolver, LeadChangedResolver] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Unknown-field checks are GraphQL's job; class-validator checks values.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTime }],
    // Our subscriptions bring their own `subscribe` (organization-scoped, see
    // resolvers/subscribe-scoped.ts); type-graphql's topic-based pub/sub must never be used.
    pubSub: {
      publish: () => {
        throw new Error('use services/pubsub, not type-graphql topics');
      },
      subscribe: () => {
        throw new Error('use services/pubsub, not type-graphql topics');
      },
    },
  });
}

/** The committed artifact (src/schema/schema.graphql): sorted so diffs are stable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
