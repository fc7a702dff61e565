import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import { AnalysisStatus, Call, CallDirection, CallStatus } from '../../entities/call.entity';

import { PhoneNumber } from '../../entities/phone-number.entity';
import { TranscriptSource } from '../../entities/transcript.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { raiseAlert } from '../alerts/raise-alert';
import { findOrCreateLeadByPhone } from '../lead.service';
import type { Effects, Scope } from '../scope';
import { inTransaction, type AfterCommit } from '../unit-of-work';
import { canAdvance, isTerminal } from './call-status';
import { LiveAnalysis, type LiveCall, type SegmentIn } from './live-analysis';
import { insertSegments } from './segment-store';

/** One event about a call, from a Twilio webhook or the bridge mutation. */
export interface CallEventInput {
  callSid: string;
  /** Used when the event creates the call (the first one seen). */
  direction?: CallDirection;
  from?: string;
  to?: string;
  phoneNumberId?: string;
  status?: CallStatus;
  occurredAt?: Date;
  durationSeconds?: number;
  recordingUrl?: string;
  recordingSid?: string;
  recordingSeconds?: number;
  /** The bridge may say so explicitly; otherwise it is inferred (see `finish`). */
  endedEarly?: boolean;
}

/**
 * The call lifecycle, shared by the Twilio webhooks and the bridge mutations.
 * Every write takes the call's row lock, so parallel deliveries of events for
 * one call apply one at a time; replays change nothing.
 */
export class CallIngestService {
  private readonly live = new LiveAnalysis();

  /**
   * @param canTranscribe whether a recording can be transcribed (OpenAI configured); without it a
   *   recording-only call keeps analysisStatus NONE instead of a job that can only fail.
   */
  constructor(
    private readonly effects: Effects,
    private readonly canTranscribe = true,
  ) {}

