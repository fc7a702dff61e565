import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { App } from '../app';
import { createContext, type GraphQLContext } from '../context';
import { RateLimitedError, ServiceUnavailableError, UnauthenticatedError, mapDatabaseError } from '../errors';
import type { Logger } from '../logger';
import type { Principal } from '../services/auth/principal';
import { BodyTooLargeError, readBody } from './body';
import { CSRF_MESSAGE, PREFLIGHT_HEADERS, blockedAsCsrf } from './csrf';
import { rateLimitHeaders, type RateLimits } from './rate-limit';
import { sendGraphQLError } from './respond';

/**
 * GraphQL over HTTP: limits, authentication and body parsing at the edge,
 * then Apollo executes. Kept on node:http (no framework) so the hot path is short.
 */
export function graphqlHandler(app: App, apollo: ApolloServer<GraphQLContext>, limits: RateLimits) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string, logger: Logger): Promise<void> => {
    try {
      const principal = await admit(app, limits, req, res);
      if (blockedAsCsrf(req)) {
        const extensions = { code: 'CSRF_PREFLIGHT_REQUIRED', headers: [...PREFLIGHT_HEADERS], contentType: 'application/json' };
        sendGraphQLError(res, 400, { message: CSRF_MESSAGE, extensions }, requestId);
        return;
      }
      const body = req.method === 'POST' ? parseJson(await readBody(req, app.config.http.maxBodyBytes), req) : undefined;
      if (Array.isArray(body)) {
        sendGraphQLError(res, 400, { message: 'Batched requests are not supported; send one operation per request', extensions: { code: 'BAD_REQUEST' } }, requestId);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(app, principal, requestId, logger, req.socket.remoteAddress),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (caught) {
      const err = mapDatabaseError(caught);
      if (err instanceof RateLimitedError) {
        sendGraphQLError(res, 429, err, requestId, { 'retry-after': String(err.retryAfterSeconds) });
      } else if (err instanceof ServiceUnavailableError) {
        logger.warn({ err: caught }, 'database unavailable');
        if (!res.headersSent) sendGraphQLError(res, 503, err, requestId, { 'retry-after': String(err.retryAfterSeconds) });
      } else if (err instanceof UnauthenticatedError) {
        sendGraphQLError(res, 401, err, requestId);
      } else if (err instanceof BodyTooLargeError) {
        sendGraphQLError(res, 413, { message: `Request body is larger than ${app.config.http.maxBodyBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }, requestId);
      } else if (err instanceof SyntaxError) {
        sendGraphQLError(res, 400, { message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }, requestId);
      } else {
        logger.error({ err, requestId }, 'graphql handler failed');
        if (!res.headersSent) sendGraphQLError(res, 500, { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, requestId);
      }
    }
  };
}

/**
 * Authenticates, then spends one request of the caller's budget (principal, or IP when
 * anonymous) and sets the RateLimit-* headers. Bad credentials spend the IP's budget,
 * so guessing tokens is limited too. Throws RATE_LIMITED or UNAUTHENTICATED.
 */
async function admit(app: App, limits: RateLimits, req: IncomingMessage, res: ServerResponse): Promise<Principal | null> {
  const ip = req.socket.remoteAddress ?? 'unknown';
  const spend = async (principal: Principal | null) => {
    const decision = await limits.take(principal, ip);
    for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
    if (!decision.allowed) throw new RateLimitedError(decision.resetSeconds);
  };
  let principal: Principal | null;
  try {
    principal = await app.auth.authenticate(req.headers.authorization);
  } catch (err) {
    if (err instanceof UnauthenticatedError) await spend(null);
    throw err;
  }
  await spend(principal);
  return principal;
}

/** JSON bodies are parsed here; other content types reach Apollo as text, which answers them per the GraphQL-over-HTTP spec. */
function parseJson(text: string, req: IncomingMessage): unknown {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json/i.test(type) && !/^application\/json/i.test(type)) return text;
  return text === '' ? undefined : JSON.parse(text);
}
