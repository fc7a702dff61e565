import { Entity, Enum, Formula, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { Lead } from './lead.entity';
import { PhoneNumber } from './phone-number.entity';
import { TenantEntity } from './tenant.entity';

export enum CallDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}

export enum CallStatus {
  QUEUED = 'QUEUED',
  RINGING = 'RINGING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  BUSY = 'BUSY',
  NO_ANSWER = 'NO_ANSWER',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
}

export enum AnalysisStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

@Entity()
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['lead', 'createdAt'] })
export class Call extends TenantEntity {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'set null' })
  lead?: Ref<Lead>;

  @ManyToOne(() => PhoneNumber, { ref: true, nullable: true, deleteRule: 'set null' })
  phoneNumber?: Ref<PhoneNumber>;

  @Enum({ items: () => CallDirection, nativeEnumName: 'call_direction' })
  direction!: CallDirection;

  @Property()
  fromNumber!: string;

  @Property()
  toNumber!: string;

  /** Twilio's CallSid: replays of any webhook map to this one row. */
  @Property()
  @Unique()
  twilioCallSid!: string;

  @Enum({ items: () => CallStatus, nativeEnumName: 'call_status' })
  status: Opt<CallStatus> = CallStatus.QUEUED;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date;

  @Property({ type: 'integer', nullable: true })
  durationSeconds?: number;

  /** Duration for ordering: calls still live (no duration yet) sort as -1, so keyset cursors never meet a null. */
  @Formula((alias) => `coalesce(${alias}.duration_seconds, -1)`, { type: 'integer', lazy: false })
  durationOrder?: number;

  @Property({ type: 'text', nullable: true })
  recordingUrl?: string;

  @Property({ nullable: true })
  recordingSid?: string;

  @Property({ type: 'integer', nullable: true })
  recordingSeconds?: number;

  @Enum({ items: () => AnalysisStatus, nativeEnumName: 'analysis_status' })
  analysisStatus: Opt<AnalysisStatus> = AnalysisStatus.NONE;

  /** The caller hung up while the call was in progress (the partial transcript is kept). */
  @Property({ type: 'boolean' })
  endedEarly: Opt<boolean> = false;
}