  async recordCallEvent(scope: Scope, input: CallEventInput): Promise<Call> {
    if (!/^[A-Za-z0-9_-]{2,64}$/.test(input.callSid)) throw BadUserInputError.forField('input.callSid', 'is not a call id');
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const { call, created } = await this.lockOrCreate(tx, scope, after, input);
      const at = input.occurredAt ?? new Date();
      const recordingBefore = [call.recordingUrl, call.recordingSid, call.recordingSeconds].join('|');
      if (input.recordingUrl || input.recordingSid) this.attachRecording(call, input);
      const advanced = !!input.status && canAdvance(call.status, input.status);
      if (advanced) {
        this.advance(call, input.status!, at, input.durationSeconds);
        if (isTerminal(call.status)) await this.finish(tx, scope, after, call, input.endedEarly);
      }
      if (!created && call.recordingUrl && isTerminal(call.status)) await this.analyzeWhenRecordingArrives(tx, after, scope, call);
      // Only real transitions are news: a replay or a late callback that changes nothing publishes nothing.
      const changed = advanced || recordingBefore !== [call.recordingUrl, call.recordingSid, call.recordingSeconds].join('|');
      const publish = (kind: 'STARTED' | 'UPDATED' | 'ENDED') => after.publish('callUpdated', { organizationId: scope.organizationId, callId: call.id, kind, status: call.status, at: new Date().toISOString() });
      if (created) publish('STARTED');
      if (advanced && isTerminal(call.status)) publish('ENDED');
      else if (changed && !created) publish('UPDATED');
      return call;
    });
  }

  /**
   * Appends segments idempotently by (call, sequence) and folds new final ones
   * into the live analysis. The hot path of every live call (a webhook per
   * segment): plain rows and raw statements — the row lock (with the
   * organization's zone), one insert, one analysis upsert — no entities.
   */
  async appendSegments(scope: Scope, callId: string, segments: SegmentIn[], source = TranscriptSource.REALTIME): Promise<{ callId: string; inserted: number }> {
    if (segments.length === 0) throw BadUserInputError.forField('input.segments', 'give at least one segment');
    if (segments.length > 500) throw BadUserInputError.forField('input.segments', 'at most 500 segments per call');
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const call = await lockCallRow(tx, scope, callId);
      if (!call) throw new NotFoundError('Call', callId);
      const { fresh, finalsBefore } = await insertSegments(tx, scope, call.id, segments, source);
      if (fresh.length && call.analysisStatus !== AnalysisStatus.DONE) await this.live.update(tx, scope, after, call, fresh, finalsBefore);
      // Words delivered after the call ended (late transcription callbacks, a bridge flushing its buffer): `finish` found none to analyze, so queue it now.
      if (fresh.length && call.status === CallStatus.COMPLETED && call.analysisStatus === AnalysisStatus.NONE) {
        await tx.execute('update "call" set "analysis_status" = ?, "updated_at" = now() where "id" = ?', [AnalysisStatus.PENDING, call.id]);
        this.enqueueAnalysis(after, scope, call.id);
      }
      return { callId: call.id, inserted: fresh.length };
    });
  }

  private async lockOrCreate(tx: EntityManager, scope: Scope, after: AfterCommit, input: CallEventInput): Promise<{ call: Call; created: boolean }> {
    const existing = await lockCall(tx, { twilioCallSid: input.callSid });
    if (existing) return { call: existing, created: false };
    if (!input.from || !input.to) throw BadUserInputError.forField('input.from', 'from and to are needed for the first event of a call');
    const direction = input.direction ?? CallDirection.INBOUND;
    const customer = direction === CallDirection.INBOUND ? input.from : input.to;
    const lead = await findOrCreateLeadByPhone(tx, scope, after, customer);
    const phoneNumber = input.phoneNumberId ?? (await tx.findOne(PhoneNumber, { e164: direction === CallDirection.INBOUND ? input.to : input.from }))?.id;
    await tx.flush(); // the lead must exist before the raw insert refers to it
    // Insert-or-nothing keyed by CallSid: of two parallel first deliveries, one creates and the other finds.
    const id = crypto.randomUUID();
    await tx.createQueryBuilder(Call).insert({
      id,
      organization: scope.organizationId,
      twilioCallSid: input.callSid,
      direction,
      fromNumber: input.from,
      toNumber: input.to,
      status: CallStatus.QUEUED,
      lead: lead?.id,
      phoneNumber,
      startedAt: input.occurredAt ?? new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
    } as never).onConflict('twilio_call_sid').ignore().execute();
    const call = await lockCall(tx, { twilioCallSid: input.callSid });
    // Not visible through our tenant filter: the CallSid belongs to another organization.
    if (!call) throw new ConflictError('This call id belongs to another account', 'input.callSid');
    if (lead) lead.lastActivityAt = new Date();
    // Only the delivery whose insert won created the call (and announces it).
    return { call, created: call.id === id };
  }

  private attachRecording(call: Call, input: CallEventInput): void {
    call.recordingUrl = input.recordingUrl ?? call.recordingUrl;
    call.recordingSid = input.recordingSid ?? call.recordingSid;
    call.recordingSeconds = input.recordingSeconds ?? call.recordingSeconds;
  }

  private advance(call: Call, status: CallStatus, at: Date, durationSeconds?: number): void {
    call.status = status;
    if (status === CallStatus.IN_PROGRESS) call.answeredAt ??= at;
    if (isTerminal(status)) {
      call.endedAt ??= at;
      call.durationSeconds = durationSeconds ?? (call.answeredAt ? Math.round((call.endedAt.getTime() - call.answeredAt.getTime()) / 1000) : 0);
    }
  }

  /**
   * A call just ended: mark a hang-up mid-utterance, raise CALL_FAILED, and
   * queue the final analysis (or a transcription first, when only a recording exists).
   */
  private async finish(tx: EntityManager, scope: Scope, after: AfterCommit, call: Call, endedEarly?: boolean): Promise<void> {
    const lastSegment = await tx.getConnection().execute<Array<{ is_final: boolean }>>(
      'select is_final from transcript_segment where call_id = ? order by sequence desc limit 1',
      [call.id],
      'all',
      tx.getTransactionContext(),
    );
    call.endedEarly = endedEarly ?? (call.status === CallStatus.COMPLETED && lastSegment[0]?.is_final === false);
    if (call.status === CallStatus.FAILED) {
      await raiseAlert(tx, scope, after, {
        type: AlertType.CALL_FAILED,
        severity: AlertSeverity.MEDIUM,
        title: `Call ${call.direction === CallDirection.INBOUND ? 'from' : 'to'} ${call.direction === CallDirection.INBOUND ? call.fromNumber : call.toNumber} failed`,
        subjectType: 'Call',
        subjectId: call.id,
        dedupKey: `call-failed:${call.id}`,
      });
    }
    if (call.status !== CallStatus.COMPLETED) return;
    if (lastSegment.length) this.queueAnalysis(after, scope, call);
    else if (call.recordingUrl) this.queueTranscription(after, scope, call);
  }

  private async analyzeWhenRecordingArrives(tx: EntityManager, after: AfterCommit, scope: Scope, call: Call): Promise<void> {
    if (call.status !== CallStatus.COMPLETED || call.analysisStatus !== AnalysisStatus.NONE) return;
    const [{ n }] = await tx.getConnection().execute<Array<{ n: string }>>('select count(*) as n from transcript_segment where call_id = ?', [call.id], 'all', tx.getTransactionContext());
    if (Number(n) === 0) this.queueTranscription(after, scope, call);
  }

  queueAnalysis(after: AfterCommit, scope: Scope, call: Call): void {
    call.analysisStatus = AnalysisStatus.PENDING;
    this.enqueueAnalysis(after, scope, call.id);
  }

  private enqueueAnalysis(after: AfterCommit, scope: Scope, callId: string): void {
    after.enqueue('analyze-call', { organizationId: scope.organizationId, callId }, { jobId: `analyze-call-${callId}-${Date.now()}` });
  }

  queueTranscription(after: AfterCommit, scope: Scope, call: Call): void {
    if (!this.canTranscribe) return;
    call.analysisStatus = AnalysisStatus.PENDING;
    after.enqueue('transcribe-call', { organizationId: scope.organizationId, callId: call.id }, { jobId: `transcribe-call-${call.id}-${Date.now()}` });
  }
}

