/**
 * Issue 7 item 14: login had no throttling (113 wrong passwords, then the
 * right one still worked, each attempt costing 100–200 ms of argon2). Now
 * consecutive failures per email+IP and failures per IP per day are limited
 * (rate-limiter-flexible), checked before any password hash is computed, with
 * bounded blocks that an attacker on another address cannot extend to the
 * real user's address.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { LoginDocument } from '../generated/graphql';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const PASSWORD = 'correct horse battery staple';
const MAX_CONSECUTIVE = 4;
const BLOCK_SECONDS = 2;
const MAX_PER_IP_PER_DAY = 10;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({
    LOGIN_MAX_CONSECUTIVE_FAILURES: String(MAX_CONSECUTIVE),
    LOGIN_BLOCK_SECONDS: String(BLOCK_SECONDS),
    LOGIN_MAX_FAILURES_PER_IP_PER_DAY: String(MAX_PER_IP_PER_DAY),
  });
});
afterAll(() => t?.close());

interface LoginAnswer {
  token?: string;
  code?: string;
  retryAfterSeconds?: number;
}

/**
 * A login sent from a chosen loopback address (the whole of 127.0.0.0/8 is
 * this machine), so tests can be "another IP" without leaving it.
 */
function loginFrom(from: string, email: string, password: string): Promise<LoginAnswer> {
  const body = JSON.stringify({ query: print(LoginDocument), variables: { input: { email, password } } });
  const url = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { login?: { token: string } } | null; errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }> };
          const ext = parsed.errors?.[0]?.extensions;
          resolve({ token: parsed.data?.login?.token, code: ext?.code, retryAfterSeconds: ext?.retryAfterSeconds });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** auth_login_attempts_total by outcome, from /metrics. */
async function attempts(): Promise<Record<string, number>> {
  const text = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
  const out: Record<string, number> = { succeeded: 0, failed: 0, throttled: 0 };
  for (const m of text.matchAll(/^auth_login_attempts_total\{outcome="(\w+)"\} (\d+)$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

let tenant: Tenant;
beforeEach(async () => {
  tenant = await createTenant(t);
});

const wrong = () => `wrong password ${randomBytes(4).toString('hex')}`;

describe('login throttling', () => {
  it('answers the right password with RATE_LIMITED and retryAfterSeconds after LOGIN_MAX_CONSECUTIVE_FAILURES wrong ones, without checking it', async () => {
    const ip = '127.0.0.2';
    for (let i = 0; i < MAX_CONSECUTIVE; i++) expect((await loginFrom(ip, tenant.ownerEmail, wrong())).code).toBe('UNAUTHENTICATED');
    const before = await attempts();
    const blocked = await loginFrom(ip, tenant.ownerEmail, PASSWORD);
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.token).toBeUndefined();
    expect(blocked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(BLOCK_SECONDS);
    expect((await loginFrom(ip, tenant.ownerEmail, wrong())).code).toBe('RATE_LIMITED');
    // Throttled attempts never reached argon2: no new failed or succeeded check was counted.
    const after = await attempts();
    expect(after).toEqual({ ...before, throttled: before.throttled + 2 });
  });

  it('does not block the right password from another IP (the limit is per email and IP)', async () => {
    for (let i = 0; i < MAX_CONSECUTIVE; i++) await loginFrom('127.0.0.3', tenant.ownerEmail, wrong());
    expect((await loginFrom('127.0.0.3', tenant.ownerEmail, PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await loginFrom('127.0.0.4', tenant.ownerEmail, PASSWORD)).token).toEqual(expect.any(String));
  });

  it('ends the block after LOGIN_BLOCK_SECONDS, so an attacker cannot lock the user out for good', async () => {
    const ip = '127.0.0.5';
    for (let i = 0; i < MAX_CONSECUTIVE; i++) await loginFrom(ip, tenant.ownerEmail, wrong());
    const blocked = await loginFrom(ip, tenant.ownerEmail, PASSWORD);
    expect(blocked.code).toBe('RATE_LIMITED');
    await sleep(blocked.retryAfterSeconds! * 1000 + 100);
    expect((await loginFrom(ip, tenant.ownerEmail, PASSWORD)).token).toEqual(expect.any(String));
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const ip = '127.0.0.6';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_CONSECUTIVE - 1; i++) expect((await loginFrom(ip, tenant.ownerEmail, wrong())).code).toBe('UNAUTHENTICATED');
      expect((await loginFrom(ip, tenant.ownerEmail, PASSWORD)).token).toEqual(expect.any(String));
    }
  });

  it('limits failures per IP per day across emails (unknown ones too), within a day', async () => {
    const ip = '127.0.0.7';
    for (let i = 0; i < MAX_PER_IP_PER_DAY; i++) {
      expect((await loginFrom(ip, `guess-${i}-${randomBytes(3).toString('hex')}@example.com`, wrong())).code).toBe('UNAUTHENTICATED');
    }
    const blocked = await loginFrom(ip, tenant.ownerEmail, PASSWORD);
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.retryAfterSeconds).toBeGreaterThan(BLOCK_SECONDS);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(86_400);
    expect((await loginFrom('127.0.0.8', tenant.ownerEmail, PASSWORD)).token).toEqual(expect.any(String));
  });
});
