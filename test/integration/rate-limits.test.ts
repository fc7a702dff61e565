import Redis from 'ioredis';
import { createLogger } from '../../src/logger';
import { ManualClock } from '../../src/services/clock';
import { LeadsDocument } from '../generated/graphql';
import { codeOf, gql } from '../support/client';
import { createTenant } from '../support/factories';
import { startOwnRedis, type OwnRedis } from '../support/own-services';
import { startTestServer } from '../support/server';
import { postTwilioWebhook, twilioEnv } from '../support/twilio-webhook';

const anonymous = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

const limitOf = (headers: Headers) => ({
  limit: Number(headers.get('ratelimit-limit')),
  remaining: Number(headers.get('ratelimit-remaining')),
  reset: Number(headers.get('ratelimit-reset')),
});

describe('rate limits by principal', () => {
  it('a partner on one IP reaches its API key quota: authenticated callers are limited by their principal only, anonymous ones by IP, with RateLimit headers on success', async () => {
    const t = await startTestServer({ RATE_LIMIT_PER_IP: '3', RATE_LIMIT_PER_API_KEY: '6', RATE_LIMIT_PER_USER: '4' });
    try {
      const org = await createTenant(t); // one anonymous request (login), one as the owner (createApiKey below)
      const key = await org.apiKey(['leads:read']);
      for (let i = 0; i < 6; i++) {
        const r = await gql(t.url, LeadsDocument, {}, { token: key });
        expect(r.status).toBe(200);
        const h = limitOf(r.headers);
        expect(h).toMatchObject({ limit: 6, remaining: 5 - i });
        expect(h.reset > 0 && h.reset <= 60).toBe(true);
      }
      const over = await gql(t.url, LeadsDocument, {}, { token: key });
      expect(over.status).toBe(429);
      expect(codeOf(over)).toBe('RATE_LIMITED');
      expect(over.headers.get('retry-after')).toBe(String(over.errors?.[0]?.extensions?.retryAfterSeconds));
      expect(limitOf(over.headers)).toMatchObject({ limit: 6, remaining: 0 });

      // The same IP's anonymous budget (3) was not spent by the key's requests: login took one.
      const anon = await anonymous(t.url);
      expect(anon.status).toBe(200);
      expect(limitOf(anon.headers)).toMatchObject({ limit: 3, remaining: 1 });
      // The owner has a budget of its own (4, one spent on createApiKey).
      const owner = await gql(t.url, LeadsDocument, {}, { token: org.token });
      expect(owner.status).toBe(200);
      expect(limitOf(owner.headers)).toMatchObject({ limit: 4, remaining: 2 });
      // Bad credentials spend the IP's budget: the last anonymous request passes, the next is refused.
      const bad = await anonymous(t.url, { authorization: 'Bearer sk_live_notakey_0000000000000000' });
      expect(bad.status).toBe(401);
      expect(limitOf(bad.headers)).toMatchObject({ limit: 3, remaining: 0 });
      expect((await anonymous(t.url)).status).toBe(429);
    } finally {
      await t.close();
    }
  });

  describe('with Redis (own redis-server)', () => {
    let redis: OwnRedis;
    beforeAll(async () => {
      redis = await startOwnRedis();
    });
    afterAll(async () => {
      await redis?.dispose();
    });

    it('rate limiting costs one Redis round trip per request, and none once a caller is over its limit', async () => {
      const t = await startTestServer({ REDIS_URL: redis.url, RATE_LIMIT_PER_API_KEY: '10' });
      const monitor = new Redis(redis.url);
      try {
        const org = await createTenant(t);
        const key = await org.apiKey(['leads:read']);
        await gql(t.url, LeadsDocument, {}, { token: key }); // loads the limiter's script
        const trips: string[][] = [];
        const feed = await monitor.monitor();
        feed.on('monitor', (_time: string, args: string[]) => {
          if (/^eval/i.test(args[0] ?? '') && args.some((a) => a.includes(':rl:'))) trips.push(args);
        });
        await new Promise((r) => setTimeout(r, 100));
        for (let i = 0; i < 9; i++) expect((await gql(t.url, LeadsDocument, {}, { token: key })).status).toBe(200);
        for (let i = 0; i < 5; i++) expect((await gql(t.url, LeadsDocument, {}, { token: key })).status).toBe(429);
        await new Promise((r) => setTimeout(r, 200));
        // 9 admitted + the one that crossed the limit; the 4 after it are refused from memory.
        expect(trips).toHaveLength(10);
        feed.disconnect();
      } finally {
        monitor.disconnect();
        await t.close();
      }
    });
  });
});

describe('webhook signature failures', () => {
  it('700 bad webhook signatures from one IP cost 5 signature checks and sampled log lines: past WEBHOOK_BAD_SIGNATURES_PER_IP the IP gets 429 before any check', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));
    const authToken = 'webhook-test-auth-token';
    const env = { ...twilioEnv({ url: 'http://127.0.0.1:9', accountSid: `AC${'0'.repeat(32)}`, authToken }), WEBHOOK_BAD_SIGNATURES_PER_IP: '5' };
    const t = await startTestServer(env, undefined, { clock, logger });
    try {
      const params = { CallSid: 'CA_unknown', CallStatus: 'ringing', From: '+15125550100', To: '+15125550199' };
      const statuses: number[] = [];
      for (let i = 0; i < 700; i++) statuses.push((await postTwilioWebhook(t.url, '/webhooks/twilio/status', params, { authToken, signature: 'bad' })).status);
      expect(statuses.filter((s) => s === 403)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(695);
      // Refused before any check: even a correctly signed webhook from this IP waits out the window.
      const signed = await fetch(t.url.replace('/graphql', '/webhooks/twilio/status'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
      expect(signed.status).toBe(429);
      expect(Number(signed.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await postTwilioWebhook(t.url, '/webhooks/twilio/status', params, { authToken })).status).toBe(429);

      const warnings = () => lines.filter((l) => String(l.msg).startsWith('rejected Twilio webhooks'));
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toMatchObject({ badSignature: 1, throttled: 0, lastIp: expect.any(String) });
      clock.advance(10_000);
      await postTwilioWebhook(t.url, '/webhooks/twilio/status', params, { authToken, signature: 'bad' });
      expect(warnings()).toHaveLength(2);
      // Everything since the first line, counted: 4 more bad signatures, 695 + 2 + 1 throttled.
      expect(warnings()[1]).toMatchObject({ badSignature: 4, throttled: 698 });
    } finally {
      await t.close();
    }
  });
});
