import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobQueue } from './services/jobs/job-types';

/** Operation names are client-chosen: keep the label set bounded. */
const MAX_OPERATION_NAMES = 200;

export class Metrics {
  readonly registry = new Registry();
  private readonly seenOperations = new Set<string>();

  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations executed, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation latency',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly openSockets = new Gauge({
    name: 'graphql_ws_open_sockets',
    help: 'Open graphql-ws connections',
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'jobs_processed_total',
    help: 'Jobs run by this process, by name and outcome',
    labelNames: ['name', 'status'] as const,
    registers: [this.registry],
  });

  /** `throttled`: refused before any password hash was computed. */
  readonly loginAttempts = new Counter({
    name: 'auth_login_attempts_total',
    help: 'Login attempts by outcome: succeeded, failed (wrong email or password) or throttled (RATE_LIMITED, no password check)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly dbQueries = new Counter({
    name: 'db_queries_total',
    help: 'SQL statements sent by this process',
    registers: [this.registry],
  });

  constructor(jobs: JobQueue) {
    collectDefaultMetrics({ register: this.registry });
    const registry = this.registry;
    new Gauge({
      name: 'job_queue_jobs',
      help: 'Jobs in the queue, by state',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        const counts = await jobs.counts().catch(() => null);
        if (!counts) return;
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      },
    });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
    if (this.seenOperations.has(name)) return name;
    if (this.seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
    this.seenOperations.add(name);
    return name;
  }
}
