import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { App } from '../app';
import type { GraphQLContext } from '../context';
import { requestStore } from '../request-store';
import { formatError, retryableStatusPlugin } from './format-error';
import type { QueryLimits } from './limits';

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
      retryableStatusPlugin(),
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
