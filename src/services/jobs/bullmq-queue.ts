import { Queue, Worker } from 'bullmq';
import type { Logger } from '../../logger';
import type { EnqueueOptions, JobCounts, JobEvents, JobMap, JobName, JobQueue, JobSet, JobWorker } from './job-types';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS } from './job-types';

const QUEUE_NAME = 'switchboard';
/** Schedules live in Redis, which may lose them (restart without persistence, FLUSHALL): every worker re-asserts them this often at most. */
const REASSERT_SCHEDULES_MS = 10_000;

function connectionOf(redisUrl: string) {
  const u = new URL(redisUrl);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's workers block on Redis; they must not give up on a slow reply.
    maxRetriesPerRequest: null,
  };
}

/** Production queue: jobs survive restarts and are shared by every worker process. */
export class BullMqQueue implements JobQueue {
  private readonly queue: Queue;
  private readonly schedules = new Map<JobName, { data: unknown; everyMs: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly redisUrl: string,
    private readonly prefix = 'sb',
    private readonly logger?: Logger,
  ) {
    this.queue = new Queue(QUEUE_NAME, { connection: connectionOf(redisUrl), prefix });
  }

  async enqueue<K extends JobName>(name: K, data: JobMap[K], options: EnqueueOptions = {}): Promise<void> {
    await this.queue.add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: MAX_ATTEMPTS,
      backoff: { type: 'exponential', delay: BACKOFF_BASE_MS },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    });
  }

  /**
   * Idempotent per name: every process may register it; BullMQ keeps one
   * schedule (an upsert with the same interval keeps its next run). Re-asserted
   * periodically, so a Redis that lost its data gets it back without a restart.
   */
  async schedule<K extends JobName>(name: K, data: JobMap[K], everyMs: number): Promise<void> {
    clearInterval(this.schedules.get(name)?.timer);
    const upsert = () => this.queue.upsertJobScheduler(name, { every: everyMs }, { name, data, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
    const timer = setInterval(() => {
      upsert().catch((err: unknown) => this.logger?.warn({ err, job: name }, 'could not re-assert a job schedule'));
    }, Math.min(everyMs, REASSERT_SCHEDULES_MS));
    timer.unref();
    this.schedules.set(name, { data, everyMs, timer });
    await upsert();
  }

  /** A schedule this process registered and Redis no longer has: nothing runs it until the next re-assert. */
  async problems(): Promise<string[]> {
    const names = [...this.schedules.keys()];
    const found = await Promise.all(names.map((name) => this.queue.getJobScheduler(name)));
    return names.filter((_, i) => !found[i]).map((name) => `job schedule "${name}" is missing from Redis (re-registered within ${Math.min(this.schedules.get(name)!.everyMs, REASSERT_SCHEDULES_MS) / 1000} s)`);
  }

  async counts(): Promise<JobCounts> {
    const [c, schedulers] = await Promise.all([this.queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed'), this.queue.getJobSchedulersCount()]);
    // Each job scheduler always keeps its next run as a delayed job; like the in-process queue, that is not work pending.
    const delayed = Math.max(0, (c.delayed ?? 0) - schedulers);
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0, delayed };
  }

  startWorker(jobs: JobSet, events: JobEvents = {}, concurrency = 4): JobWorker {
    const worker = new Worker(
      QUEUE_NAME,
      async (job) => {
        const started = Date.now();
        await (jobs.handlers[job.name as JobName] as (data: unknown) => Promise<void>)(job.data);
        events.onCompleted?.(job.name, Date.now() - started);
      },
      { connection: connectionOf(this.redisUrl), prefix: this.prefix, concurrency },
    );
    worker.on('failed', (job, err) => {
      // BullMQ sets finishedOn only when the job will not run again; attemptsMade alone says "retry" for a job
      // failed for stalling too often (its worker was killed), which is final.
      const willRetry = !!job && !job.finishedOn;
      events.onFailed?.(job?.name ?? 'unknown', err, willRetry);
      const hook = job && !willRetry ? (jobs.onFinalFailure[job.name as JobName] as ((data: unknown, reason: string) => Promise<void>) | undefined) : undefined;
      void hook?.(job!.data, err.message).catch((e: unknown) => this.logger?.error({ err: e, job: job!.name }, 'final-failure hook failed'));
    });
    // Waits for active jobs to finish before resolving (BullMQ's graceful close).
    return { close: () => worker.close() };
  }

  async close(): Promise<void> {
    for (const s of this.schedules.values()) clearInterval(s.timer);
    await this.queue.close();
  }
}
