import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from './app';
import { bindTenant } from './db/tenant-filter';
import { UnauthenticatedError } from './errors';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';
import { actorOf, type Principal } from './services/auth/principal';
import type { Scope } from './services/scope';

/**
 * What every resolver gets: who is calling (decided once at the edge), a
 * fresh EntityManager fork bound to their organization, and batch loaders.
 * HTTP and WebSocket build it the same way.
 */
export interface GraphQLContext {
  app: App;
  requestId: string;
  logger: Logger;
  principal: Principal | null;
  /** The peer address of the connection (forwarded headers are never trusted); login throttling keys on it. */
  clientIp: string;
  em: EntityManager;
  loaders: Loaders;
  /** The caller's scope for services; throws UNAUTHENTICATED when nobody is signed in. */
  scope(): Scope;
}

export function createContext(app: App, principal: Principal | null, requestId: string, logger: Logger, clientIp = 'unknown'): GraphQLContext {
  const em = app.orm.em.fork() as EntityManager;
  if (principal) bindTenant(em, principal.organizationId);
  let loaders: Loaders | undefined;
  return {
    app,
    requestId,
    logger,
    principal,
    clientIp,
    em,
    get loaders() {
      loaders ??= createLoaders(em);
      return loaders;
    },
    scope() {
      if (!principal) throw new UnauthenticatedError();
      return { em, organizationId: principal.organizationId, actor: actorOf(principal), requestId };
    },
  };
}
