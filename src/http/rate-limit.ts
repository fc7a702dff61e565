import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import type { Config } from '../config';
import { RateLimitedError } from '../errors';
import type { Logger } from '../logger';
import type { Principal } from '../services/auth/principal';

/** After Redis fails or times out, budgets stay in memory this long before Redis is tried again. */
const SHARED_RETRY_MS = 5000;

/** What a caller has left in the current window: the IETF RateLimit header fields. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (also Retry-After when not allowed). */
  resetSeconds: number;
}

interface Budget {
  limit: number;
  /** Redis-backed, shared by every API process; absent in embedded mode. */
  shared: RateLimiterRedis | undefined;
  /** This process's own count: the whole budget in embedded mode, the fallback while Redis is unreachable. */
  local: RateLimiterMemory;
}

type BudgetKind = 'ip' | 'apiKey' | 'user';

/**
 * One budget per caller: an API key or a user by its own id, an anonymous
 * caller by IP. Exactly one limiter consume (one Redis round trip) per request.
 * Redis errors and timeouts (the client has a command timeout) fall back to
 * in-memory counting for a few seconds, so a frozen Redis never stalls requests.
 */
export class RateLimits {
  private readonly budgets: Record<BudgetKind, Budget>;
  private sharedRetryAt = 0;

  constructor(config: Config['rateLimit'], redis: Redis | undefined, prefix: string, private readonly logger?: Logger) {
    const make = (limit: number, keyPrefix: string): Budget => ({
      limit,
      // Over the limit a key is refused from memory until its window ends: a flood costs no Redis round trips.
      shared: redis ? new RateLimiterRedis({ storeClient: redis, points: limit, duration: config.windowSeconds, keyPrefix: `${prefix}:rl:${keyPrefix}`, inMemoryBlockOnConsumed: limit + 1, rejectIfRedisNotReady: true }) : undefined,
      local: new RateLimiterMemory({ points: limit, duration: config.windowSeconds, keyPrefix }),
    });
    this.budgets = { ip: make(config.perIp, 'ip'), apiKey: make(config.perApiKey, 'key'), user: make(config.perUser, 'user') };
  }

  /** Spends one request of the caller's budget; never throws for being over it (see `allowed`). */
  async take(principal: Principal | null, ip: string): Promise<RateLimitDecision> {
    const [budget, key] =
      principal?.kind === 'apiKey' ? [this.budgets.apiKey, principal.apiKeyId] : principal?.kind === 'user' ? [this.budgets.user, principal.userId] : [this.budgets.ip, ip];
    try {
      return decision(true, budget.limit, await this.spend(budget, key));
    } catch (err) {
      if (err instanceof RateLimiterRes) return decision(false, budget.limit, err);
      throw err;
    }
  }

  /** `take`, throwing RATE_LIMITED when over the budget. */
  async consume(principal: Principal | null, ip: string): Promise<RateLimitDecision> {
    const d = await this.take(principal, ip);
    if (!d.allowed) throw new RateLimitedError(d.resetSeconds);
    return d;
  }

  private async spend(budget: Budget, key: string): Promise<RateLimiterRes> {
    if (budget.shared && Date.now() >= this.sharedRetryAt) {
      try {
        return await budget.shared.consume(key);
      } catch (err) {
        if (err instanceof RateLimiterRes) throw err;
        this.sharedRetryAt = Date.now() + SHARED_RETRY_MS;
        this.logger?.warn({ err: err instanceof Error ? err.message : String(err), retryInMs: SHARED_RETRY_MS }, 'Redis rate limiter unavailable; counting in memory');
      }
    }
    return budget.local.consume(key);
  }
}

function decision(allowed: boolean, limit: number, res: RateLimiterRes): RateLimitDecision {
  return { allowed, limit, remaining: allowed ? res.remainingPoints : 0, resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), sent on every answer. */
export function rateLimitHeaders(d: RateLimitDecision): Record<string, string> {
  return { 'ratelimit-limit': String(d.limit), 'ratelimit-remaining': String(d.remaining), 'ratelimit-reset': String(d.resetSeconds) };
}
