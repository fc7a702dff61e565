import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { Call } from './call.entity';
import { TenantEntity } from './tenant.entity';

export enum TranscriptSource {
  REALTIME = 'REALTIME',
  WHISPER = 'WHISPER',
  MANUAL = 'MANUAL',
}

export enum Speaker {
  AGENT = 'AGENT',
  CUSTOMER = 'CUSTOMER',
}

@Entity()
export class Transcript extends TenantEntity {
  @OneToOne(() => Call, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  call!: Ref<Call>;

  @Enum({ items: () => TranscriptSource, nativeEnumName: 'transcript_source' })
  source: Opt<TranscriptSource> = TranscriptSource.REALTIME;

  @Property({ nullable: true })
  language?: string;
}

/** One utterance; (call, sequence) is unique, which makes replays harmless and restores order. */
@Entity()
@Unique({ properties: ['call', 'sequence'] })
@Index({ properties: ['transcript', 'sequence'] })
export class TranscriptSegment extends TenantEntity {
  @ManyToOne(() => Transcript, { ref: true, deleteRule: 'cascade' })
  transcript!: Ref<Transcript>;

  @ManyToOne(() => Call, { ref: true, deleteRule: 'cascade' })
  call!: Ref<Call>;

  @Property({ type: 'integer' })
  sequence!: number;

  @Enum({ items: () => Speaker, nativeEnumName: 'speaker' })
  speaker!: Speaker;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer' })
  startMs!: number;

  @Property({ type: 'integer' })
  endMs!: number;

  @Property({ type: 'real', nullable: true })
  confidence?: number;

  @Property({ type: 'boolean' })
  isFinal: Opt<boolean> = true;
}
