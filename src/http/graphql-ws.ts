import { randomUUID } from 'node:crypto';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, specifiedRules, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { App } from '../app';
import { createContext } from '../context';
import { formatError } from '../graphql/format-error';
import type { QueryLimits } from '../graphql/limits';
import { illFormedInputError } from '../graphql/well-formed-inputs';
import type { Logger } from '../logger';
import { requestStore } from '../request-store';
import type { RateLimits } from './rate-limit';
import { OpenSockets, type SocketState } from './ws-sockets';

/** Close code graphql-ws clients treat as retryable: they reconnect and resubscribe (1011 would be fatal to them). */
const SERVICE_RESTART = 1012;

/**
 * graphql-ws on the same port and path as HTTP. Authentication happens once,
 * in connection_init (`{ authorization: "Bearer …" }`); every subscribe runs
 * the same parse limits, validation rules and rate limits as HTTP.
 */
export function attachGraphQLWs(app: App, httpServer: HttpServer, schema: GraphQLSchema, limits: QueryLimits, rateLimits: RateLimits) {
  // No permessage-deflate: its zlib context would cost tens of KB per socket for payloads of a few hundred bytes.
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: app.config.http.maxBodyBytes, perMessageDeflate: false });
  const production = app.config.env === 'production';
  const states = new WeakMap<object, SocketState>();
  const stateOf = (ctx: Context<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>) => {
    let s = states.get(ctx.extra);
    if (!s) states.set(ctx.extra, (s = { connectionId: randomUUID(), closed: false, socket: ctx.extra.socket, operations: ctx.subscriptions, clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown' }));
    s.operations = ctx.subscriptions; // graphql-ws replaces the map on close
    return s;
  };
  const open = new OpenSockets(app.config.ws, (delta) => (delta > 0 ? app.metrics.openSockets.inc() : app.metrics.openSockets.dec()));
  // One timer for every socket, and one check per credential however many sockets share it (a key's cache entry
  // expiring under 2,000 sockets must not be 2,000 lookups at once). As often as API keys are re-read, so a
  // revocation reaches open sockets within about twice that; 4403 as at connect.
  const recheck = setInterval(() => {
    const byCredential = new Map<string, SocketState[]>();
    for (const state of open.sockets()) {
      const key = state.authorization ?? '';
      const same = byCredential.get(key);
      if (same) same.push(state);
      else byCredential.set(key, [state]);
    }
    for (const [authorization, sockets] of byCredential) {
      app.auth.authenticate(authorization || null).catch(() => {
        for (const state of sockets) state.socket.close(4403, 'Forbidden: credentials expired or revoked');
      });
    }
  }, Math.max(1, app.config.apiKeyCacheSeconds) * 1000);
  recheck.unref();
  const documents = new DocumentCache();

  // Events published while pub/sub is down never arrive: close every socket with operations so its client
  // reconnects and resubscribes, instead of waiting for nothing.
  const stopWatching = app.pubsub.onInterrupted((reason) => {
    const closed = open.closeBusy(SERVICE_RESTART, 'Event delivery interrupted; reconnect and resubscribe');
    app.logger.warn({ reason, closed }, 'pub/sub interrupted: closed subscriber sockets');
  });
  const format = (errors: readonly GraphQLError[], requestId: string) =>
    errors.map((e) => formatError(e.toJSON(), e, { logger: app.logger, requestId, hideSuggestions: production }));
  /** onSubscribe must answer with GraphQLError objects; carry the formatted message and extensions over. */
  const rejection = (errors: readonly GraphQLError[], requestId: string) =>
    format(errors, requestId).map((e) => new GraphQLError(e.message, { extensions: e.extensions }));

  const disposable = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      onConnect: async (ctx) => {
        const state = stateOf(ctx);
        try {
          // Not yet authenticated: a connection attempt spends its IP's budget.
          await rateLimits.consume(null, state.clientIp);
          const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
          const principal = await app.auth.authenticate(typeof authorization === 'string' ? authorization : null);
          if (!principal) return false;
          // The client may have gone while we authenticated, and onClose has then already run: track nothing.
          if (state.closed || ctx.extra.socket.readyState !== WebSocket.OPEN) return false;
          state.authorization = typeof authorization === 'string' ? authorization : undefined;
          open.track(state, principal);
          return true;
        } catch {
          // Bad or missing credentials, or over the limit: 4403 Forbidden per the graphql-ws protocol.
          return false;
        }
      },
      onClose: (ctx) => {
        const state = stateOf(ctx);
        state.closed = true;
        open.untrack(state);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = stateOf(ctx);
        const requestId = randomUUID();
        const overCap = open.overCap(state);
        if (overCap) return rejection([overCap], requestId);
        try {
          // As on HTTP: one budget per caller (its principal), one limiter round trip per operation.
          await rateLimits.consume(state.principal ?? null, state.clientIp);
        } catch (err) {
          return rejection([err as GraphQLError], requestId);
        }
        let document;
        try {
          document = documents.get(payload.query) ?? documents.set(payload.query, parse(payload.query, limits.parseOptions));
        } catch (err) {
          return rejection([withCode(err instanceof GraphQLError ? err : new GraphQLError(String(err)), 'GRAPHQL_PARSE_FAILED')], requestId);
        }
        const errors = documents.validated(document, () => validate(schema, document, [...specifiedRules, ...limits.validationRules]));
        if (errors.length) return rejection(errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')), requestId);
        const illFormed = illFormedInputError(document, payload.variables);
        if (illFormed) return rejection([illFormed], requestId);
        const tooComplex = limits.checkCost(schema, document, payload.variables);
        if (tooComplex) return rejection([tooComplex], requestId);
        // Coerce variables here, as Apollo does before executing: graphql-js would otherwise report them uncoded.
        const operation = getOperationAST(document, payload.operationName);
        const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}) : undefined;
        if (coerced?.errors) return rejection(coerced.errors.map((e) => withCode(e, 'BAD_USER_INPUT')), requestId);
        if (operation?.operation === 'subscription' && !app.pubsub.delivering()) {
          // Delivery is down: a subscription now would wait for events that never come. The client retries;
          // the operation below is ended with the socket.
          ctx.extra.socket.close(SERVICE_RESTART, 'Event delivery unavailable; reconnect and resubscribe');
        }
        const logger = lazyChild(app.logger, { requestId, connectionId: state.connectionId });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(app, state.principal ?? null, requestId, logger, state.clientIp),
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
      stopWatching();
      clearInterval(recheck);
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
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_USER_INPUT'): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * Parsed documents by query text, and their validation errors: a dashboard's
 * thousands of sockets send the same few subscriptions, and graphql-js
 * neither mutates a document nor needs one per operation. Bounded: the
 * oldest entry goes first.
 */
class DocumentCache {
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly errors = new WeakMap<DocumentNode, readonly GraphQLError[]>();

  constructor(private readonly max = 500) {}

  get(query: string): DocumentNode | undefined {
    return this.parsed.get(query);
  }

  set(query: string, document: DocumentNode): DocumentNode {
    if (this.parsed.size >= this.max) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(query, document);
    return document;
  }

  validated(document: DocumentNode, validateNow: () => readonly GraphQLError[]): readonly GraphQLError[] {
    let errors = this.errors.get(document);
    if (!errors) this.errors.set(document, (errors = validateNow()));
    return errors;
  }
}

/** A child logger made on first use: most subscriptions never log, and a pino child per operation is not free. */
function lazyChild(parent: Logger, bindings: Record<string, string>): Logger {
  let child: Logger | undefined;
  return new Proxy(parent, {
    get(_target, key) {
      child ??= parent.child(bindings);
      const value = Reflect.get(child, key, child) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(child) : value;
    },
    set(_target, key, value) {
      child ??= parent.child(bindings);
      return Reflect.set(child, key, value, child);
    },
  });
}
