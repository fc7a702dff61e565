import type { ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A request rejected before GraphQL ran, in the GraphQL response shape so clients handle it the same way. */
export function sendGraphQLError(res: ServerResponse, status: number, error: GraphQLError | { message: string; extensions: Record<string, unknown> }, requestId: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message: error.message, extensions: { ...error.extensions, requestId } }] }, headers);
}
