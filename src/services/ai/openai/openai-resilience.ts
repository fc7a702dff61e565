/**
 * The one retry layer in front of an OpenAI-compatible API (the SDK's own
 * retries are switched off), and the circuit breaker around it (DESIGN.md §7).
 *
 *   breaker( retry( one SDK request ) )
 *
 * - Retry: transient failures only — connection errors, SDK timeouts, 408,
 *   409, 429 and 5xx (and whatever the server marks with `x-should-retry`).
 *   Exponential backoff with jitter; a `Retry-After`/`retry-after-ms` header
 *   replaces the computed delay, unless it asks for longer than
 *   `maxRetryAfterMs`: then we stop retrying, because holding a job for
 *   minutes is worse than degrading to the local analyzer now.
 * - Breaker: counts whole operations (after their retries), every kind of
 *   failure — a wrong key or an unusable answer is as much a reason to stop
 *   calling as an outage. After `breakerThreshold` consecutive failures it
 *   opens; after `breakerCooldownMs` the next call is a trial (half-open):
 *   success closes it, failure opens it again.
 */
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  DelegateBackoff,
  IsolatedCircuitError,
  circuitBreaker,
  handleAll,
  handleWhen,
  retry,
  wrap,
  type CircuitBreakerPolicy,
  type FailureReason,
  type IPolicy,
  type IRetryBackoffContext,
  type IRetryContext,
} from 'cockatiel';
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

export interface ResilienceOptions {
  /** Retries after the first attempt, for transient failures. Default 2. */
  retries?: number;
  /** First backoff delay; doubles on every retry, with jitter. Default 500 ms. */
  initialBackoffMs?: number;
  /** Longest computed backoff delay. Default 8,000 ms. */
  maxBackoffMs?: number;
  /** Longest `Retry-After` we wait for; a longer one ends the retries. Default 20,000 ms. */
  maxRetryAfterMs?: number;
  /** Consecutive failed operations that open the breaker. Default 5. */
  breakerThreshold?: number;
  /** How long the breaker stays open before it lets a trial call through. Default 30,000 ms. */
  breakerCooldownMs?: number;
}

export const DEFAULT_RESILIENCE: Readonly<Required<ResilienceOptions>> = Object.freeze({
  retries: 2,
  initialBackoffMs: 500,
  maxBackoffMs: 8_000,
  maxRetryAfterMs: 20_000,
  breakerThreshold: 5,
  breakerCooldownMs: 30_000,
});

export type CircuitStateName = 'closed' | 'open' | 'half-open';

/** What systemStatus shows and what a CIRCUIT_OPEN alert is raised from. */
export interface CircuitStatus {
  name: string;
  /** An open breaker stays 'open' until the first call after its cooldown turns it 'half-open'. */
  state: CircuitStateName;
  consecutiveFailures: number;
  changedAt: Date;
  /** Message of the most recent failure, for operators; never contains request content. */
  lastFailure: string | null;
}

export type CircuitListener = (status: CircuitStatus) => void;

export class ServiceCircuit {
  private readonly failureCounter: ConsecutiveBreaker;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly policy: IPolicy<IRetryContext>;
  private readonly listeners = new Set<CircuitListener>();
  private changedAt = new Date();
  private lastFailure: string | null = null;

  /** `name` identifies the dependency in status and alerts, e.g. 'openai.chat'. */
  constructor(
    readonly name: string,
    options: ResilienceOptions = {},
  ) {
    const settings = { ...DEFAULT_RESILIENCE, ...options };
    this.failureCounter = new ConsecutiveBreaker(settings.breakerThreshold);
    this.breaker = circuitBreaker(handleAll, { breaker: this.failureCounter, halfOpenAfter: settings.breakerCooldownMs });
    const retrying = retry(
      handleWhen((error) => isRetryable(error, settings.maxRetryAfterMs)),
      {
        maxAttempts: settings.retries,
        backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) => backoffDelayMs(context, settings)),
      },
    );
    this.policy = wrap(this.breaker, retrying);
    this.breaker.onFailure(({ reason }) => {
      this.lastFailure = describeFailure(reason);
    });
    this.breaker.onStateChange(() => {
      this.changedAt = new Date();
      this.notify();
    });
  }

  /** Runs `operation` with retries inside the breaker; rejects with BrokenCircuitError while open. */
  execute<T>(operation: () => Promise<T>): Promise<T> {
    return this.policy.execute(() => operation());
  }

  get status(): CircuitStatus {
    return {
      name: this.name,
      state: stateName(this.breaker.state),
      consecutiveFailures: this.failureCounter.state,
      changedAt: this.changedAt,
      lastFailure: this.lastFailure,
    };
  }

  /** Called on every transition with the new status. Returns a handle to unsubscribe. */
  onStateChange(listener: CircuitListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private notify(): void {
    const status = this.status;
    for (const listener of this.listeners) {
      try {
        listener(status);
      } catch (error) {
        // A broken alert hook must not turn into a failed AI call; make it visible instead.
        process.emitWarning(`Circuit ${this.name} state listener threw: ${String(error)}`);
      }
    }
  }
}

/** True when the call was refused because the breaker is open (not attempted at all). */
export function isCircuitOpenError(error: unknown): boolean {
  return error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError;
}

function stateName(state: CircuitState): CircuitStateName {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half-open';
    case CircuitState.Open:
    case CircuitState.Isolated:
      return 'open';
    default: {
      const unreachable: never = state;
      throw new Error(`Unknown circuit state ${String(unreachable)}`);
    }
  }
}

const RETRYABLE_STATUSES = new Set([408, 409, 429]);

function isRetryable(error: Error, maxRetryAfterMs: number): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true; // includes APIConnectionTimeoutError
  if (!(error instanceof APIError) || error.status === undefined) return false;
  const hint = error.headers?.get('x-should-retry');
  if (hint === 'false') return false;
  if ((retryAfterMs(error) ?? 0) > maxRetryAfterMs) return false;
  return hint === 'true' || RETRYABLE_STATUSES.has(error.status) || error.status >= 500;
}

function backoffDelayMs(context: IRetryBackoffContext<unknown>, settings: Required<ResilienceOptions>): number {
  const asked = 'error' in context.result ? retryAfterMs(context.result.error) : undefined;
  if (asked !== undefined) return asked;
  const exponential = Math.min(settings.maxBackoffMs, settings.initialBackoffMs * 2 ** (context.attempt - 1));
  // "Equal jitter": at least half the delay, so that retries never bunch up at zero.
  return Math.round(exponential / 2 + (Math.random() * exponential) / 2);
}

/** The server's requested wait, from `retry-after-ms` or `retry-after` (seconds or HTTP date). */
function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof APIError) || !error.headers) return undefined;
  const millis = Number.parseFloat(error.headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const header = error.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  const fromDate = Date.parse(header) - Date.now();
  const ms = Number.isFinite(seconds) ? seconds * 1000 : fromDate;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function describeFailure(reason: FailureReason<unknown>): string {
  const text = 'error' in reason ? `${reason.error.name}: ${reason.error.message}` : 'rejected result';
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
