import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { NoSchemaIntrospectionCustomRule, type ParseOptions, type ValidationRule } from 'graphql';
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
  const rules: ValidationRule[] = [
    maxDepthRule({ n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    costLimitRule({ maxCost: config.maxCost, ignoreIntrospection: true }),
    maxAliasesRule({ n: config.maxAliases }),
    maxDirectivesRule({ n: config.maxDirectives }),
  ] as ValidationRule[];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return { validationRules: rules, parseOptions: { maxTokens: config.maxTokens } };
}
