import type { EntityManager } from '@mikro-orm/postgresql';
import { AnalysisKind, CallAnalysis } from '../../entities/call-analysis.entity';
import { AnalysisStatus, Call, CallStatus } from '../../entities/call.entity';
import { TranscriptSegment, TranscriptSource } from '../../entities/transcript.entity';
import { BadUserInputError, BudgetExceededError, NotConfiguredError, NotFoundError } from '../../errors';
import type { SegmentInput } from '../ai/ai.types';
import type { AiServices, AnalysisOutcome } from '../ai/ai-services';
import type { BudgetService } from '../budget/budget.service';
import type { Effects, Scope } from '../scope';
import { inTransaction, type AfterCommit } from '../unit-of-work';
import { applyCallConsequences } from './call-consequences';
import { reconcileFollowUps } from './follow-up-reconcile';
import { lockCall } from './call-ingest.service';
import { analysisTimezone, callContextOf, storeAnalysis } from './live-analysis';
import { insertSegments } from './segment-store';

/** Fetches a call recording's audio (Twilio, with the account's credentials). */
export type RecordingFetcher = (recordingUrl: string) => Promise<{ audio: Buffer; filename: string }>;

/**
 * Post-call work: the final analysis (which replaces the live one and moves
 * the lead's score) and Whisper transcription of recordings. AI calls run
 * outside any transaction; results are written in one.
 */
export class CallAnalysisService {
  constructor(
    private readonly effects: Effects,
    private readonly ai: AiServices,
    private readonly fetchRecording: RecordingFetcher | null,
    private readonly budget: BudgetService,
  ) {}

