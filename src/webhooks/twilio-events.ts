import { CallDirection } from '../entities/call.entity';
import { statusFromTwilio } from '../services/calls/call-status';
import type { CallEventInput } from '../services/calls/call-ingest.service';
import type { SegmentIn } from '../services/calls/live-analysis';

/** Form parameters of a Twilio webhook. */
export type TwilioParams = Record<string, string>;

/** The call a callback is about: a <Dial> child leg reports on behalf of its parent, the call we track. */
export function trackedCallSid(p: TwilioParams): string | undefined {
  return p.ParentCallSid || p.CallSid || undefined;
}

function directionOf(p: TwilioParams): CallDirection {
  return p.Direction && p.Direction.startsWith('outbound') && !p.ParentCallSid ? CallDirection.OUTBOUND : CallDirection.INBOUND;
}

function timestampOf(p: TwilioParams): Date | undefined {
  const t = p.Timestamp ? new Date(p.Timestamp) : undefined;
  return t && !Number.isNaN(t.getTime()) ? t : undefined;
}

function intOf(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

/** Voice (the call reaching our number) and status callbacks → one call event. */
export function callEventOf(p: TwilioParams): CallEventInput {
  const child = !!p.ParentCallSid;
  return {
    callSid: trackedCallSid(p)!,
    direction: directionOf(p),
    from: child ? undefined : p.From,
    to: child ? undefined : p.To,
    status: statusFromTwilio(p.CallStatus) ?? undefined,
    occurredAt: timestampOf(p),
    // A child leg's duration is the talk time with the agent, not the whole call.
    durationSeconds: child ? undefined : intOf(p.CallDuration),
  };
}

export function recordingEventOf(p: TwilioParams): CallEventInput | null {
  if (p.RecordingStatus && p.RecordingStatus !== 'completed') return null;
  return { callSid: trackedCallSid(p)!, recordingUrl: p.RecordingUrl, recordingSid: p.RecordingSid, recordingSeconds: intOf(p.RecordingDuration) };
}

/** Speech takes about this long per word; Twilio's events carry a timestamp, not a duration. */
const MS_PER_WORD = 350;

/**
 * A real-time transcription event → a segment. The inbound track is the
 * audio arriving from the caller's side (the customer); outbound is what we
 * send them (the agent). Start is the event time relative to the call's answer.
 */
export function segmentOf(p: TwilioParams, callAnsweredAt: Date): SegmentIn | null {
  if (p.TranscriptionEvent !== 'transcription-content' || !p.TranscriptionData) return null;
  let data: { transcript?: string; confidence?: number };
  try {
    data = JSON.parse(p.TranscriptionData) as typeof data;
  } catch {
    return null;
  }
  const text = data.transcript?.trim();
  const sequence = intOf(p.SequenceId);
  if (!text || sequence === undefined) return null;
  const at = timestampOf(p) ?? new Date();
  const words = text.split(/\s+/).length;
  const endMs = Math.max(0, at.getTime() - callAnsweredAt.getTime());
  const startMs = Math.max(0, endMs - words * MS_PER_WORD);
  return {
    sequence,
    speaker: p.Track === 'outbound_track' ? 'AGENT' : 'CUSTOMER',
    text,
    startMs,
    endMs: Math.max(endMs, startMs + 1),
    confidence: typeof data.confidence === 'number' ? data.confidence : null,
    isFinal: p.Final !== 'false',
  };
}
