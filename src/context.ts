import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from './app';
import type { Orm } from './db/orm';
import { bindTenant } from './db/tenant-filter';
import { UnauthenticatedError } from './errors';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';
import { actorOf, type Principal } from './services/auth/principal';
import type { Scope } from './services/scope';

/** How resolvers reach the database: one EntityManager fork (tenant-bound when there is an organization) and its batch loaders. */
export interface DataScope {
  readonly em: EntityManager;
  readonly loaders: Loaders;
}

/** A fresh fork, and loaders made only when a resolver first asks for them. */
export function createDataScope(orm: Orm, organizationId: string | null): DataScope {
  const em = orm.em.fork() as EntityManager;
  if (organizationId) bindTenant(em, organizationId);
  let loaders: Loaders | undefined;
  return {
    em,
    get loaders() {
      loaders ??= createLoaders(em);
      return loaders;
    },
  };
}

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
  /**
   * Subscriptions: from now on `em` and `loaders` are those of the event being
   * delivered, shared by every subscriber of the organization (one load per
   * level per event, not per socket, and nothing piles up in a per-socket
   * identity map). graphql-js executes one event to the end before it asks
   * for the next, so the scope in use is always that event's.
   */
  enterEvent(scope: DataScope): void;
}

/** The fork is made on first use: an idle subscription holds none. */
export function createContext(app: App, principal: Principal | null, requestId: string, logger: Logger, clientIp = 'unknown'): GraphQLContext {
  let own: DataScope | undefined;
  let event: DataScope | undefined;
  const data = () => event ?? (own ??= createDataScope(app.orm, principal?.organizationId ?? null));
  return {
    app,
    requestId,
    logger,
    principal,
    clientIp,
    get em() {
      return data().em;
    },
    get loaders() {
      return data().loaders;
    },
    scope() {
      if (!principal) throw new UnauthenticatedError();
      return { em: data().em, organizationId: principal.organizationId, actor: actorOf(principal), requestId };
    },
    enterEvent(scope) {
      event = scope;
      own = undefined; // whatever subscribe-time lookups held is not needed any more
    },
  };
}
