import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { AccountResolver, OrganizationSettingsResolver } from '../resolvers/account.resolver';
import { AlertLiveResolver } from '../resolvers/alert-live.resolver';
import { AlertResolver } from '../resolvers/alert.resolver';
import { AuditResolver } from '../resolvers/audit.resolver';
import { UsageResolver } from '../resolvers/usage.resolver';
import { UserResolver } from '../resolvers/user.resolver';
import { CallBridgeResolver } from '../resolvers/call-bridge.resolver';
import { CallLiveResolver } from '../resolvers/call-live.resolver';
import { CallAnalysisResolver, CallResolver, LeadCallsResolver, TranscriptResolver } from '../resolvers/call.resolver';
import { ActionItemResolver, AppointmentResolver } from '../resolvers/follow-up.resolver';
import { PhoneNumberResolver } from '../resolvers/phone-number.resolver';
import { authChecker } from '../resolvers/auth-checker';
import { LeadChangedResolver } from '../resolvers/lead-changed.resolver';
import { LeadResolver } from '../resolvers/lead.resolver';
import { DateTime } from '../schema/scalars';

/** The registration list of resolvers: the one place a new resolver is added. */
const RESOLVERS = [
  AccountResolver,
  OrganizationSettingsResolver,
  AuditResolver,
  LeadResolver,
  LeadChangedResolver,
  LeadCallsResolver,
  CallResolver,
  CallAnalysisResolver,
  TranscriptResolver,
  CallBridgeResolver,
  CallLiveResolver,
  ActionItemResolver,
  AppointmentResolver,
  PhoneNumberResolver,
  AlertResolver,
  AlertLiveResolver,
  UsageResolver,
  UserResolver,
] as const;

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
