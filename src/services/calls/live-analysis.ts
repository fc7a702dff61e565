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

export function callContextOf(call: { startedAt?: Date | null; createdAt: Date }, timezone: string): CallContext {
  return { callStartedAt: call.startedAt ?? call.createdAt, timezone };
}

/** What the live analysis needs of the locked call: a plain row, not an entity. */
export interface LiveCall {
  id: string;
  startedAt?: Date | null;
  createdAt: Date;
  timezone: string;
}

type FinalSegment = { sequence: number; speaker: Speaker; text: string; startMs: number; endMs: number };

/**
 * The rolling analysis of a live call, computed in memory: this process keeps
 * each live call's final segments (a bounded map), and each new final segment
 * costs its own NLP once; the call-level result is re-folded from the
 * per-segment results (arithmetic only) and written with one upsert. The
 * memory is only a shortcut: when it does not hold exactly the finals the
 * database had before this batch (a restart, another API process took some
 * segments, eviction), the finals are read back once. Runs inside the
 * caller's transaction, under the call's row lock.
 */
export class LiveAnalysis {
  private readonly cache = new SegmentAnalysisCache();
  private readonly finals = new Map<string, FinalSegment[]>();

  constructor(private readonly maxCalls = 5_000) {}

  async update(tx: EntityManager, scope: Scope, after: AfterCommit, call: LiveCall, fresh: StoredSegment[], finalsBefore: number): Promise<void> {
    const context = callContextOf(call, call.timezone);
    const segments = await this.finalsOf(tx, call.id, fresh, finalsBefore);
    const analyses = segments.map((s) => this.cache.get(call.id, s.sequence, s.text, () => analyzeSegment(s, context)));
    const result = combineSegmentAnalyses(analyses, context);
    await upsertLiveAnalysis(tx, scope, call.id, result, segments.length, call.timezone);
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

  /** The call's final segments in sequence order, fresh ones included: from memory when it is complete, else from the table. */
  private async finalsOf(tx: EntityManager, callId: string, fresh: StoredSegment[], finalsBefore: number): Promise<FinalSegment[]> {
    const known = this.finals.get(callId);
    let all: FinalSegment[];
    if (known && known.length === finalsBefore) {
      const bySequence = new Map<number, FinalSegment>(known.map((k) => [k.sequence, k]));
      for (const f of fresh) bySequence.set(f.sequence, f);
      all = [...bySequence.values()].sort((a, b) => a.sequence - b.sequence);
    } else {
      const rows = await tx.execute<Array<{ sequence: number; speaker: Speaker; text: string; start_ms: number; end_ms: number }>>(
        'select sequence, speaker, text, start_ms, end_ms from transcript_segment where call_id = ? and is_final order by sequence',
        [callId],
      );
      all = rows.map((r) => ({ sequence: r.sequence, speaker: r.speaker, text: r.text, startMs: r.start_ms, endMs: r.end_ms }));
    }
    // A rolled-back transaction must not leave its segments here: the count check above then reloads.
    this.finals.delete(callId);
    if (this.finals.size >= this.maxCalls) this.finals.delete(this.finals.keys().next().value!);
    this.finals.set(callId, all);
    return all;
  }
}

/** The live analysis row of a call, created or replaced in one statement (no entity). */
async function upsertLiveAnalysis(tx: EntityManager, scope: Scope, callId: string, result: CallAnalysisResult, segmentsAnalyzed: number, timezone: string): Promise<void> {
  const json = (v: unknown) => JSON.stringify(v);
  await tx.execute(
    `insert into "call_analysis" ("id", "created_at", "updated_at", "organization_id", "call_id", "kind", "summary", "sentiment", "buying_signals", "objections", "metrics",
       "segments_analyzed", "provider", "model", "prompt_version", "cost_micro_dollars", "degraded", "timezone")
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, 0, false, ?)
     on conflict ("call_id") do update set
       "updated_at" = now(), "kind" = excluded."kind", "summary" = excluded."summary", "sentiment" = excluded."sentiment",
       "buying_signals" = excluded."buying_signals", "objections" = excluded."objections", "metrics" = excluded."metrics",
       "segments_analyzed" = excluded."segments_analyzed", "provider" = excluded."provider", "model" = excluded."model",
       "prompt_version" = excluded."prompt_version", "cost_micro_dollars" = 0, "degraded" = false,
       "timezone" = coalesce("call_analysis"."timezone", excluded."timezone")`,
    [scope.organizationId, callId, AnalysisKind.LIVE, result.summary, json(result.sentiment), json(result.buyingSignals), json(result.objections), json(result.metrics), segmentsAnalyzed, result.provider, result.model, result.promptVersion, timezone],
  );
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
