import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import type { Config } from '../../config';
import { RateLimitedError } from '../../errors';

const DAY_SECONDS = 86_400;
/** Password-reset emails per address per hour: enough for a real user, useless for mail-bombing. */
const RESET_REQUESTS_PER_HOUR = 5;

/**
 * Login throttling after rate-limiter-flexible's "login endpoint protection"
 * pattern: consecutive failures per email+IP (cleared by a success) and
 * failures per IP per day. Checked before any password hash is computed, so a
 * throttled attempt costs no argon2 time. Blocks are bounded (LOGIN_BLOCK_SECONDS,
 * at most a day per IP), and the email+IP key means an attacker elsewhere
 * cannot lock the real user out of their own IP.
 */
export class LoginThrottle {
  private readonly byEmailAndIp: RateLimiterAbstract;
  private readonly byIpPerDay: RateLimiterAbstract;
  private readonly resetRequests: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;

  constructor(
    private readonly settings: Config['login'],
    redis: Redis | undefined,
    prefix: string,
    /** Organizations one IP may create with signUp per hour. */
    signUpsPerIpPerHour = 5,
  ) {
    const make = (keyPrefix: string, points: number, duration: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix: `${prefix}:login:${keyPrefix}`, insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix }) })
        : new RateLimiterMemory({ points, duration, keyPrefix });
    this.byEmailAndIp = make('email-ip', settings.maxConsecutiveFailures, DAY_SECONDS);
    this.byIpPerDay = make('ip-day', settings.maxFailuresPerIpPerDay, DAY_SECONDS);
    this.resetRequests = make('reset', RESET_REQUESTS_PER_HOUR, 3600);
    this.signUps = make('signup', signUpsPerIpPerHour, 3600);
  }

  /** Throws RATE_LIMITED (with the seconds until the block ends) when this attempt must not even be checked. */
  async assertMayTry(email: string, ip: string): Promise<void> {
    const [pair, perIp] = await Promise.all([this.byEmailAndIp.get(pairKey(email, ip)), this.byIpPerDay.get(ip)]);
    const blocked = [
      perIp && perIp.consumedPoints >= this.settings.maxFailuresPerIpPerDay ? perIp : null,
      pair && pair.consumedPoints > this.settings.maxConsecutiveFailures ? pair : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length) throw new RateLimitedError(Math.max(1, Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000)));
  }

  async failed(email: string, ip: string): Promise<void> {
    const key = pairKey(email, ip);
    const [pair] = await Promise.all([spend(this.byEmailAndIp, key), spend(this.byIpPerDay, ip)]);
    // The max-th consecutive failure starts a block of bounded length; after it the count starts again.
    if (pair && pair.consumedPoints >= this.settings.maxConsecutiveFailures) await this.byEmailAndIp.block(key, this.settings.blockSeconds);
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.byEmailAndIp.delete(pairKey(email, ip));
  }

  /** False once an address has asked for RESET_REQUESTS_PER_HOUR resets this hour (the caller then sends nothing). */
  async mayRequestReset(email: string): Promise<boolean> {
    return (await spend(this.resetRequests, email)) !== null;
  }

  /** Counts one sign-up from this IP; RATE_LIMITED (with the seconds left in the hour) past the limit. */
  async spendSignUp(ip: string): Promise<void> {
    try {
      await this.signUps.consume(ip);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
      throw err;
    }
  }
}

const pairKey = (email: string, ip: string) => `${email}|${ip}`;

/** Consumes one point; null when the limiter was already over (a concurrent attempt got there first). */
async function spend(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    return await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) return null;
    throw err;
  }
}
