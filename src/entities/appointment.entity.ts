import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Call } from './call.entity';
import { Lead } from './lead.entity';
import { TenantEntity } from './tenant.entity';

export enum AppointmentPurpose {
  INSPECTION = 'INSPECTION',
  CONSULTATION = 'CONSULTATION',
  SERVICE = 'SERVICE',
  FOLLOW_UP = 'FOLLOW_UP',
  OTHER = 'OTHER',
}

export enum AppointmentStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  CANCELED = 'CANCELED',
  DONE = 'DONE',
}

/** Proposed by call analysis when both sides agree on a time; a person confirms it. */
@Entity()
@Index({ properties: ['organization', 'startsAt'] })
@Index({ properties: ['call', 'createdAt'] })
export class Appointment extends TenantEntity {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'cascade' })
  lead?: Ref<Lead>;

  @ManyToOne(() => Call, { ref: true, nullable: true, deleteRule: 'set null' })
  call?: Ref<Call>;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes: Opt<number> = 60;

  @Property({ type: 'text', nullable: true })
  location?: string;

  @Enum({ items: () => AppointmentPurpose, nativeEnumName: 'appointment_purpose' })
  purpose: Opt<AppointmentPurpose> = AppointmentPurpose.OTHER;

  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status' })
  status: Opt<AppointmentStatus> = AppointmentStatus.PROPOSED;

  /** The words it was agreed in. */
  @Property({ type: 'text', nullable: true })
  quote?: string;

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