  /** `analyzeCall` mutation: returns at once with analysisStatus PENDING; the job does the work. */
  async requestAnalysis(scope: Scope, callId: string): Promise<Call> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      await this.budget.route(tx, scope.organizationId); // BLOCK over budget: BUDGET_EXCEEDED now, not a silent failure later
      const call = await this.lockOrFail(tx, callId);
      if (call.status === CallStatus.IN_PROGRESS || call.status === CallStatus.RINGING) {
        throw BadUserInputError.forField('id', 'the call is still live; its live analysis updates by itself');
      }
      if ((await tx.count(TranscriptSegment, { call: call.id, isFinal: true })) === 0) {
        throw BadUserInputError.forField('id', call.recordingUrl ? 'the call has no transcript yet; transcribe its recording first (transcribeCall)' : 'the call has no transcript to analyze');
      }
      call.analysisStatus = AnalysisStatus.PENDING;
      after.enqueue('analyze-call', { organizationId: scope.organizationId, callId }, { jobId: `analyze-call-${callId}-${Date.now()}` });
      publishCall(after, scope, call);
      return call;
    });
  }

  /** `transcribeCall` mutation: needs a recording and a transcription provider. */
  async requestTranscription(scope: Scope, callId: string): Promise<Call> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const call = await this.lockOrFail(tx, callId);
      if (!this.ai.transcriber || !this.fetchRecording) throw new NotConfiguredError('Transcription needs OPENAI_API_KEY and Twilio (TWILIO_*, PUBLIC_BASE_URL)');
      // There is no local transcriber to degrade to: over budget, transcription waits for next month.
      if ((await this.budget.route(tx, scope.organizationId)) !== 'PROVIDER') throw new BudgetExceededError();
      if (!call.recordingUrl) throw BadUserInputError.forField('id', 'the call has no recording');
      call.analysisStatus = AnalysisStatus.PENDING;
      after.enqueue('transcribe-call', { organizationId: scope.organizationId, callId }, { jobId: `transcribe-call-${callId}-${Date.now()}` });
      publishCall(after, scope, call);
      return call;
    });
  }

  /** The analyze-call job. */
  async runFinalAnalysis(scope: Scope, callId: string): Promise<void> {
    const prepared = await inTransaction(scope.em, this.effects, async (tx, after) => {
      const call = await lockCall(tx, { id: callId });
      if (!call) return null;
      const segments = await tx.find(TranscriptSegment, { call: callId, isFinal: true }, { orderBy: { sequence: 'asc' } });
      if (segments.length === 0) {
        call.analysisStatus = AnalysisStatus.FAILED;
        publishCall(after, scope, call);
        return null;
      }
      call.analysisStatus = AnalysisStatus.RUNNING;
      publishCall(after, scope, call);
      return { call, segments: segments.map(toSegmentInput), timezone: await analysisTimezone(tx, scope, call.id) };
    });
    if (!prepared) return;
    try {
      const outcome = await this.analyzeWithinBudget(scope, prepared.segments, callContextOf(prepared.call, prepared.timezone));
      if (!outcome) return this.markFailed(scope, callId);
      await inTransaction(scope.em.fork() as EntityManager, this.effects, async (tx, after) => {
        const call = (await lockCall(tx, { id: callId }))!;
        const earlier = await tx.findOne(CallAnalysis, { call: callId, kind: AnalysisKind.FINAL });
        const earlierSentiment = earlier?.sentiment.score ?? null; // read before the new analysis replaces it
        await storeAnalysis(tx, scope, call, outcome.analysis, AnalysisKind.FINAL, {
          segmentsAnalyzed: prepared.segments.length,
          costMicroDollars: outcome.usage.costMicroDollars,
          degraded: outcome.degraded,
          timezone: prepared.timezone,
        });
        await reconcileFollowUps(tx, scope, call, outcome.analysis);
        await this.budget.record(tx, scope, after, outcome.usage, { type: 'Call', id: call.id });
        await applyCallConsequences(tx, scope, after, call, outcome.analysis, prepared.timezone, earlierSentiment);
        call.analysisStatus = AnalysisStatus.DONE;
        publishCall(after, scope, call);
        after.publish('liveCallAnalysis', {
          organizationId: scope.organizationId,
          callId,
          segmentId: '',
          sequence: prepared.segments.at(-1)!.sequence,
          newBuyingSignals: [],
          newObjections: [],
          segmentSentiment: outcome.analysis.sentiment,
          final: true,
          at: new Date().toISOString(),
        });
      });
    } catch (err) {
      await this.markFailed(scope, callId);
      throw err;
    }
  }

  /** The transcribe-call job: Whisper over the recording, stored as a WHISPER transcript, then analysis. */
  async runTranscription(scope: Scope, callId: string): Promise<void> {
    const call = await scope.em.fork().findOne(Call, callId);
    if (!call?.recordingUrl || !this.ai.transcriber || !this.fetchRecording) {
      await this.markFailed(scope, callId);
      return;
    }
    try {
      if ((await this.budget.route(scope.em.fork() as EntityManager, scope.organizationId).catch(() => 'BLOCKED')) !== 'PROVIDER') return this.markFailed(scope, callId);
      const { audio, filename } = await this.fetchRecording(call.recordingUrl);
      const { transcription, usage } = await this.ai.transcriber.transcribe(audio, filename);
      await inTransaction(scope.em.fork() as EntityManager, this.effects, async (tx, after) => {
        const locked = (await lockCall(tx, { id: callId }))!;
        await insertSegments(tx, scope, locked.id, transcription.segments.map((s) => ({ ...s, isFinal: true })), TranscriptSource.WHISPER);
        await this.budget.record(tx, scope, after, usage, { type: 'Call', id: callId });
        locked.analysisStatus = AnalysisStatus.PENDING;
        after.enqueue('analyze-call', { organizationId: scope.organizationId, callId }, { jobId: `analyze-call-${callId}-${Date.now()}` });
      });
    } catch (err) {
      await this.markFailed(scope, callId);
      throw err;
    }
  }

  /** The budget decides the provider; null when BLOCK refuses (the analysis is marked FAILED, not retried). */
  private async analyzeWithinBudget(scope: Scope, segments: SegmentInput[], context: ReturnType<typeof callContextOf>): Promise<AnalysisOutcome | null> {
    let route;
    try {
      route = await this.budget.route(scope.em.fork() as EntityManager, scope.organizationId);
    } catch (err) {
      if (err instanceof BudgetExceededError) return null;
      throw err;
    }
    if (route === 'LOCAL') return { ...(await this.ai.local.analyzeCall(segments, context)), degraded: true };
    return this.ai.analyze(segments, context);
  }

  private async lockOrFail(tx: EntityManager, callId: string): Promise<Call> {
    const call = await lockCall(tx, { id: callId });
    if (!call) throw new NotFoundError('Call', callId);
    return call;
  }

  /** Also the final-failure hook of the analysis jobs (`reason` says why; a finished analysis is left alone). */
  async markFailed(scope: Scope, callId: string, reason?: string): Promise<void> {
    await inTransaction(scope.em.fork() as EntityManager, this.effects, async (tx, after) => {
      const call = await lockCall(tx, { id: callId });
      if (!call || call.analysisStatus === AnalysisStatus.DONE) return;
      if (reason) this.effects.logger.warn({ callId, reason }, 'call analysis failed for good');
      call.analysisStatus = AnalysisStatus.FAILED;
      publishCall(after, scope, call);
    });
  }
}

function toSegmentInput(s: TranscriptSegment): SegmentInput {
  return { sequence: s.sequence, speaker: s.speaker, text: s.text, startMs: s.startMs, endMs: s.endMs };
}

function publishCall(after: AfterCommit, scope: Scope, call: Call): void {
  after.publish('callUpdated', { organizationId: scope.organizationId, callId: call.id, kind: 'UPDATED', status: call.status, at: new Date().toISOString() });
}