/** Row lock on the call: serializes every writer of one call (webhooks, bridge, jobs). */
export function lockCall(tx: EntityManager, where: { id: string } | { twilioCallSid: string }): Promise<Call | null> {
  if ('id' in where && !/^[0-9a-f-]{36}$/i.test(where.id)) return Promise.resolve(null);
  return tx.findOne(Call, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/**
 * The same row lock as lockCall, as a plain row with what the segment path
 * needs and the organization's zone, in one statement. Scoped to the
 * organization explicitly: raw SQL does not get the tenant filter.
 */
async function lockCallRow(tx: EntityManager, scope: Scope, callId: string): Promise<(LiveCall & { status: CallStatus; analysisStatus: AnalysisStatus }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(callId)) return null;
  const rows = await tx.execute<Array<{ id: string; status: CallStatus; analysis_status: AnalysisStatus; started_at: Date | string | null; created_at: Date | string; timezone: string }>>(
    `select c."id", c."status", c."analysis_status", c."started_at", c."created_at", coalesce(ca."timezone", o."timezone") as "timezone"
     from "call" c join "organization" o on o."id" = c."organization_id" left join "call_analysis" ca on ca."call_id" = c."id"
     where c."id" = ? and c."organization_id" = ? for update of c`,
    [callId, scope.organizationId],
  );
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, status: r.status, analysisStatus: r.analysis_status, startedAt: r.started_at ? new Date(r.started_at) : null, createdAt: new Date(r.created_at), timezone: r.timezone };
}

