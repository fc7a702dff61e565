import type { Logger } from '../../logger';
import type { EventMap, EventName } from './events';
import type { PubSub } from './pubsub';

/**
 * What one subscriber asks of an event: `wants` is checked on the event
 * alone, before anything is loaded (an organization whose subscribers all
 * filter an event out loads nothing); `keeps` on the loaded data.
 */
export interface SubscriberFilter<E, D> {
  wants?(event: E): boolean;
  keeps?(event: E, data: D): boolean;
}

/** One event as every subscriber of its organization receives it: the same loaded data and the same data scope. */
export interface Delivery<E, D, S> {
  event: E;
  data: D;
  scope: S;
}

/** How an event is loaded, once per organization per process: from a scope opened for that organization. */
export type EventLoad<S> = { [K in EventName]: (event: EventMap[K], scope: S) => Promise<unknown> };

type AnyDelivery<S> = Delivery<unknown, unknown, S>;

interface Subscriber<S> {
  filter: SubscriberFilter<unknown, unknown>;
  queue: Array<AnyDelivery<S>>;
  waiting?: (result: IteratorResult<AnyDelivery<S>>) => void;
  done: boolean;
}

interface Group<S> {
  source: AsyncIterableIterator<unknown>;
  subscribers: Set<Subscriber<S>>;
  pending: unknown[];
  draining: boolean;
}

/**
 * Fan-out once per event (issue 8): one pub/sub subscription per
 * (event, organization) in this process, however many sockets listen. Each
 * event is loaded once, in one scope bound to the organization, and handed
 * to every subscriber of it; each subscriber then filters it and runs its
 * own GraphQL selection with its own principal, so permissions stay per
 * subscriber while the database sees one load per event per organization.
 *
 * Delivery starts on a later turn of the event loop (setImmediate), never
 * inside the publisher's await chain: the mutation that published answers
 * without waiting for any subscriber. Events of a group are loaded and
 * delivered in the order they arrived.
 */
export class FanOut<S> {
  private readonly groups = new Map<string, Group<S>>();

  constructor(
    private readonly pubsub: PubSub,
    private readonly openScope: (organizationId: string) => S,
    private readonly loads: EventLoad<S>,
    private readonly logger: Logger,
  ) {}

  /** Subscribers in this process for one event of one organization (tests and the bench count them). */
  subscriberCount(name: EventName, organizationId: string): number {
    return this.groups.get(keyOf(name, organizationId))?.subscribers.size ?? 0;
  }

  subscribe<K extends EventName, D>(
    name: K,
    organizationId: string,
    filter: SubscriberFilter<EventMap[K], D> = {},
  ): AsyncIterableIterator<Delivery<EventMap[K], D, S>> {
    const group = this.groupOf(name, organizationId);
    const me: Subscriber<S> = { filter: filter as SubscriberFilter<unknown, unknown>, queue: [], done: false };
    group.subscribers.add(me);
    const finish = async (): Promise<IteratorResult<never>> => {
      if (!me.done) {
        me.done = true;
        me.queue.length = 0;
        me.waiting?.({ done: true, value: undefined });
        this.leave(name, organizationId, me);
      }
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<Delivery<EventMap[K], D, S>> = {
      next: () => {
        const ready = me.queue.shift();
        if (ready) return Promise.resolve({ done: false, value: ready as Delivery<EventMap[K], D, S> });
        if (me.done) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve) => (me.waiting = resolve as Subscriber<S>['waiting']));
      },
      return: finish,
      throw: async (err) => {
        await finish();
        throw err;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private groupOf(name: EventName, organizationId: string): Group<S> {
    const key = keyOf(name, organizationId);
    let group = this.groups.get(key);
    if (!group) {
      group = { source: this.pubsub.subscribe(name, organizationId), subscribers: new Set(), pending: [], draining: false };
      this.groups.set(key, group);
      void this.pump(name, organizationId, group);
    }
    return group;
  }

  private leave(name: EventName, organizationId: string, me: Subscriber<S>): void {
    const key = keyOf(name, organizationId);
    const group = this.groups.get(key);
    if (!group?.subscribers.delete(me) || group.subscribers.size > 0) return;
    // The last one left: give the topic back (Redis unsubscribes the channel).
    this.groups.delete(key);
    void group.source.return?.();
  }

  /** Takes events off the organization's topic as they come; never awaits delivery. */
  private async pump(name: EventName, organizationId: string, group: Group<S>): Promise<void> {
    try {
      for (;;) {
        const result = await group.source.next();
        if (result.done) break;
        group.pending.push(result.value);
        if (!group.draining) {
          group.draining = true;
          setImmediate(() => void this.drain(name, organizationId, group));
        }
      }
    } catch (err) {
      this.logger.error({ err, event: name }, 'event source failed');
    }
    for (const s of group.subscribers) s.waiting?.({ done: true, value: undefined });
  }

  private async drain(name: EventName, organizationId: string, group: Group<S>): Promise<void> {
    while (group.pending.length) {
      const event = group.pending.shift();
      const wanting = [...group.subscribers].filter((s) => !s.done && (s.filter.wants?.(event) ?? true));
      if (!wanting.length) continue;
      try {
        const scope = this.openScope(organizationId);
        const load = this.loads[name] as (event: unknown, scope: S) => Promise<unknown>;
        const data = await load(event, scope);
        const keeping = wanting.filter((s) => !s.done && (s.filter.keeps?.(event, data) ?? true));
        for (let i = 0; i < keeping.length; i += SLICE) {
          // Thousands of executions at once would hold the event loop: let I/O (other requests) in between slices.
          if (i > 0) await new Promise((resolve) => setImmediate(resolve));
          for (const s of keeping.slice(i, i + SLICE)) if (!s.done) push(s, { event, data, scope });
        }
      } catch (err) {
        // One event that cannot be loaded is dropped for this organization; the feed goes on.
        this.logger.error({ err, event: name }, 'could not load an event for its subscribers');
      }
    }
    group.draining = false;
  }
}

function push<S>(s: Subscriber<S>, delivery: AnyDelivery<S>): void {
  const waiting = s.waiting;
  if (waiting) {
    s.waiting = undefined;
    waiting({ done: false, value: delivery });
  } else s.queue.push(delivery);
}

const keyOf = (name: string, organizationId: string) => `${name}:${organizationId}`;

/** Subscribers served per turn of the event loop. Nested loads stay one per level: the event's loaders cache across slices. */
const SLICE = 250;
