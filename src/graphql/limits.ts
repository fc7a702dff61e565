import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config';

/**
 * The query limits, built once and applied on BOTH transports: Apollo over
 * HTTP and graphql-ws over WebSocket (graphql-ws does not share Apollo's rules).
 */
export interface QueryLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
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
    costLimitRule({ maxCost: config.maxCost, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: config.maxAliases, ...report }),
    maxDirectivesRule({ n: config.maxDirectives, ...report }),
  ] as ValidationRule[];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return { validationRules: rules, parseOptions: { maxTokens: config.maxTokens } };
}
