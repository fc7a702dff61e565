import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import type { Logger } from '../../logger';
import type { EnqueueOptions, JobCounts, JobEvents, JobMap, JobName, JobQueue, JobSet, JobWorker } from './job-types';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS } from './job-types';

/** A job as the unit of work collects it, before it is a row. */
export interface PendingJob {
  name: JobName;
  data: unknown;
  options?: EnqueueOptions;
}

interface ClaimedRow {
  id: string;
  name: JobName;
  data: unknown;
  attempts: number;
  max_attempts: number;
}

export interface DbQueueOptions {
  /** How often an idle worker looks for due jobs (delayed ones, retries); an enqueue in this process wakes it at once. */
  pollMs?: number;
  /** A RUNNING job whose lease ran out is presumed abandoned; running jobs renew it every third of it. */
  leaseMs?: number;
  concurrency?: number;
}

/** Finished rows are kept this long (they are what `jobId` deduplicates against), then deleted. */
const KEEP_COMPLETED_MS = 24 * 3600_000;
const KEEP_FAILED_MS = 7 * 24 * 3600_000;
const CLEANUP_EVERY_MS = 10 * 60_000;

/**
 * The embedded-mode queue: jobs are rows of the `job` table, so they survive
 * restarts and crashes. A row is written in the same transaction as the data
 * it is about (`insert(tx, …)`, used by the unit of work), claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, retried with backoff, and finally
 * FAILED with its final-failure hook.
 *
 * PGlite is one session shared by every connection: every statement here is
 * a single short autocommit statement, and no transaction is held while a
 * job runs.
 */
