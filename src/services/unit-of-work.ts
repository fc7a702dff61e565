import type { EntityManager } from '@mikro-orm/postgresql';
import { mapDatabaseError } from '../errors';
import { coalesceEvents, type PublishedEvent } from './pubsub/coalesce';
import type { EventMap, EventName } from './pubsub/events';
import type { EnqueueOptions, JobMap, JobName } from './jobs/job-types';
import type { Effects } from './scope';

/**
 * Side effects collected during a transaction and released only after it
 * commits (DESIGN.md §5: nothing is published about data that may roll back).
 */
export class AfterCommit {
  private readonly actions: Array<(effects: Effects) => Promise<void>> = [];
  private readonly events: PublishedEvent[] = [];

  publish<K extends EventName>(name: K, payload: EventMap[K]): void {
    this.events.push({ name, payload } as PublishedEvent);
  }

  enqueue<K extends JobName>(name: K, data: JobMap[K], options?: EnqueueOptions): void {
    this.actions.push((fx) => fx.jobs.enqueue(name, data, options));
  }

  /** Takes over the actions of a nested unit (a savepoint) that committed. */
  adopt(child: AfterCommit): void {
    this.actions.push(...child.actions);
    this.events.push(...child.events);
  }

  /** Runs every action; one failing does not stop the others (the data is already committed). */
  async release(effects: Effects): Promise<void> {
    const publishes = coalesceEvents(this.events).map((e) => (fx: Effects) => fx.pubsub.publish(e.name, e.payload as never));
    const results = await Promise.allSettled([...this.actions, ...publishes].map((action) => action(effects)));
    for (const r of results) {
      if (r.status === 'rejected') effects.logger.error({ err: r.reason }, 'after-commit action failed');
    }
  }
}

/** Run `work` in a transaction on `em`; release its side effects once committed. */
export async function inTransaction<T>(
  em: EntityManager,
  effects: Effects,
  work: (tx: EntityManager, after: AfterCommit) => Promise<T>,
): Promise<T> {
  const after = new AfterCommit();
  let result: T;
  try {
    result = await em.transactional((tx) => work(tx, after));
  } catch (err) {
    throw mapDatabaseError(err);
  }
  await after.release(effects);
  return result;
}
