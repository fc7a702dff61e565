import type { EntityManager } from '@mikro-orm/postgresql';
import { mapDatabaseError } from '../errors';
import { coalesceEvents, type PublishedEvent } from './pubsub/coalesce';
import type { EventMap, EventName } from './pubsub/events';
import type { PendingJob } from './jobs/db-queue';
import type { EnqueueOptions, JobMap, JobName } from './jobs/job-types';
import type { PendingEvent, SideEffectBatch } from './jobs/outbox';
import type { Effects } from './scope';

/**
 * Side effects collected during a transaction. They are written to the
 * outbox in the same transaction and delivered only after it commits
 * (DESIGN.md §5: nothing is published about data that may roll back, and
 * nothing committed loses its jobs or events because Redis was down).
 */
export class AfterCommit {
  private readonly events: PendingEvent[] = [];
  private readonly jobs: PendingJob[] = [];

  publish<K extends EventName>(name: K, payload: EventMap[K]): void {
    this.events.push({ name, payload });
  }

  enqueue<K extends JobName>(name: K, data: JobMap[K], options?: EnqueueOptions): void {
    this.jobs.push({ name, data, options });
  }

  /** Takes over the side effects of a nested unit (a savepoint) that committed. */
  adopt(child: AfterCommit): void {
    this.events.push(...child.events);
    this.jobs.push(...child.jobs);
  }

  /** The one place the collected events become publishes (and jobs, enqueues). */
  batch(): SideEffectBatch {
    // Coalesced here, before anything is written: one event per lead (or call) change per commit.
    return { events: coalesceEvents(this.events as PublishedEvent[]) as PendingEvent[], jobs: this.jobs };
  }

  /** Inside the transaction, on its connection: make the side effects durable with the data. */
  record(tx: EntityManager, effects: Effects): Promise<SideEffectBatch> {
    return effects.outbox.record(tx, this.batch());
  }

  /** After commit: deliver what `record` wrote. Never waits on Redis; what fails is delivered by the outbox sweep. */
  async release(effects: Effects, recorded: SideEffectBatch): Promise<void> {
    await effects.outbox.relay(recorded).catch((err: unknown) => effects.logger.error({ err }, 'after-commit relay failed'));
  }
}

/** Run `work` in a transaction on `em`; its side effects are recorded in it and released once committed. */
export async function inTransaction<T>(
  em: EntityManager,
  effects: Effects,
  work: (tx: EntityManager, after: AfterCommit) => Promise<T>,
): Promise<T> {
  const after = new AfterCommit();
  let result: T;
  let recorded: SideEffectBatch | undefined;
  try {
    result = await em.transactional(async (tx) => {
      const value = await work(tx, after);
      recorded = await after.record(tx, effects);
      return value;
    });
  } catch (err) {
    throw mapDatabaseError(err);
  }
  if (recorded) await after.release(effects, recorded);
  return result;
}
