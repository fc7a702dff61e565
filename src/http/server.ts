import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../app';
import { createApollo } from '../graphql/apollo';
import { queryLimits } from '../graphql/limits';
import { buildAppSchema } from '../graphql/schema';
import { enforceListSizes } from '../schema/list-sizes';
import { requestStore } from '../request-store';
import { cors as corsPolicy } from './cors';
import { graphqlHandler } from './graphql-handler';
import { attachGraphQLWs } from './graphql-ws';
import { metricsAllowed, readiness } from './health';
import { RateLimits } from './rate-limit';
import { publicQuoteRoutes } from './public-quote';
import { twilioWebhooks } from '../webhooks/twilio-webhooks';
import { sendJson } from './respond';
import { HttpSockets } from './sockets';

export interface RunningServer {
  url: string;
  port: number;
  /** Graceful: not ready, finish in-flight requests, close sockets with 1001. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
/** While draining, a keep-alive socket idle this long is closed: a client still sending on it would have done so. */
const DRAIN_IDLE_MS = 500;

export async function startServer(app: App, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const schema = enforceListSizes(await buildAppSchema(), app.config.graphql);
  const limits = queryLimits(app.config.graphql);
  const apollo = createApollo(app, schema, limits);
  await apollo.start();
  const rateLimits = new RateLimits(app.config.rateLimit, app.redis, app.config.redisKeyPrefix, app.logger);
  const handleGraphQL = graphqlHandler(app, apollo, rateLimits);
  const handleTwilio = twilioWebhooks(app);
  const cors = corsPolicy(app.config.cors);
  const publicQuotes = publicQuoteRoutes(app);
  let draining = false;
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = app.config.http;

  const timeouts = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // Node checks both timeouts only this often (default 30 s, which let slow clients stay ~40 s).
    connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
  };

  const server = createServer(timeouts, (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const logger = app.logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    sockets.track(req, res, draining);
    void requestStore.run({ requestId, logger }, async () => {
      try {
        await route(req, res, url, requestId, logger);
      } catch (err) {
        logger.error({ err }, 'unhandled request error');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error', requestId });
      }
    });
  });
  const sockets = new HttpSockets(server);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string, logger: typeof app.logger): Promise<void> {
    const path = url.pathname;
    if (path === '/graphql') {
      // Preflights are answered before rate limits and authentication: a browser sends no credentials with them.
      if (req.method === 'OPTIONS') return cors.preflight(req, res);
      // Set before anything is written, so a page can also read a 401, 413 or 429.
      cors.decorate(req, res);
      return handleGraphQL(req, res, url, requestId, logger);
    }
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const r = await readiness(app, draining);
      return sendJson(res, r.ready ? 200 : 503, r);
    }
    if (path === '/metrics') {
      if (!metricsAllowed(req.headers.authorization, app.config.metricsToken)) {
        res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' });
        res.end('metrics need Authorization: Bearer <METRICS_TOKEN>\n');
        return;
      }
      const body = await app.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': app.metrics.registry.contentType });
      res.end(body);
      return;
    }
    if (path.startsWith('/webhooks/twilio/')) return handleTwilio(req, res, url, requestId);
    if (publicQuotes.matches(path)) return publicQuotes.handle(req, res, url);
    sendJson(res, 404, { error: 'not found' });
  }

  const ws = attachGraphQLWs(app, server, schema, limits, rateLimits);
  await new Promise<void>((resolve, reject) => {
    // A port already in use must stop start-up with its error, not leave the process waiting.
    server.once('error', reject);
    server.listen(options.port ?? app.config.http.port, options.host ?? app.config.http.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      draining = true;
      const closed = sockets.stopAccepting();
      sockets.closeAfterResponse();
      await ws.close();
      const deadline = Date.now() + app.config.shutdownGraceMs;
      while (sockets.open > 0 && Date.now() < deadline) {
        sockets.closeIdle(DRAIN_IDLE_MS);
        await new Promise((r) => setTimeout(r, 25));
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
