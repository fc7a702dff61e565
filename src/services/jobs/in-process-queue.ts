import { setTimeout as sleep } from 'node:timers/promises';
import type { EnqueueOptions, JobCounts, JobEvents, JobHandlers, JobMap, JobName, JobQueue, JobWorker } from './job-types';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS } from './job-types';

interface Pending {
  name: JobName;
  data: unknown;
  attempt: number;
}

/**
 * The embedded-mode queue: same interface as BullMQ, jobs run in this
 * process with the same retry policy. Nothing survives a restart, which is
 * why production mode uses BullMQ.
 */
export class InProcessQueue implements JobQueue {
  private handlers: JobHandlers | undefined;
  private events: JobEvents = {};
  private readonly inFlight = new Set<Promise<void>>();
  private readonly seenIds = new Set<string>();
  private readonly waiting: Pending[] = [];
  private readonly stats: JobCounts = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
  private closed = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly closing = new AbortController();

  async enqueue<K extends JobName>(name: K, data: JobMap[K], options: EnqueueOptions = {}): Promise<void> {
    if (this.closed) throw new Error('job queue is closed');
    if (options.jobId) {
      if (this.seenIds.has(options.jobId)) return;
      this.seenIds.add(options.jobId);
    }
    const job: Pending = { name, data, attempt: 1 };
    if (options.delayMs) {
      this.stats.delayed++;
      // Cancelled by close(): a delayed job (a notification held for the night) must not hold up shutdown, and nothing here survives a restart anyway.
      this.track(
        sleep(options.delayMs, undefined, { signal: this.closing.signal }).then(
          () => {
            this.stats.delayed--;
            this.dispatch(job);
          },
          () => {
            this.stats.delayed--;
          },
        ),
      );
    } else {
      this.dispatch(job);
    }
  }

  async schedule<K extends JobName>(name: K, data: JobMap[K], everyMs: number): Promise<void> {
    clearInterval(this.timers.get(name));
    const timer = setInterval(() => {
      if (!this.closed) void this.enqueue(name, data);
    }, everyMs);
    timer.unref();
    this.timers.set(name, timer);
  }

  /** Start running jobs with these handlers (the in-process "worker"). */
  startWorker(handlers: JobHandlers, events: JobEvents = {}): JobWorker {
    this.handlers = handlers;
    this.events = events;
    for (const job of this.waiting.splice(0)) {
      this.stats.waiting--;
      this.dispatch(job);
    }
    return { close: () => this.close() };
  }

  async counts(): Promise<JobCounts> {
    return { ...this.stats };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.closing.abort();
    for (const timer of this.timers.values()) clearInterval(timer);
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private dispatch(job: Pending): void {
    if (!this.handlers) {
      this.waiting.push(job);
      this.stats.waiting++;
      return;
    }
    this.track(this.run(job, this.handlers));
  }

  private async run(job: Pending, handlers: JobHandlers): Promise<void> {
    this.stats.active++;
    const started = Date.now();
    try {
      await (handlers[job.name] as (data: unknown) => Promise<void>)(job.data);
      this.stats.completed++;
      this.events.onCompleted?.(job.name, Date.now() - started);
    } catch (err) {
      const willRetry = job.attempt < MAX_ATTEMPTS && !this.closed;
      this.events.onFailed?.(job.name, err, willRetry);
      if (willRetry) {
        await sleep(BACKOFF_BASE_MS * 2 ** (job.attempt - 1));
        this.track(this.run({ ...job, attempt: job.attempt + 1 }, handlers));
      } else {
        this.stats.failed++;
      }
    } finally {
      this.stats.active--;
    }
  }

  private track(promise: Promise<void>): void {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
  }
}
