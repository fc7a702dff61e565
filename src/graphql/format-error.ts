import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ERROR_CODES, ServiceUnavailableError, isAppError, mapDatabaseError, type FieldProblem } from '../errors';
import type { Logger } from '../logger';

/** Codes GraphQL itself (or Apollo) assigns to problems with the request, safe to show. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST']);

export interface FormatErrorOptions {
  logger: Logger;
  requestId: string;
  /** Production hides "Did you mean …?" hints that reveal the schema. */
  hideSuggestions: boolean;
}

/**
 * The one error boundary: our coded errors and GraphQL's request errors go
 * out as they are (with the offending field); everything else is logged with
 * the request id and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, opts: FormatErrorOptions): GraphQLFormattedError {
  const raw = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // Reads do not pass through the unit of work, so a database outage is mapped here too.
  const original = mapDatabaseError(raw);
  if (original instanceof ServiceUnavailableError && original !== raw) opts.logger.warn({ err: raw, requestId: opts.requestId, path: formatted.path }, 'database unavailable');
  if (original instanceof ArgumentValidationError) return validationFailure(formatted, original, opts.requestId);
  if (isAppError(original)) return withRequestId({ ...formatted, message: original.message, extensions: { ...original.extensions } }, opts.requestId);
  const code = formatted.extensions?.code as string | undefined;
  if (code && (REQUEST_CODES.has(code) || (ERROR_CODES as readonly string[]).includes(code))) {
    const message = opts.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
    const field = formatted.extensions?.field ?? fieldFromMessage(formatted.message);
    return withRequestId({ ...formatted, message, extensions: { ...formatted.extensions, ...(field ? { field } : {}) } }, opts.requestId);
  }
  opts.logger.error({ err: original, requestId: opts.requestId, path: formatted.path }, 'internal error');
  return withRequestId({ message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, opts.requestId);
}

/**
 * A retryable outage answers HTTP 503 with Retry-After, so load balancers and
 * clients retry instead of treating it as a bug; every other result keeps Apollo's status.
 */
export function retryableStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const outage = errors.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
          if (!outage) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(outage.extensions?.retryAfterSeconds ?? 1));
        },
      };
    },
  };
}

function withRequestId(e: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return { ...e, extensions: { ...e.extensions, requestId } };
}

function validationFailure(formatted: GraphQLFormattedError, err: ArgumentValidationError, requestId: string): GraphQLFormattedError {
  const problems = flatten(err.extensions.validationErrors as ValidationError[], 'input');
  const first = problems[0];
  return withRequestId(
    {
      message: first ? `${first.field}: ${first.message}` : 'Invalid input',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, problems },
    },
    requestId,
  );
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** graphql-js names a bad variable's path in its message: `Variable "$input" got invalid value … at "input.email"`. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at;
  return /Variable "\$([^"]+)"/.exec(message)?.[1];
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/, '');
}
