import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';

/**
 * CORS for /graphql: browsers on the listed origins may call the API; every
 * other origin gets no Access-Control-* header at all, so the browser keeps
 * the answer from its page. This is not the CSRF defence — Apollo's CSRF
 * prevention (a request must force a preflight) stays on for every request —
 * it only lets the preflights of listed origins succeed.
 */

/** Methods GraphQL over HTTP uses; mutations are refused over GET by Apollo whatever CORS says. */
export const CORS_METHODS = ['GET', 'POST', 'OPTIONS'] as const;

/**
 * Request headers a browser client may send: JSON bodies, bearer tokens, Apollo's
 * preflight-forcing headers (CSRF prevention), and our request id.
 */
export const CORS_REQUEST_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'] as const;

/** Response headers a page may read besides the CORS-safelisted ones: request id, rate limits, retry hints. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'] as const;

export interface Cors {
  /** Answers an OPTIONS request: 204, with the CORS preflight headers only for a listed origin. */
  preflight(req: IncomingMessage, res: ServerResponse): void;
  /** Before an actual response is written: Allow-Origin (and friends) for a listed origin. */
  decorate(req: IncomingMessage, res: ServerResponse): void;
}

export function cors(config: Config['cors']): Cors {
  const origins = new Set(config.origins);
  const enabled = origins.size > 0;
  const allowedOrigin = (req: IncomingMessage): string | undefined => {
    const origin = req.headers.origin;
    return typeof origin === 'string' && origins.has(origin) ? origin : undefined;
  };
  const allowOrigin = (res: ServerResponse, origin: string) => {
    res.setHeader('access-control-allow-origin', origin);
    if (config.credentials) res.setHeader('access-control-allow-credentials', 'true');
  };
  // The answer depends on Origin whenever some origins are listed: caches must not share it across origins.
  const vary = (res: ServerResponse) => {
    if (enabled) res.setHeader('vary', 'Origin');
  };

  return {
    preflight(req, res) {
      vary(res);
      const origin = allowedOrigin(req);
      if (origin && req.headers['access-control-request-method']) {
        allowOrigin(res, origin);
        res.setHeader('access-control-allow-methods', CORS_METHODS.join(', '));
        res.setHeader('access-control-allow-headers', CORS_REQUEST_HEADERS.join(', '));
        res.setHeader('access-control-max-age', String(config.maxAgeSeconds));
      }
      res.writeHead(204, { allow: CORS_METHODS.join(', '), 'content-length': '0' });
      res.end();
    },
    decorate(req, res) {
      vary(res);
      const origin = allowedOrigin(req);
      if (!origin) return;
      allowOrigin(res, origin);
      res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
    },
  };
}
