import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { GraphQLError, parse, validate, specifiedRules, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '../app';
import { createContext } from '../context';
import { formatError } from '../graphql/format-error';
import type { QueryLimits } from '../graphql/limits';
import { illFormedInputError } from '../graphql/well-formed-inputs';
import { requestStore } from '../request-store';
import type { Principal } from '../services/auth/principal';
import type { RateLimits } from './rate-limit';

interface ConnectionState {
  principal?: Principal;
  connectionId: string;
  recheck?: NodeJS.Timeout;
}



/**
 * graphql-ws on the same port and path as HTTP. Authentication happens once,
 * in connection_init (`{ authorization: "Bearer …" }`); every subscribe runs
 * the same parse limits, validation rules and rate limits as HTTP.
 */
export function attachGraphQLWs(app: App, httpServer: HttpServer, schema: GraphQLSchema, limits: QueryLimits, rateLimits: RateLimits) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: app.config.http.maxBodyBytes });
  const production = app.config.env === 'production';
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: object) => {
    let s = states.get(extra);
    if (!s) states.set(extra, (s = { connectionId: randomUUID() }));
    return s;
  };
  const format = (errors: readonly GraphQLError[], requestId: string) =>
    errors.map((e) => formatError(e.toJSON(), e, { logger: app.logger, requestId, hideSuggestions: production }));
  /** onSubscribe must answer with GraphQLError objects; carry the formatted message and extensions over. */
  const rejection = (errors: readonly GraphQLError[], requestId: string) =>
    format(errors, requestId).map((e) => new GraphQLError(e.message, { extensions: e.extensions }));

  const disposable = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: import('node:http').IncomingMessage }>(
    {
      schema,
      onConnect: async (ctx) => {
        const state = stateOf(ctx.extra);
        try {
          await rateLimits.consumeIp(ctx.extra.request.socket.remoteAddress ?? 'unknown');
          const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
          const principal = await app.auth.authenticate(typeof authorization === 'string' ? authorization : null);
          if (!principal) return false;
          state.principal = principal;
          app.metrics.openSockets.inc();
          const socket = ctx.extra.socket;
          state.recheck = setInterval(() => {
            app.auth.authenticate(typeof authorization === 'string' ? authorization : null).catch(() => {
              // 4403 as at connect: the credentials this socket was opened with no longer hold.
              clearInterval(state.recheck);
              socket.close(4403, 'Forbidden: credentials expired or revoked');
            });
            // As often as API keys are re-read, so a revocation reaches open sockets within about twice that.
          }, Math.max(1, app.config.apiKeyCacheSeconds) * 1000);
          state.recheck.unref();
          return true;
        } catch {
          // Bad or missing credentials, or over the limit: 4403 Forbidden per the graphql-ws protocol.
          return false;
        }
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra);
        clearInterval(state?.recheck);
        if (state?.principal && ctx.acknowledged) app.metrics.openSockets.dec();
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = stateOf(ctx.extra);
        const requestId = randomUUID();
        try {
          await rateLimits.consumeIp(ctx.extra.request.socket.remoteAddress ?? 'unknown');
          await rateLimits.consumeApiKey(state.principal ?? null);
        } catch (err) {
          return rejection([err as GraphQLError], requestId);
        }
        let document;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (err) {
          return rejection([withCode(err instanceof GraphQLError ? err : new GraphQLError(String(err)), 'GRAPHQL_PARSE_FAILED')], requestId);
        }
        const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
        if (errors.length) return rejection(errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')), requestId);
        const illFormed = illFormedInputError(document, payload.variables);
        if (illFormed) return rejection([illFormed], requestId);
        const logger = app.logger.child({ requestId, connectionId: state.connectionId });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(app, state.principal ?? null, requestId, logger, ctx.extra.request.socket.remoteAddress),
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => maskResult(result as ExecutionResult, (args.contextValue as { requestId: string }).requestId),
      onError: (_ctx, _id, _payload, errors) => {
        app.logger.warn({ errors: errors.map((e) => e.message) }, 'graphql-ws operation error');
      },
    },
    wss,
  );

  function maskResult(result: ExecutionResult, requestId: string) {
    if (!result.errors?.length) return;
    return requestStore.run({ requestId, logger: app.logger }, () => ({ ...result, errors: format(result.errors!, requestId) }));
  }

  return {
    wss,
    /** Tell every client we are going away (1001) and stop accepting new sockets. */
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * graphql-js leaves parse and validation errors without a code (Apollo adds one on HTTP); without it
 * formatError would mask them as INTERNAL_SERVER_ERROR. Same codes as HTTP.
 */
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}
