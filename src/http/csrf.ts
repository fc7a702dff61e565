import type { IncomingMessage } from 'node:http';

/**
 * Apollo's CSRF prevention (on, in src/graphql/apollo.ts) refuses any request a
 * browser could send cross-origin without a preflight: no content type other
 * than the three "simple" ones, and none of the headers below. Its own answer
 * is a terse BAD_REQUEST; this check applies the same rule first so the 400
 * tells a client developer exactly what to send. Apollo's check stays on behind it.
 */

/** The headers Apollo accepts as forcing a preflight (its recommendedCsrfPreventionRequestHeaders). */
export const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** Content types a browser may send cross-origin without a preflight (Fetch standard). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

export const CSRF_MESSAGE =
  'This request could come from any web page (CSRF prevention), so it is refused. ' +
  'Send a header that forces a CORS preflight: "apollo-require-preflight: true" (or "x-apollo-operation-name: <name>"), ' +
  'or POST with "Content-Type: application/json". ' +
  'urql: preferGetMethod: false, or fetchOptions: { headers: { "apollo-require-preflight": "true" } }; ' +
  'graphql-request with method GET: headers: { "apollo-require-preflight": "true" }.';

/** True when Apollo would block the request as a potential CSRF. */
export function blockedAsCsrf(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type !== undefined) {
    const essence = type.split(';')[0].trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.has(essence)) return false;
  }
  return !PREFLIGHT_HEADERS.some((name) => {
    const value = req.headers[name];
    return typeof value === 'string' ? value.length > 0 : Array.isArray(value) && value.length > 0;
  });
}
