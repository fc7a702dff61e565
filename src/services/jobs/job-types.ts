/** Every job Switchboard runs, with its JSON payload. Jobs call services. */
export interface JobMap {
  /** Initial profile-based score of a lead that was just created or imported. */
  'score-new-lead': { organizationId: string; leadId: string };
  /** Final analysis of an ended call (OpenAI when configured, else local). */
  'analyze-call': { organizationId: string; callId: string };
  /** Whisper transcription of a call's recording, then its analysis. */
  'transcribe-call': { organizationId: string; callId: string };
  /** Work out who hears about an alert at an escalation level, and queue the deliveries. */
  'notify-alert': { organizationId: string; alertId: string; level: number };
  /** Send one notification (retried with backoff; finally FAILED). */
  'deliver-notification': { organizationId: string; deliveryId: string };
  /** Periodic: escalate unacknowledged alerts that waited too long (all organizations). */
  'escalation-check': Record<string, never>;
  /** A dependency's breaker opened while working for this organization: raise CIRCUIT_OPEN. */
  'circuit-open-alert': { organizationId: string; circuit: string; consecutiveFailures: number; lastFailure: string | null };
}

export type JobName = keyof JobMap;

export type JobHandler<K extends JobName> = (data: JobMap[K]) => Promise<void>;
export type JobHandlers = { [K in JobName]: JobHandler<K> };

export interface EnqueueOptions {
  /** Same id, same job: a retried enqueue after commit does not run it twice. No ":" (BullMQ reserves it). */
  jobId?: string;
  delayMs?: number;
}

export type JobCounts = Record<'waiting' | 'active' | 'completed' | 'failed' | 'delayed', number>;

export interface JobQueue {
  enqueue<K extends JobName>(name: K, data: JobMap[K], options?: EnqueueOptions): Promise<void>;
  /** Runs a job every `everyMs`; registering the same name again replaces the schedule (any process may do it). */
  schedule<K extends JobName>(name: K, data: JobMap[K], everyMs: number): Promise<void>;
  counts(): Promise<JobCounts>;
  close(): Promise<void>;
}

/** Runs jobs; `close` stops taking new ones and waits for those in flight. */
export interface JobWorker {
  close(): Promise<void>;
}

export interface JobEvents {
  onCompleted?(name: string, ms: number): void;
  onFailed?(name: string, err: unknown, willRetry: boolean): void;
}

export const MAX_ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 200;
