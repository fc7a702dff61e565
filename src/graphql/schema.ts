import { buildSchema } from 'type-graphql';
import { isNonNullType, isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { AccountResolver, OrganizationSettingsResolver } from '../resolvers/account.resolver';
import { AlertLiveResolver } from '../resolvers/alert-live.resolver';
import { AlertResolver } from '../resolvers/alert.resolver';
import { AuditResolver } from '../resolvers/audit.resolver';
import { DirectoryResolver } from '../resolvers/directory.resolver';
import { OnboardingResolver } from '../resolvers/onboarding.resolver';
import { UsageResolver } from '../resolvers/usage.resolver';
import { UserResolver } from '../resolvers/user.resolver';
import { CallBridgeResolver } from '../resolvers/call-bridge.resolver';
import { CallLiveResolver } from '../resolvers/call-live.resolver';
import { CallAnalysisResolver, CallResolver, LeadCallsResolver, TranscriptResolver } from '../resolvers/call.resolver';
import { ActionItemResolver, AppointmentResolver } from '../resolvers/follow-up.resolver';
import { NodeResolver } from '../resolvers/node.resolver';
import { PhoneNumberResolver } from '../resolvers/phone-number.resolver';
import { authChecker } from '../resolvers/auth-checker';
import { LeadChangedResolver } from '../resolvers/lead-changed.resolver';
import { LeadResolver } from '../resolvers/lead.resolver';
import { QuoteDocumentFieldsResolver, QuoteDocumentResolver } from '../resolvers/quote-document.resolver';
import { ProductResolver } from '../resolvers/product.resolver';
import { QuoteLiveResolver } from '../resolvers/quote-live.resolver';
import { LeadQuotesResolver, QuoteLineResolver, QuoteResolver, QuoteVersionResolver } from '../resolvers/quote.resolver';
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
  DirectoryResolver,
  OnboardingResolver,
  NodeResolver,
  QuoteDocumentResolver,
  QuoteDocumentFieldsResolver,
  ProductResolver,
  QuoteResolver,
  QuoteVersionResolver,
  QuoteLineResolver,
  LeadQuotesResolver,
  QuoteLiveResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
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
  return describeRootTypes(nullArgumentsAsOmitted(schema));
}

/**
 * GraphQL lets a caller write `filter: null` wherever it may leave `filter`
 * out, and graphql-js hands resolvers that null as is. For every nullable
 * argument of every field, explicit null means the same as omitting it (the
 * argument's default, if it has one), so no resolver has to tell the two apart.
 * Input fields inside an argument keep their null: on updates it clears a value.
 */
function nullArgumentsAsOmitted(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const nullable = field.args.filter((a) => !isNonNullType(a.type));
      if (!nullable.length) continue;
      const normalize = (args: Record<string, unknown>) => {
        if (!nullable.some((a) => args[a.name] === null)) return args;
        const out = { ...args };
        for (const a of nullable) {
          if (out[a.name] !== null) continue;
          if (a.defaultValue === undefined) delete out[a.name];
          else out[a.name] = a.defaultValue;
        }
        return out;
      };
      const wrap = (fn: GraphQLFieldResolver<unknown, unknown> | undefined) => fn && ((source: unknown, args: Record<string, unknown>, ctx: unknown, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]) => fn(source, normalize(args), ctx, info));
      field.resolve = wrap(field.resolve);
      field.subscribe = wrap(field.subscribe);
    }
  }
  return schema;
}

/** type-graphql has no place for the root types' own descriptions. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const roots: Array<[GraphQLObjectType | null | undefined, string]> = [
    [schema.getQueryType(), 'Reads. Every field needs sign-in and sees my organization only.'],
    [schema.getMutationType(), 'Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise.'],
    [schema.getSubscriptionType(), 'Live events over graphql-ws, after commit, for my organization only.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  return schema;
}

/** The committed artifact (src/schema/schema.graphql): sorted so diffs are stable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
