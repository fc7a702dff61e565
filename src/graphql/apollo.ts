import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { App } from '../app';
import type { GraphQLContext } from '../context';
import { requestStore } from '../request-store';
import { formatError, retryableStatusPlugin } from './format-error';
import { operationLimitsPlugin, type QueryLimits } from './limits';
import { illFormedInputError } from './well-formed-inputs';

/** Counts operations, latency and error codes for /metrics. */
function metricsPlugin(app: App): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const labels = { operation: app.metrics.operationLabel(rc.operationName), type: rc.operation?.operation ?? 'unknown' };
          app.metrics.requests.inc(labels);
          app.metrics.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const errors = rc.response.body.kind === 'single' ? (rc.response.body.singleResult.errors ?? []) : [];
          for (const e of errors) app.metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
}

/** Refuses, before anything runs, an operation carrying a string we could not store (see well-formed-inputs.ts). */
function wellFormedInputsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const error = illFormedInputError(rc.document, rc.request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

export function createApollo(app: App, schema: GraphQLSchema, limits: QueryLimits): ApolloServer<GraphQLContext> {
  const production = app.config.env === 'production';
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: app.config.graphql.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    csrfPrevention: true,
    // main.ts owns SIGTERM: Apollo's own handler would re-raise the signal and cut the drain short.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError: (formatted, error) => {
      const info = requestStore.getStore();
      return formatError(formatted, error, { logger: info?.logger ?? app.logger, requestId: info?.requestId ?? 'unknown', hideSuggestions: production });
    },
    plugins: [
      metricsPlugin(app),
      wellFormedInputsPlugin(),
      operationLimitsPlugin(limits),
      retryableStatusPlugin(),
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
