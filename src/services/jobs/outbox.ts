import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import type { Logger } from '../../logger';
import type { EventMap, EventName } from '../pubsub/events';
import type { PubSub } from '../pubsub/pubsub';
import type { DbQueue, PendingJob } from './db-queue';
import type { JobName, JobQueue } from './job-types';

export interface PendingEvent {
  name: EventName;
  payload: EventMap[EventName];
}

/** What one committed unit of work owes the world. */
export interface SideEffectBatch {
  events: PendingEvent[];
  jobs: PendingJob[];
}

/**
 * The transactional outbox (DESIGN.md §5: side effects after commit). Its
 * side effects are made durable IN the transaction, on its own connection,
 * and delivered after commit without the caller waiting on Redis; what could
 * not be delivered then is delivered by a periodic sweep.
 */
export interface Outbox {
  /** Inside the transaction: one multi-row insert with `tx` (never another connection: PGlite is one session). */
  record(tx: EntityManager, batch: SideEffectBatch): Promise<SideEffectBatch & { ids?: string[] }>;
  /** After commit: deliver now. Resolves without waiting on Redis. */
  relay(recorded: SideEffectBatch & { ids?: string[] }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Embedded mode: a job is a row of the durable queue written in the
 * transaction; events go to the in-process pub/sub right after commit (its
 * subscribers live in this process, so there is nothing to keep for later).
 */
export class EmbeddedOutbox implements Outbox {
  constructor(
    private readonly queue: DbQueue,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {}

  async record(tx: EntityManager, batch: SideEffectBatch): Promise<SideEffectBatch> {
    await this.queue.insert(tx, batch.jobs);
    return batch;
  }

  async relay(batch: SideEffectBatch): Promise<void> {
    if (batch.jobs.length) this.queue.wake();
    const results = await Promise.allSettled(batch.events.map((e) => this.pubsub.publish(e.name, e.payload)));
    for (const r of results) if (r.status === 'rejected') this.logger.error({ err: r.reason }, 'could not publish an event');
  }

  async close(): Promise<void> {}
}

interface OutboxRow {
  id: string;
  kind: 'EVENT' | 'JOB';
  name: string;
  payload: unknown;
  job_id: string | null;
  run_at: Date | null;
}

export interface RedisOutboxOptions {
  /** Longest one delivery attempt may take before the row is left to the sweep. */
  relayTimeoutMs?: number;
  /** How often the sweep looks for rows left behind (Redis was down, the process died). */
  sweepMs?: number;
  /** A fresh row is the immediate relay's for this long before the sweep may take it. */
  graceMs?: number;
}

/**
 * Services mode: events and jobs are rows of `outbox_message` until Redis
 * has them. Jobs reach BullMQ with a deterministic jobId (the enqueuer's, or
 * the row's id), so relaying a row twice still queues one job. Events are
 * at-least-once: a relay that timed out but reached Redis late is sent again
 * by the sweep.
 */
export class RedisOutbox implements Outbox {
  private readonly relayTimeoutMs: number;
  private readonly graceMs: number;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;
  private sweeping = false;

  constructor(
    private readonly orm: Orm,
    private readonly pubsub: PubSub,
    private readonly jobs: JobQueue,
    private readonly logger: Logger,
    options: RedisOutboxOptions = {},
  ) {
    this.relayTimeoutMs = options.relayTimeoutMs ?? 2000;
    this.graceMs = options.graceMs ?? 10_000;
    this.sweeper = setInterval(() => void this.sweep(), options.sweepMs ?? 5000);
    this.sweeper.unref();
  }

  async record(tx: EntityManager, batch: SideEffectBatch): Promise<SideEffectBatch & { ids: string[] }> {
    const rows: Array<[string, string, string, unknown, string | null, number | null]> = [
      ...batch.events.map((e) => [randomUUID(), 'EVENT', e.name, e.payload, null, null] as [string, string, string, unknown, null, null]),
      ...batch.jobs.map((j) => [randomUUID(), 'JOB', j.name, j.data, j.options?.jobId ?? null, j.options?.delayMs ?? null] as [string, string, string, unknown, string | null, number | null]),
    ];
    if (rows.length) {
      const values = rows.map(() => `(?, ?, ?, ?::jsonb, ?, now() + ? * interval '1 millisecond', clock_timestamp(), now() + ? * interval '1 millisecond')`).join(', ');
      const params = rows.flatMap(([id, kind, name, payload, jobId, delayMs]) => [id, kind, name, JSON.stringify(payload), jobId, delayMs, this.graceMs]);
      await tx
        .getConnection()
        .execute(`insert into outbox_message (id, kind, name, payload, job_id, run_at, created_at, relay_after) values ${values}`, params, 'run', tx.getTransactionContext());
    }
    return { ...batch, ids: rows.map((r) => r[0]) };
  }

  /** Fire and forget: sends are issued now, in commit order; the rows are deleted once Redis has them. */
  relay(recorded: SideEffectBatch & { ids?: string[] }): Promise<void> {
    const ids = recorded.ids ?? [];
    const rows: OutboxRow[] = [
      ...recorded.events.map((e, i) => ({ id: ids[i]!, kind: 'EVENT' as const, name: e.name, payload: e.payload, job_id: null, run_at: null })),
      ...recorded.jobs.map((j, i) => ({
        id: ids[recorded.events.length + i]!,
        kind: 'JOB' as const,
        name: j.name,
        payload: j.data,
        job_id: j.options?.jobId ?? null,
        run_at: j.options?.delayMs ? new Date(Date.now() + j.options.delayMs) : null,
      })),
    ];
    if (rows.length) this.track(this.deliver(rows));
    return Promise.resolve();
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Rows whose relay did not happen or failed: claimed for a while (another process may sweep too), delivered, deleted. */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const rows: OutboxRow[] = await this.orm.em.getConnection().execute(
        `update outbox_message set relay_after = now() + ? * interval '1 millisecond', attempts = attempts + 1
          where id in (select id from outbox_message where relay_after <= now() order by created_at, id limit 200 for update skip locked)
          returning id, kind, name, payload, job_id, run_at`,
        [this.graceMs * 3],
        'all',
      );
      if (rows.length) {
        await this.deliver(rows);
        this.logger.info({ relayed: rows.length }, 'outbox: delivered side effects left behind');
      }
    } catch (err) {
      this.logger.warn({ err }, 'outbox sweep failed');
    } finally {
      this.sweeping = false;
    }
  }

  private async deliver(rows: OutboxRow[]): Promise<void> {
    const sends = rows.map((row) => withTimeout(this.send(row), this.relayTimeoutMs));
    const results = await Promise.allSettled(sends);
    const delivered = rows.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) this.logger.warn({ err: failed.reason, pending: rows.length - delivered.length }, 'outbox: Redis did not take side effects; the sweep retries them');
    if (delivered.length) {
      await this.orm.em
        .getConnection()
        .execute(`delete from outbox_message where id = any(?::uuid[])`, [pgArray(delivered)], 'run')
        .catch((err: unknown) => this.logger.warn({ err }, 'outbox: could not delete delivered rows (they will be delivered again)'));
    }
  }

  private send(row: OutboxRow): Promise<void> {
    if (row.kind === 'EVENT') return this.pubsub.publish(row.name as EventName, row.payload as EventMap[EventName]);
    const delayMs = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - Date.now()) : undefined;
    return this.jobs.enqueue(row.name as JobName, row.payload as never, { jobId: row.job_id ?? `outbox-${row.id}`, delayMs });
  }

  private track(p: Promise<void>): void {
    const tracked = p.catch((err: unknown) => this.logger.error({ err }, 'outbox relay failed'));
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }
}

/** A uuid[] parameter as one Postgres array literal (the query builder would expand a JS array into a list). */
export function pgArray(ids: string[]): string {
  return `{${ids.join(',')}}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Redis in ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}
