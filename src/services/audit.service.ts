import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/audit-event.entity';
import { Organization } from '../entities/organization.entity';
import type { Scope } from './scope';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Every data-changing mutation calls this inside its transaction (DESIGN.md §3). */
export function recordAudit(tx: EntityManager, scope: Scope, entry: AuditEntry): void {
  tx.create(AuditEvent, {
    organization: tx.getReference(Organization, scope.organizationId),
    actorType: scope.actor.type,
    actorId: scope.actor.id ?? undefined,
    requestId: scope.requestId,
    ...entry,
  });
}
