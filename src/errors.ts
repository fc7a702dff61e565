import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';

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

/** The one mapping from database errors to caller-facing codes; others pass through to be masked. */
export function mapDatabaseError(err: unknown): unknown {
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
