import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export enum OutboxKind {
  EVENT = 'EVENT',
  JOB = 'JOB',
}

/**
 * A side effect of a committed transaction waiting to reach Redis (services
 * mode): an event to publish or a job to hand to BullMQ. Written in the same
 * transaction as the data; deleted once relayed (services/outbox.ts).
 */
@Entity()
@Index({ properties: ['relayAfter'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'varchar', length: 8 })
  kind!: OutboxKind;

  /** Event or job name. */
  @Property()
  name!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Jobs: the BullMQ jobId (deterministic, so relaying twice queues one job). */
  @Property({ nullable: true })
  jobId?: string;

  /** Jobs: not before this time. */
  @Property({ type: 'timestamptz', nullable: true })
  runAt?: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  /** The periodic sweep takes the row after this time (the immediate relay had its chance, or failed). */
  @Property({ type: 'timestamptz' })
  relayAfter!: Date;

  @Property({ type: 'smallint' })
  attempts: Opt<number> = 0;
}
