import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';

export type AuditActorType = 'USER' | 'API_KEY' | 'SYSTEM';

@Entity()
@Index({ properties: ['organization', 'createdAt'] })
export class AuditEvent extends TenantEntity {
  @Property()
  actorType!: AuditActorType;

  @Property({ nullable: true })
  actorId?: string;

  /** e.g. `lead.update`. */
  @Property()
  action!: string;

  @Property()
  entityType!: string;

  @Property({ nullable: true })
  entityId?: string;

  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown>;

  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown>;

  @Property({ nullable: true })
  requestId?: string;
}
