import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Call } from './call.entity';
import { Lead } from './lead.entity';
import { TenantEntity } from './tenant.entity';
import { Speaker } from './transcript.entity';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELED = 'CANCELED',
}

@Entity()
@Index({ properties: ['call'] })
@Index({ properties: ['call', 'createdAt'] })
export class ActionItem extends TenantEntity {
  @ManyToOne(() => Call, { ref: true, deleteRule: 'cascade' })
  call!: Ref<Call>;

  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'set null' })
  lead?: Ref<Lead>;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => Speaker, nativeEnumName: 'speaker' })
  owner!: Speaker;

  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date;

  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status' })
  status: Opt<ActionItemStatus> = ActionItemStatus.OPEN;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date;

  /**
   * What the analysis that proposed it matched it by (normalized text or kind
   * and start), so a re-analysis finds its own proposal again.
   */
  @Property({ type: 'text', nullable: true })
  proposalKey?: string;

  /** When a person last changed it; a re-analysis never rewrites or withdraws what a person touched. */
  @Property({ type: 'timestamptz', nullable: true })
  touchedAt?: Date;
}
