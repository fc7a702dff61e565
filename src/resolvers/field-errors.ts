import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { isAppError } from '../errors';
import type { FieldError } from '../schema/field-error.type';

/** A row error of a bulk mutation as data; unexpected errors are masked and logged like top-level ones. */
export function toFieldErrors(err: unknown, ctx: GraphQLContext): FieldError[] {
  if (isAppError(err) || (err instanceof GraphQLError && err.extensions?.code)) {
    const e = err as GraphQLError;
    return [{ code: String(e.extensions.code), field: (e.extensions.field as string | undefined) ?? null, message: e.message }];
  }
  ctx.logger.error({ err, requestId: ctx.requestId }, 'bulk row failed');
  return [{ code: 'INTERNAL_SERVER_ERROR', field: null, message: `Internal error (request ${ctx.requestId})` }];
}
