import { EventEmitter } from 'node:events';
import { PubSub as InProcessEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { EventMap, EventName } from './events';

/**
 * Organization-scoped topics over one of two engines: in-process for a single
 * process, Redis when several API processes must see each other's events.
 */
export interface PubSub {
  publish<K extends EventName>(name: K, payload: EventMap[K]): Promise<void>;
  /** Events of one organization only; the iterator ends when `return()` is called. */
  subscribe<K extends EventName>(name: K, organizationId: string): AsyncIterableIterator<EventMap[K]>;
  /** False while delivery is interrupted (the Redis subscriber connection is down): a new subscriber would wait in vain. */
  delivering(): boolean;
  /**
   * Called each time delivery stops: events published from then on never reach
   * today's subscribers, so they must be told to resubscribe. Returns an unsubscribe.
   */
  onInterrupted(listener: (reason: string) => void): () => void;
  close(): Promise<void>;
}

/** Delivery health of one engine: interrupted from a connection loss until the connection is ready again. */
class DeliveryState {
  private interrupted = false;
  private closing = false;
  private readonly listeners = new Set<(reason: string) => void>();

  interrupt(reason: string): void {
    if (this.interrupted || this.closing) return;
    this.interrupted = true;
    for (const listener of this.listeners) listener(reason);
  }

  restored(): void {
    this.interrupted = false;
  }

  /** Our own shutdown is not an outage. */
  shutdown(): void {
    this.closing = true;
  }

  delivering(): boolean {
    return !this.interrupted;
  }

  listen(listener: (reason: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

interface Engine {
  publish(topic: string, payload: unknown): Promise<void>;
  asyncIterableIterator<T>(topic: string): AsyncIterableIterator<T>;
}


class ScopedPubSub implements PubSub {
  constructor(
    private readonly engine: Engine,
    private readonly onClose: () => Promise<void>,
    private readonly prefix = 'sb',
    private readonly delivery = new DeliveryState(),
  ) {}

  private topicOf(name: string, organizationId: string): string {
    return `${this.prefix}:${name}:${organizationId}`;
  }

  publish<K extends EventName>(name: K, payload: EventMap[K]): Promise<void> {
    return this.engine.publish(this.topicOf(name, payload.organizationId), payload);
  }

  subscribe<K extends EventName>(name: K, organizationId: string): AsyncIterableIterator<EventMap[K]> {
    const source = this.engine.asyncIterableIterator<EventMap[K]>(this.topicOf(name, organizationId));
    return onlyOrganization(source, organizationId);
  }

  delivering(): boolean {
    return this.delivery.delivering();
  }

  onInterrupted(listener: (reason: string) => void): () => void {
    return this.delivery.listen(listener);
  }

  close(): Promise<void> {
    this.delivery.shutdown();
    return this.onClose();
  }
}

/**
 * The one subscription-side tenancy rule: even if a topic were shared by
 * mistake, an event of another organization never reaches the subscriber.
 */
function onlyOrganization<T extends { organizationId: string }>(source: AsyncIterableIterator<T>, organizationId: string): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || result.value.organizationId === organizationId) return result;
      }
    },
    return: () => source.return?.() ?? Promise.resolve({ done: true, value: undefined }),
    throw: (err) => source.throw?.(err) ?? Promise.reject(err),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

export function createInProcessPubSub(): PubSub {
  // One listener per subscriber on an organization's topic: dashboards easily exceed Node's default warning limit of 10.
  const eventEmitter = new EventEmitter().setMaxListeners(0);
  return new ScopedPubSub(new InProcessEngine({ eventEmitter }) as unknown as Engine, async () => undefined);
}

export function createRedisPubSub(redisUrl: string, prefix: string): PubSub {
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const engine = new RedisPubSub({ publisher, subscriber });
  // ioredis reconnects and resubscribes by itself, but whatever was published while the subscriber was
  // away is gone for good: report the gap so subscribers are told (graphql-ws closes them to resubscribe).
  const delivery = new DeliveryState();
  subscriber.on('close', () => delivery.interrupt('Redis subscriber connection closed'));
  subscriber.on('end', () => delivery.interrupt('Redis subscriber connection ended'));
  subscriber.on('error', (err: Error) => delivery.interrupt(`Redis subscriber error: ${err.message}`));
  subscriber.on('ready', () => delivery.restored());
  return new ScopedPubSub(
    engine as unknown as Engine,
    async () => {
      await engine.close();
    },
    prefix,
    delivery,
  );
}
