import type { GraphQLContext } from '../context';
import { UnauthenticatedError } from '../errors';
import type { EventData } from '../services/pubsub/event-loads';
import type { SubscriberFilter } from '../services/pubsub/fan-out';
import type { EventMap, EventName } from '../services/pubsub/events';

/** What a subscription's field resolver gets for each event: the event and what was loaded for it. */
export interface EventRoot<K extends EventName> {
  event: EventMap[K];
  data: EventData[K];
}

/**
 * Every subscription goes through here: the caller's own organization's
 * events, through the process's fan-out (one load per event per
 * organization, shared by every socket; `filter` is this subscriber's own
 * choice). Each delivered event switches the context to the event's shared
 * data scope, so nested fields batch across subscribers too; the selection
 * itself runs with this subscriber's principal and permissions.
 */
export function subscribeScoped<K extends EventName>(ctx: GraphQLContext, name: K, filter: SubscriberFilter<EventMap[K], EventData[K]> = {}): AsyncIterableIterator<EventRoot<K>> {
  const principal = ctx.principal;
  if (!principal) throw new UnauthenticatedError();
  const source = ctx.app.fanOut.subscribe<K, EventData[K]>(name, principal.organizationId, filter);
  const iterator: AsyncIterableIterator<EventRoot<K>> = {
    async next() {
      const result = await source.next();
      if (result.done) return { done: true, value: undefined };
      ctx.enterEvent(result.value.scope);
      return { done: false, value: { event: result.value.event, data: result.value.data } };
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
