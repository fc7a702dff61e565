import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

export enum JobStatus {
  WAITING = 'WAITING',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/**
 * One job of the embedded-mode queue (services/jobs/db-queue.ts). Written in
 * the same transaction as the data it is about, so a job is never lost to a
 * restart; a worker claims it with a lease (`lockedUntil`) and a job whose
 * worker died is taken up again. Not tenant data: the payload names its organization.
 */
@Entity()
@Index({ properties: ['status', 'runAt'] })
export class Job {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property()
  name!: string;

  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** The enqueuer's jobId: the same key is one job (a retried enqueue does not run it twice). */
  @Property({ nullable: true })
  @Unique()
  jobKey?: string;

  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status' })
  status: Opt<JobStatus> = JobStatus.WAITING;

  @Property({ type: 'smallint' })
  attempts: Opt<number> = 0;

  @Property({ type: 'smallint' })
  maxAttempts!: number;

  /** Not before this time (delayed jobs, retry backoff). */
  @Property({ type: 'timestamptz' })
  runAt!: Date;

  /** While RUNNING: the lease; past it, the worker is presumed dead. */
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date;

  @Property({ nullable: true })
  lockedBy?: string;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date;
}
