import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

export enum IdempotencyKeyStatus {
  /** Claimed by a request that has not finished: a concurrent duplicate is refused. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Finished: `response` is what every retry with the same input gets. */
  COMPLETED = 'COMPLETED',
}

/**
 * One idempotency key of one principal in one organization (services/idempotency).
 * Claimed by an insert before the mutation runs, so two concurrent duplicates
 * cannot both run; purged by a scheduled job once `expiresAt` has passed.
 */
@Entity()
@Unique({ properties: ['organization', 'principal', 'key'] })
@Index({ properties: ['expiresAt'] })
export class IdempotencyKey extends TenantEntity {
  /** `user:<id>` or `apiKey:<id>`: keys of different callers never meet. */
  @Property()
  principal!: string;

  @Property()
  key!: string;

  /** The mutation the key was first used with; another mutation with it is a CONFLICT. */
  @Property({ length: 100 })
  operation!: string;

  /** SHA-256 (hex) of the canonical JSON of the input without the key. */
  @Property({ length: 64 })
  requestHash!: string;

  @Enum({ items: () => IdempotencyKeyStatus, nativeEnumName: 'idempotency_key_status' })
  status: Opt<IdempotencyKeyStatus> = IdempotencyKeyStatus.IN_PROGRESS;

  /** What a replay re-resolves: ids of the objects and the payload's own values (never secrets). */
  @Property({ type: 'json', nullable: true })
  response?: Record<string, unknown>;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