export class DbQueue implements JobQueue {
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  /** Names this worker's leases; after a crash, rows still RUNNING under another name are abandoned. */
  private readonly workerId = `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  private jobs: JobSet | undefined;
  private events: JobEvents = {};
  private readonly running = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private lastCleanup = 0;
  /**
   * When a row may next be due (ms epoch): an idle queue sends no SQL at all. Every row is
   * inserted through this process (the data-directory lock), so it learns of every new one.
   */
  private nextDue = 0;
  /** Bumped by every insert and wake: a claim that raced one must not push `nextDue` past it. */
  private dueGeneration = 0;
  private closed = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    options: DbQueueOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.concurrency = options.concurrency ?? 4;
  }

  /** Writes job rows with `em` (inside a transaction: on its own connection); a `jobId` already queued is skipped. */
  async insert(em: EntityManager, jobs: PendingJob[]): Promise<void> {
    if (!jobs.length) return;
    for (const j of jobs) this.dueBy(Date.now() + Math.max(0, j.options?.delayMs ?? 0));
    const values = jobs.map(() => `(?, ?, ?::jsonb, ?, ?, now() + ? * interval '1 millisecond', clock_timestamp())`).join(', ');
    const params = jobs.flatMap((j) => [randomUUID(), j.name, JSON.stringify(j.data), j.options?.jobId ?? null, MAX_ATTEMPTS, Math.max(0, j.options?.delayMs ?? 0)]);
    await em
      .getConnection()
      .execute(
        `insert into job (id, name, data, job_key, max_attempts, run_at, created_at) values ${values} on conflict (job_key) do nothing`,
        params,
        'run',
        em.getTransactionContext(),
      );
  }

  async enqueue<K extends JobName>(name: K, data: JobMap[K], options: EnqueueOptions = {}): Promise<void> {
    if (this.closed) throw new Error('job queue is closed');
    await this.insert(this.orm.em.fork() as EntityManager, [{ name, data, options }]);
    this.wake();
  }

  /** Periodic jobs are timers of this process (the only one on its data directory) that enqueue a row each period. */
  async schedule<K extends JobName>(name: K, data: JobMap[K], everyMs: number): Promise<void> {
    this.every(everyMs, () => this.enqueue(name, data).catch((err: unknown) => this.logger.error({ err, job: name }, 'could not enqueue a scheduled job')));
  }

  /** New rows were committed in this process: look now instead of at the next poll. */
  wake(): void {
    this.dueBy(0);
    if (this.jobs && !this.closed) void this.poll();
  }

  startWorker(jobs: JobSet, events: JobEvents = {}): JobWorker {
    this.jobs = jobs;
    this.events = events;
    void this.recover().finally(() => this.poll());
    this.every(this.pollMs, () => this.poll());
    this.every(Math.max(100, Math.floor(this.leaseMs / 3)), () => this.renewLeases());
    return { close: () => this.stopWorking() };
  }

  async counts(): Promise<JobCounts> {
    const rows: Array<{ status: string; due: boolean; n: string }> = await this.sql(
      `select status, run_at <= now() as due, count(*) as n from job group by 1, 2`,
    );
    const counts: JobCounts = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
    for (const r of rows) {
      const n = Number(r.n);
      if (r.status === 'WAITING') counts[r.due ? 'waiting' : 'delayed'] += n;
      else if (r.status === 'RUNNING') counts.active += n;
      else if (r.status === 'COMPLETED') counts.completed += n;
      else counts.failed += n;
    }
    return counts;
  }

  async problems(): Promise<string[]> {
    return [];
  }

  async close(): Promise<void> {
    await this.stopWorking();
  }

  private async stopWorking(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
    await this.polling;
    // Running jobs finish and record their outcome; delayed and waiting rows simply stay for the next start.
    while (this.running.size) await Promise.allSettled([...this.running.values()]);
  }

  private every(ms: number, fn: () => unknown): void {
    const timer = setInterval(() => {
      if (!this.closed) void fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  /** One claim at a time; a wake during a claim claims again right after. */
  private poll(): Promise<void> {
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.pollAgain = false;
        await this.claimAndRun().catch((err: unknown) => this.logger.error({ err }, 'job queue: claim failed'));
      } while (this.pollAgain && !this.closed);
    })().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async claimAndRun(): Promise<void> {
    const free = this.concurrency - this.running.size;
    if (!this.jobs || this.closed || free <= 0 || Date.now() < this.nextDue) return;
    const generation = this.dueGeneration;
    const rows: ClaimedRow[] = await this.sql(
      `update job set status = 'RUNNING', attempts = attempts + 1, locked_by = ?, locked_until = now() + ? * interval '1 millisecond'
        where id in (select id from job where status = 'WAITING' and run_at <= now() order by run_at, created_at limit ? for update skip locked)
        returning id, name, data, attempts, max_attempts`,
      [this.workerId, this.leaseMs, free],
    );
    for (const row of rows) {
      const run = this.run(row, this.jobs).finally(() => {
        this.running.delete(row.id);
        this.wake();
      });
      this.running.set(row.id, run);
    }
    if (rows.length < free) {
      // Everything due is taken: sleep until the earliest waiting row (or until an insert says otherwise).
      const [next] = await this.sql<{ at: Date | null }>(`select min(run_at) as at from job where status = 'WAITING'`);
      if (generation === this.dueGeneration) this.nextDue = next?.at ? new Date(next.at).getTime() : Infinity;
    }
    if (Date.now() - this.lastCleanup > CLEANUP_EVERY_MS) {
      this.lastCleanup = Date.now();
      await this.sql(
        `delete from job where (status = 'COMPLETED' and finished_at < now() - ? * interval '1 millisecond') or (status = 'FAILED' and finished_at < now() - ? * interval '1 millisecond')`,
        [KEEP_COMPLETED_MS, KEEP_FAILED_MS],
      );
    }
  }

  private async run(row: ClaimedRow, jobs: JobSet): Promise<void> {
    const started = Date.now();
    try {
      await (jobs.handlers[row.name] as (data: unknown) => Promise<void>)(row.data);
      await this.sql(`update job set status = 'COMPLETED', finished_at = now(), locked_until = null, last_error = null where id = ? and locked_by = ?`, [row.id, this.workerId]);
      this.events.onCompleted?.(row.name, Date.now() - started);
    } catch (err) {
      const willRetry = row.attempts < row.max_attempts;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
      this.events.onFailed?.(row.name, err, willRetry);
      const backoffMs = BACKOFF_BASE_MS * 2 ** (row.attempts - 1);
      if (willRetry) this.dueBy(Date.now() + backoffMs);
      const recorded = willRetry
        ? this.sql(`update job set status = 'WAITING', locked_until = null, locked_by = null, last_error = ?, run_at = now() + ? * interval '1 millisecond' where id = ? and locked_by = ?`, [message, backoffMs, row.id, this.workerId])
        : this.sql(`update job set status = 'FAILED', locked_until = null, last_error = ?, finished_at = now() where id = ? and locked_by = ?`, [message, row.id, this.workerId]);
      await recorded.catch((e: unknown) => this.logger.error({ err: e, job: row.name }, 'job queue: could not record a failure'));
      if (!willRetry) await this.finalFailure(row.name, row.data, message);
    }
  }

  private dueBy(at: number): void {
    this.nextDue = Math.min(this.nextDue, at);
    this.dueGeneration++;
  }

  private async renewLeases(): Promise<void> {
    if (!this.running.size) return;
    await this.sql(`update job set locked_until = now() + ? * interval '1 millisecond' where id = any(?::uuid[]) and locked_by = ?`, [this.leaseMs, `{${[...this.running.keys()].join(',')}}`, this.workerId]);
  }

  /**
   * Jobs left RUNNING by a worker that died go back to WAITING, or to FAILED
   * once they used up their attempts (a job that kills its worker must not
   * loop forever). Runs on start, when every RUNNING row is abandoned: the
   * data directory lock means no other process can be running it.
   */
  private async recover(): Promise<void> {
    const rows = await this.sql<{ name: JobName; data: unknown; status: string; attempts: number; max_attempts: number }>(
      `update job set status = (case when attempts >= max_attempts then 'FAILED' else 'WAITING' end)::job_status,
              finished_at = case when attempts >= max_attempts then now() end,
              locked_until = null, locked_by = null, run_at = now(), last_error = ?
        where status = 'RUNNING' and locked_by is distinct from ?
        returning name, data, status, attempts, max_attempts`,
      ['its worker stopped mid-job (killed or crashed)', this.workerId],
    ).catch((err: unknown) => {
      this.logger.error({ err }, 'job queue: recovery failed');
      return [] as Array<{ name: JobName; data: unknown; status: string; attempts: number; max_attempts: number }>;
    });
    for (const r of rows) {
      this.logger.warn({ job: r.name, attempts: r.attempts, requeued: r.status === 'WAITING' }, 'job queue: recovered a job its worker abandoned');
      if (r.status !== 'FAILED') continue;
      const reason = `its worker stopped mid-job (killed or crashed) on its last attempt (${r.attempts} of ${r.max_attempts})`;
      this.events.onFailed?.(r.name, new Error(reason), false);
      await this.finalFailure(r.name, r.data, reason);
    }
    if (rows.length) this.dueBy(0);
  }

  private async finalFailure(name: JobName, data: unknown, reason: string): Promise<void> {
    const hook = this.jobs?.onFinalFailure[name] as ((data: unknown, reason: string) => Promise<void>) | undefined;
    await hook?.(data, reason).catch((err: unknown) => this.logger.error({ err, job: name }, 'job queue: final-failure hook failed'));
  }

  private sql<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.orm.em.getConnection().execute(sql, params, 'all') as Promise<T[]>;
  }
}
