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
  /** Periodic: re-run analysis left PENDING or RUNNING past its deadline (a job lost to a crash). */
  'recover-analysis': Record<string, never>;
  /** Periodic: delete idempotency keys past their 24 hours (all organizations). */
  'purge-idempotency-keys': Record<string, never>;
  /** Email a sent quote version to its lead: the quote PDF and the public link (retried; the send itself is already committed). */
  'send-quote-email': { organizationId: string; quoteId: string; version: number; message: string | null };
  /** Write the AI draft of a PENDING quote (draftQuote). */
  'draft-quote': { organizationId: string; quoteId: string };
  /** Periodic: SENT quotes past validUntil become EXPIRED (all organizations). */
  'expire-quotes': Record<string, never>;
}

export type JobName = keyof JobMap;

export type JobHandler<K extends JobName> = (data: JobMap[K]) => Promise<void>;
export type JobHandlers = { [K in JobName]: JobHandler<K> };
/** Runs when a job will not be tried again (attempts used up, or its worker died too often): record the failure where people see it. */
export type FinalFailureHandlers = { [K in JobName]?: (data: JobMap[K], reason: string) => Promise<void> };

/** What a worker runs: the handlers and, per job name, what a final failure means. */
export interface JobSet {
  handlers: JobHandlers;
  onFinalFailure: FinalFailureHandlers;
}

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
  /** Start running jobs in this process. */
  startWorker(jobs: JobSet, events?: JobEvents): JobWorker;
  /** Problems an operator must see in readiness (e.g. a schedule missing from Redis); empty when healthy. */
  problems(): Promise<string[]>;
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
