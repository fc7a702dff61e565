import { Queue, Worker } from 'bullmq';
import type { EnqueueOptions, JobCounts, JobEvents, JobHandlers, JobMap, JobName, JobQueue, JobWorker } from './job-types';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS } from './job-types';

const QUEUE_NAME = 'switchboard';

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

  constructor(
    private readonly redisUrl: string,
    private readonly prefix = 'sb',
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

  async schedule<K extends JobName>(name: K, data: JobMap[K], everyMs: number): Promise<void> {
    // Idempotent per name: every process may register it; BullMQ keeps one schedule.
    await this.queue.upsertJobScheduler(name, { every: everyMs }, { name, data, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
  }

  async counts(): Promise<JobCounts> {
    const [c, schedulers] = await Promise.all([this.queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed'), this.queue.getJobSchedulersCount()]);
    // Each job scheduler always keeps its next run as a delayed job; like the in-process queue, that is not work pending.
    const delayed = Math.max(0, (c.delayed ?? 0) - schedulers);
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0, delayed };
  }

  startWorker(handlers: JobHandlers, events: JobEvents = {}, concurrency = 4): JobWorker {
    const worker = new Worker(
      QUEUE_NAME,
      async (job) => {
        const started = Date.now();
        await (handlers[job.name as JobName] as (data: unknown) => Promise<void>)(job.data);
        events.onCompleted?.(job.name, Date.now() - started);
      },
      { connection: connectionOf(this.redisUrl), prefix: this.prefix, concurrency },
    );
    worker.on('failed', (job, err) => {
      events.onFailed?.(job?.name ?? 'unknown', err, (job?.attemptsMade ?? MAX_ATTEMPTS) < MAX_ATTEMPTS);
    });
    // Waits for active jobs to finish before resolving (BullMQ's graceful close).
    return { close: () => worker.close() };
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
