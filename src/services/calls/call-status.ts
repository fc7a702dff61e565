import { CallStatus } from '../../entities/call.entity';

/** Twilio's CallStatus values (voice webhooks and status callbacks) → ours. */
const FROM_TWILIO: Record<string, CallStatus> = {
  queued: CallStatus.QUEUED,
  initiated: CallStatus.QUEUED,
  ringing: CallStatus.RINGING,
  'in-progress': CallStatus.IN_PROGRESS,
  answered: CallStatus.IN_PROGRESS,
  completed: CallStatus.COMPLETED,
  busy: CallStatus.BUSY,
  'no-answer': CallStatus.NO_ANSWER,
  failed: CallStatus.FAILED,
  canceled: CallStatus.CANCELED,
};

export function statusFromTwilio(value: string | undefined): CallStatus | null {
  return (value && FROM_TWILIO[value.toLowerCase()]) || null;
}

/** How far along a call is. Terminal states share the last rank: the first one to arrive wins. */
const RANK: Record<CallStatus, number> = {
  [CallStatus.QUEUED]: 0,
  [CallStatus.RINGING]: 1,
  [CallStatus.IN_PROGRESS]: 2,
  [CallStatus.COMPLETED]: 3,
  [CallStatus.BUSY]: 3,
  [CallStatus.NO_ANSWER]: 3,
  [CallStatus.FAILED]: 3,
  [CallStatus.CANCELED]: 3,
};

export function isTerminal(status: CallStatus): boolean {
  return RANK[status] === 3;
}

/** Late or out-of-order callbacks never move a call backwards (DESIGN.md §5.1). */
export function canAdvance(from: CallStatus, to: CallStatus): boolean {
  return RANK[to] > RANK[from];
}

/** Calls that did not connect: worth an alert for whoever expected them. */
export function isFailure(status: CallStatus): boolean {
  return status === CallStatus.FAILED;
}
