import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config';
import { QueryTooComplexError } from '../errors';
import { documentCost } from './cost';

/**
 * The query limits, built once and applied on BOTH transports: Apollo over
 * HTTP and graphql-ws over WebSocket (graphql-ws does not share Apollo's rules).
 */
export interface QueryLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /**
   * The cost rule (graphql/cost.ts). Not a validation rule: it needs the
   * variables (`first: $n`), which validation never sees and Apollo caches past.
   */
  checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): QueryTooComplexError | undefined;
}

export function queryLimits(config: Config['graphql']): QueryLimits {
  // graphql-armor's default is to THROW from inside validate(), which Apollo answers with a masked 500
  // and graphql-ws with a 4500 close of the whole socket. Report instead, as every validation rule does,
  // so both transports answer GRAPHQL_VALIDATION_FAILED for this one operation.
  const report = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, '')))],
  };
  const rules: ValidationRule[] = [
    maxDepthRule({ n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report }),
    maxAliasesRule({ n: config.maxAliases, ...report }),
    maxDirectivesRule({ n: config.maxDirectives, ...report }),
  ] as ValidationRule[];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return {
    validationRules: rules,
    parseOptions: { maxTokens: config.maxTokens },
    checkCost(schema, document, variables) {
      const cost = documentCost(schema, document, variables, config);
      return cost > config.maxCost ? new QueryTooComplexError(cost, config.maxCost) : undefined;
    },
  };
}

/**
 * The HTTP side of the limits that need the resolved operation: the cost
 * rule, and subscriptions, which only graphql-ws can deliver. Both answer 400.
 */
export function operationLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const badRequest = (error: GraphQLError) => new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation?.operation === 'subscription') {
            throw badRequest(
              new GraphQLError('Subscriptions are served over WebSocket only: connect to this URL with a graphql-ws client (graphql-transport-ws protocol)', {
                extensions: { code: 'BAD_REQUEST' },
              }),
            );
          }
          const tooComplex = limits.checkCost(schema, document, request.variables);
          if (tooComplex) throw badRequest(tooComplex);
        },
      };
    },
  };
}
