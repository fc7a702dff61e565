import { CreateLeadDocument, LeadsDocument } from '../generated/graphql';
import { codeOf, gql } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from '../support/own-services';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Faults injected into real processes of this file's own (a redis-server and a
 * PostgreSQL on free ports), never the machine's shared ones. In embedded mode
 * the part not under test is PGlite / in-process; in services mode the shared one.
 */

const COMMAND_TIMEOUT_MS = 200;
/** What "answers within a bound" means here: the command timeout plus generous room for a busy CI machine. */
const ANSWER_BOUND_MS = 3000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function readyz(t: TestServer): Promise<{ status: number; body: { checks: Record<string, { ok: boolean; error?: string }> } }> {
  const res = await fetch(t.url.replace('/graphql', '/readyz'));
  return { status: res.status, body: (await res.json()) as { checks: Record<string, { ok: boolean }> } };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Redis faults (own redis-server)', () => {
  let redis: OwnRedis;
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    redis = await startOwnRedis();
    // The request path only: workers run in their own process here (a BullMQ worker's close can hang after a
    // Redis restart, which is the job queue's concern, not this test's).
    t = await startTestServer({ REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS), RATE_LIMIT_PER_USER: '1000', RUN_WORKERS: 'false' });
    org = await createTenant(t);
  }, 60_000);

  afterAll(async () => {
    redis.thaw();
    await t?.close();
    await redis?.dispose();
  }, 60_000);

  /** Queries as a user and anonymously, each answered within the bound with rate-limit headers (counted in memory now). */
  async function expectRequestsAnswer(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      const { value: r, ms } = await timed(() => gql(t.url, LeadsDocument, {}, { token: org.token }));
      expect(r.status).toBe(200);
      expect(r.data?.leads.totalCount).toBe(0);
      expect(Number(r.headers.get('ratelimit-limit'))).toBe(1000);
      expect(ms).toBeLessThan(ANSWER_BOUND_MS);
    }
    const anonymous = await timed(() => fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }));
    expect(anonymous.value.status).toBe(200);
    expect(anonymous.ms).toBeLessThan(ANSWER_BOUND_MS);
  }

  it('a frozen Redis stalls no request: queries answer within the command timeout, rate limits fall back to memory, /readyz reports Redis', async () => {
    expect((await readyz(t)).status).toBe(200);
    redis.freeze();
    try {
      await expectRequestsAnswer();
      const { value: ready, ms } = await timed(() => readyz(t));
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis?.ok).toBe(false);
      expect(ms).toBeLessThan(ANSWER_BOUND_MS + 2000);
      expect((await fetch(t.url.replace('/graphql', '/healthz'))).status).toBe(200);
    } finally {
      redis.thaw();
    }
    await eventually(async () => (await readyz(t)).status === 200);
  });

  it('a stopped Redis stalls no request either, and readiness recovers when it is back', async () => {
    await redis.stop();
    try {
      await expectRequestsAnswer();
      const ready = await readyz(t);
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis?.ok).toBe(false);
    } finally {
      await redis.start();
    }
    await eventually(async () => (await readyz(t)).status === 200);
    expect((await gql(t.url, LeadsDocument, {}, { token: org.token })).status).toBe(200);
  });
});

describe('database outage (own PostgreSQL)', () => {
  let pg: OwnPostgres;
  let t: TestServer;
  let org: Tenant;
  let apiKey: string;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    // No API key cache, so authenticating the key needs the database too.
    t = await startTestServer({ DATABASE_URL: pg.url, API_KEY_CACHE_SECONDS: '0' });
    org = await createTenant(t);
    apiKey = await org.apiKey(['leads:read', 'leads:write']);
  }, 60_000);

  afterAll(async () => {
    try {
      pg?.start();
    } catch {
      // already running
    }
    await t?.close();
    pg?.dispose();
  }, 60_000);

  it('a database outage answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, not INTERNAL_SERVER_ERROR, and the API recovers by itself', async () => {
    expect((await gql(t.url, LeadsDocument, {}, { token: org.token })).status).toBe(200);
    pg.stop();
    try {
      const answers = [
        await gql(t.url, LeadsDocument, {}, { token: org.token }),
        await gql(t.url, CreateLeadDocument, { input: { name: 'During the outage' } }, { token: org.token }),
        // Fails while authenticating, before GraphQL runs.
        await gql(t.url, LeadsDocument, {}, { token: apiKey }),
      ];
      for (const r of answers) {
        expect(r.status).toBe(503);
        expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
        const retryAfter = r.errors?.[0]?.extensions?.retryAfterSeconds;
        expect(Number.isInteger(retryAfter) && (retryAfter as number) > 0).toBe(true);
        expect(r.headers.get('retry-after')).toBe(String(retryAfter));
        expect(typeof r.errors?.[0]?.extensions?.requestId).toBe('string');
      }
    } finally {
      pg.start();
    }
    await eventually(async () => (await gql(t.url, LeadsDocument, {}, { token: apiKey })).status === 200);
    const after = await gql(t.url, LeadsDocument, {}, { token: org.token });
    expect(after.data?.leads.totalCount).toBe(0);
  });
});
