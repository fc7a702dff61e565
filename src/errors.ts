import { GraphQLError } from 'graphql';
import { ConnectionException, UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';

/**
 * The closed set of error codes a caller can see (DESIGN.md §6). Anything
 * else is masked as INTERNAL_SERVER_ERROR with the request id.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'BUDGET_EXCEEDED',
  'NOT_CONFIGURED',
  'QUERY_TOO_COMPLEX',
  'LIMIT_EXCEEDED',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(message: string, extensions: Record<string, unknown>) {
    super(message, { extensions });
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required') {
    super(message, { code: 'UNAUTHENTICATED' });
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Not allowed', missing?: string[]) {
    super(message, { code: 'FORBIDDEN', ...(missing?.length ? { missing } : {}) });
  }
}

/** Also what another tenant's id gets: the two are indistinguishable. */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id?: string) {
    super(`${entity} not found`, { code: 'NOT_FOUND', entity, ...(id ? { id } : {}) });
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, field?: string, problems?: FieldProblem[]) {
    super(message, {
      code: 'BAD_USER_INPUT',
      ...(field ? { field } : {}),
      ...(problems?.length ? { problems } : {}),
    });
  }

  static forField(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, field, [{ field, message }]);
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
  constructor(message: string, field?: string) {
    super(message, { code: 'CONFLICT', ...(field ? { field } : {}) });
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry in ${retryAfterSeconds}s`, { code: 'RATE_LIMITED', retryAfterSeconds });
  }
}

export class BudgetExceededError extends AppError {
  readonly code = 'BUDGET_EXCEEDED';
  constructor(message = 'The organization has used its AI budget for this month') {
    super(message, { code: 'BUDGET_EXCEEDED' });
  }
}

/** A feature needs a service this deployment has not configured (e.g. Twilio for outbound calls). */
export class NotConfiguredError extends AppError {
  readonly code = 'NOT_CONFIGURED';
  constructor(message: string) {
    super(message, { code: 'NOT_CONFIGURED' });
  }
}

/** The operation could return more than MAX_QUERY_COST values (README "Errors and limits" has the model). */
export class QueryTooComplexError extends AppError {
  readonly code = 'QUERY_TOO_COMPLEX';
  constructor(cost: number, maxCost: number) {
    super(`Query cost limit of ${maxCost} exceeded: this operation may return up to ${cost} values; ask for smaller pages or fewer nested lists`, {
      code: 'QUERY_TOO_COMPLEX',
      cost,
      maxCost,
    });
  }
}

/** A per-connection or per-caller resource cap (e.g. active subscriptions); `limit` names which. */
export class LimitExceededError extends AppError {
  readonly code = 'LIMIT_EXCEEDED';
  constructor(limit: string, max: number, message: string) {
    super(message, { code: 'LIMIT_EXCEEDED', limit, max });
  }
}

/** Long enough for a database failover or restart to finish, short enough that clients do not give up. */
const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

/** A dependency (the database) cannot be reached right now; the same request may succeed later (HTTP 503, Retry-After). */
export class ServiceUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(
    readonly retryAfterSeconds = SERVICE_UNAVAILABLE_RETRY_SECONDS,
    message = 'The service is temporarily unavailable; retry later',
  ) {
    super(message, { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds });
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Unique column → the field a caller can fix; used to turn constraint names into field names. */
const CONSTRAINT_FIELDS: Array<[RegExp, string]> = [
  [/_email_/, 'email'],
  [/_phone_/, 'phone'],
  [/_external_id_/, 'externalId'],
  [/_slug_/, 'slug'],
  [/_prefix_/, 'prefix'],
];

/** Driver and pool errors that mean "the database is not reachable", not "this statement is wrong". */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_MESSAGES = /Connection terminated|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect|Timeout acquiring a connection|the database system is (starting up|shutting down)/i;

/**
 * Duck-typed, since a driver may reject with an error from another realm or a plain
 * object; walks causes (MikroORM wraps the driver's error, Node wraps several connect
 * attempts in an AggregateError, graphql-js wraps non-errors as `thrownValue`).
 */
function isConnectionFailure(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const { code, sqlState, name, message, cause, errors, thrownValue } = err as Record<string, unknown>;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof sqlState === 'string' && sqlState.startsWith('08')) return true;
  if (err instanceof ConnectionException || name === 'KnexTimeoutError' || (typeof message === 'string' && CONNECTION_MESSAGES.test(message))) return true;
  const nested = [cause, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((e) => isConnectionFailure(e, depth + 1));
}

/** The one mapping from database errors to caller-facing codes; others pass through to be masked. */
export function mapDatabaseError(err: unknown): unknown {
  if (isAppError(err)) return err;
  if (isConnectionFailure(err)) return new ServiceUnavailableError();
  if (err instanceof UniqueConstraintViolationException) {
    const constraint = (err as unknown as { constraint?: string }).constraint ?? err.message;
    const field = CONSTRAINT_FIELDS.find(([re]) => re.test(constraint))?.[1];
    return new ConflictError(field ? `Another record already has this ${field}` : 'Conflicts with an existing record', field);
  }
  if (err instanceof ForeignKeyConstraintViolationException) {
    return new BadUserInputError('Refers to a record that does not exist');
  }
  return err;
}
