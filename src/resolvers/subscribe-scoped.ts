import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../context';
import { bindTenant } from '../db/tenant-filter';
import { UnauthenticatedError } from '../errors';
import type { EventMap, EventName } from '../services/pubsub/events';

/**
 * Every subscription goes through here: the topic is the caller's own
 * organization, and each event is enriched in a fresh tenant-bound fork (one
 * unit of work per event). `enrich` returns false to drop an event, or extra
 * data for the payload.
 */
export function subscribeScoped<K extends EventName, Extra extends object = object>(
  ctx: GraphQLContext,
  name: K,
  enrich: (event: EventMap[K], em: EntityManager) => Promise<Extra | false>,
): AsyncIterableIterator<{ event: EventMap[K] } & Extra> {
  const principal = ctx.principal;
  if (!principal) throw new UnauthenticatedError();
  const source = ctx.app.pubsub.subscribe(name, principal.organizationId);
  const iterator: AsyncIterableIterator<{ event: EventMap[K] } & Extra> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done) return { done: true, value: undefined };
        const em = bindTenant(ctx.app.orm.em.fork() as EntityManager, principal.organizationId);
        const extra = await enrich(result.value, em);
        if (extra !== false) return { done: false, value: { event: result.value, ...extra } };
      }
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
    throw: async (err) => {
      await source.return?.();
      throw err;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
