import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditActorType } from '../entities/audit-event.entity';
import type { JobQueue } from './jobs/job-types';
import type { Outbox } from './jobs/outbox';
import type { PubSub } from './pubsub/pubsub';
import type { Logger } from '../logger';

/** Who is acting, as the audit trail records it. */
export interface Actor {
  type: AuditActorType;
  id: string | null;
}

/** What a service needs from its caller for one unit of work in one organization. */
export interface Scope {
  /** A fork bound to `organizationId` by the tenant filter. */
  em: EntityManager;
  organizationId: string;
  actor: Actor;
  requestId?: string;
}

/** The process-wide parts services publish and enqueue through. */
export interface Effects {
  pubsub: PubSub;
  jobs: JobQueue;
  /** Where units of work record their side effects in the transaction and relay them after commit. */
  outbox: Outbox;
  logger: Logger;
}

export const SYSTEM_ACTOR: Actor = { type: 'SYSTEM', id: null };
