import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger';
import type { Clock } from '../services/clock';

/** At most one warning line per this interval, carrying the counts since the previous line. */
const LOG_INTERVAL_MS = 10_000;

/**
 * Bad webhook signatures per IP. Past `limit` failures in a window the IP is
 * refused (429) before its body is read or any signature is checked. Counted
 * in each process: what it protects is this process's CPU and log volume, and
 * it keeps Redis off the webhook path. Failures are logged sampled.
 */
export class SignatureFailures {
  private readonly failures: RateLimiterMemory;
  private readonly log: SampledWarning;

  constructor(
    private readonly limit: number,
    windowSeconds: number,
    logger: Logger,
    clock: Clock,
  ) {
    this.failures = new RateLimiterMemory({ points: limit, duration: windowSeconds, keyPrefix: 'webhook-signature' });
    this.log = new SampledWarning(logger, clock, 'rejected Twilio webhooks: missing or invalid signature, or too many from one IP');
  }

  /** Seconds this IP must wait before its webhooks are checked again; 0 when it may send. */
  async blockedFor(ip: string): Promise<number> {
    const res = await this.failures.get(ip);
    if (!res || res.consumedPoints < this.limit) return 0;
    this.log.count('throttled', ip);
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  async record(ip: string): Promise<void> {
    await this.failures.consume(ip).catch((err: unknown) => {
      if (!(err instanceof RateLimiterRes)) throw err;
    });
    this.log.count('badSignature', ip);
  }
}

type Reason = 'badSignature' | 'throttled';

/** The first occurrence is logged at once, then one line per interval with how many happened since. */
class SampledWarning {
  private counts: Record<Reason, number> = { badSignature: 0, throttled: 0 };
  private lastLoggedAt: number | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly message: string,
  ) {}

  count(reason: Reason, ip: string): void {
    this.counts[reason]++;
    const now = this.clock.now().getTime();
    if (this.lastLoggedAt !== undefined && now - this.lastLoggedAt < LOG_INTERVAL_MS) return;
    this.logger.warn({ ...this.counts, lastIp: ip, sinceMs: this.lastLoggedAt === undefined ? 0 : now - this.lastLoggedAt }, this.message);
    this.counts = { badSignature: 0, throttled: 0 };
    this.lastLoggedAt = now;
  }
}
