import type { EntityManager } from '@mikro-orm/postgresql';
import { AnalysisKind, CallAnalysis } from '../../entities/call-analysis.entity';
import type { Call } from '../../entities/call.entity';
import { Organization } from '../../entities/organization.entity';
import { analyzeSegment, combineSegmentAnalyses } from '../ai/local/local-analyzer';
import type { CallAnalysisResult, CallContext, Speaker } from '../ai/ai.types';
import type { Scope } from '../scope';
import type { AfterCommit } from '../unit-of-work';
import { SegmentAnalysisCache } from './segment-analysis-cache';
import type { StoredSegment } from './segment-store';

/** A transcript segment as a webhook or the bridge delivers it. */
export interface SegmentIn {
  sequence: number;
  speaker: Speaker;
  text: string;
  startMs: number;
  endMs: number;
  confidence?: number | null;
  /** Partials (false) are stored but not analyzed until their final arrives. */
  isFinal?: boolean | null;
}

/**
 * The zone a call's analysis resolves dates in: the one its earlier analysis used, else the
 * organization's now (the first analysis records it, see `storeAnalysis`).
 */
export async function analysisTimezone(tx: EntityManager, scope: Scope, callId: string): Promise<string> {
  const stored = await tx.findOne(CallAnalysis, { call: callId });
  return stored?.timezone ?? (await tx.findOneOrFail(Organization, scope.organizationId)).timezone;
}

export function callContextOf(call: Call, timezone: string): CallContext {
  return { callStartedAt: call.startedAt ?? call.createdAt, timezone };
}

/**
 * The rolling analysis of a live call: each new final segment costs its own
 * NLP once; the call-level result is then re-folded from the per-segment
 * results (arithmetic only). Runs inside the caller's transaction, under the call's row lock.
 */
export class LiveAnalysis {
  private readonly cache = new SegmentAnalysisCache();

  async update(tx: EntityManager, scope: Scope, after: AfterCommit, call: Call, fresh: StoredSegment[], timezone: string): Promise<void> {
    const context = callContextOf(call, timezone);
    // Hot path (every final segment of every live call): plain rows, not entities; the cache
    // spares the NLP, and hydrating the whole call's segments was most of the cost per segment.
    const rows = await tx.execute<Array<{ sequence: number; speaker: Speaker; text: string; start_ms: number; end_ms: number }>>(
      'select sequence, speaker, text, start_ms, end_ms from transcript_segment where call_id = ? and is_final order by sequence',
      [call.id],
    );
    const segments = rows.map((r) => ({ sequence: r.sequence, speaker: r.speaker, text: r.text, startMs: r.start_ms, endMs: r.end_ms }));
    const analyses = segments.map((s) => this.cache.get(call.id, s.sequence, s.text, () => analyzeSegment(s, context)));
    const result = combineSegmentAnalyses(analyses, context);
    await storeAnalysis(tx, scope, call, result, AnalysisKind.LIVE, { segmentsAnalyzed: segments.length, timezone });
    const bySequence = new Map(analyses.map((a) => [a.sequence, a]));
    for (const segment of fresh) {
      const a = bySequence.get(segment.sequence);
      if (!a) continue;
      after.publish('liveCallAnalysis', {
        organizationId: scope.organizationId,
        callId: call.id,
        segmentId: segment.id,
        sequence: segment.sequence,
        newBuyingSignals: a.buyingSignals,
        newObjections: a.objections,
        segmentSentiment: a.sentiment,
        final: false,
        at: new Date().toISOString(),
      });
    }
  }
}

/** Creates or replaces the call's one analysis row. */
export async function storeAnalysis(
  tx: EntityManager,
  scope: Scope,
  call: Call,
  result: CallAnalysisResult,
  kind: AnalysisKind,
  extra: { segmentsAnalyzed?: number; costMicroDollars?: number; degraded?: boolean; timezone?: string } = {},
): Promise<CallAnalysis> {
  const existing = await tx.findOne(CallAnalysis, { call: call.id });
  const analysis = existing ?? tx.create(CallAnalysis, { organization: scope.organizationId, call: call.id, sentiment: result.sentiment, metrics: result.metrics });
  tx.assign(analysis, {
    kind,
    summary: result.summary,
    sentiment: result.sentiment,
    buyingSignals: result.buyingSignals,
    objections: result.objections,
    metrics: result.metrics,
    provider: result.provider,
    model: result.model,
    promptVersion: result.promptVersion,
    segmentsAnalyzed: extra.segmentsAnalyzed ?? analysis.segmentsAnalyzed,
    costMicroDollars: extra.costMicroDollars ?? 0,
    degraded: extra.degraded ?? false,
    timezone: extra.timezone ?? analysis.timezone,
  });
  return analysis;
}
