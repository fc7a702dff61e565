import { BigIntType, Entity, Enum, OneToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { BuyingSignal, ConversationMetrics, Objection, Sentiment } from '../services/ai/ai.types';
import { Call } from './call.entity';
import { TenantEntity } from './tenant.entity';

export enum AnalysisKind {
  /** Rolling, updated per final segment while the call is live. */
  LIVE = 'LIVE',
  /** Produced once the call ended; replaces the live one. */
  FINAL = 'FINAL',
}

/** One per call: the live analysis, replaced in place by the final one. */
@Entity()
export class CallAnalysis extends TenantEntity {
  @OneToOne(() => Call, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  call!: Ref<Call>;

  @Enum({ items: () => AnalysisKind, nativeEnumName: 'analysis_kind' })
  kind: Opt<AnalysisKind> = AnalysisKind.LIVE;

  @Property({ type: 'text' })
  summary: Opt<string> = '';

  @Property({ type: 'jsonb' })
  sentiment!: Sentiment & { bySpeaker: Record<'AGENT' | 'CUSTOMER', Sentiment> };

  @Property({ type: 'jsonb' })
  buyingSignals: Opt<BuyingSignal[]> = [];

  @Property({ type: 'jsonb' })
  objections: Opt<Objection[]> = [];

  @Property({ type: 'jsonb' })
  metrics!: ConversationMetrics;

  /** Number of final segments the live analysis has taken in (rolling state). */
  @Property({ type: 'integer' })
  segmentsAnalyzed: Opt<number> = 0;

  @Property({ type: 'string' })
  provider: Opt<string> = 'local';

  @Property({ type: 'string' })
  model: Opt<string> = '';

  @Property({ type: 'string' })
  promptVersion: Opt<string> = '';

  @Property({ type: new BigIntType('number') })
  costMicroDollars: Opt<number> = 0;

  /**
   * The IANA zone relative dates were resolved in (the organization's at the first analysis).
   * A re-analysis reads it instead of the organization's current zone, so changing the
   * organization's zone later does not move the appointments of old calls.
   */
  @Property({ type: 'text', nullable: true })
  timezone?: string;

  /** True when the configured provider failed or was over budget and the local analyzer stood in. */
  @Property({ type: 'boolean' })
  degraded: Opt<boolean> = false;
}
