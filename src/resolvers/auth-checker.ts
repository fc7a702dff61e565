import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Permission } from '../services/auth/permissions';

/** `@Authorized('leads:write')`: signed in, and holding every named permission. */
export const authChecker: AuthChecker<GraphQLContext, Permission> = ({ context }, required) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  const missing = required.filter((p) => !principal.permissions.has(p));
  if (missing.length) throw new ForbiddenError(`Missing permission: ${missing.join(', ')}`, missing);
  return true;
};
