import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import type { Config } from '../config';
import { RateLimitedError } from '../errors';
import type { Principal } from '../services/auth/principal';

/**
 * Per-IP and per-API-key budgets (rate-limiter-flexible). Backed by Redis
 * when configured so N API processes share one budget; in memory otherwise.
 */
export class RateLimits {
  private readonly perIp: RateLimiterAbstract;
  private readonly perApiKey: RateLimiterAbstract;

  constructor(config: Config['rateLimit'], redis: Redis | undefined, prefix: string) {
    const make = (points: number, keyPrefix: string) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration: config.windowSeconds, keyPrefix: `${prefix}:rl:${keyPrefix}`, insuranceLimiter: new RateLimiterMemory({ points, duration: config.windowSeconds }) })
        : new RateLimiterMemory({ points, duration: config.windowSeconds, keyPrefix });
    this.perIp = make(config.perIp, 'ip');
    this.perApiKey = make(config.perApiKey, 'key');
  }

  /** Before authentication, so failed logins and bad tokens spend the budget too. Throws RATE_LIMITED. */
  consumeIp(ip: string): Promise<void> {
    return spend(this.perIp, ip);
  }

  consumeApiKey(principal: Principal | null): Promise<void> {
    return principal?.kind === 'apiKey' ? spend(this.perApiKey, principal.apiKeyId) : Promise.resolve();
  }
}

async function spend(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
    throw err;
  }
}
