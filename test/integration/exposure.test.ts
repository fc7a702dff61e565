/**
 * Issue 7 item 16: introspection was on by default in production for
 * anonymous callers, systemStatus (month-to-date AI spend) was readable by a
 * bridge-only API key, and /metrics was open. Now introspection defaults off
 * in production, systemStatus needs `system:read`, and METRICS_TOKEN guards /metrics.
 */
import { loadConfig } from '../../src/config';
import { CreateApiKeyDocument, SystemStatusDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const INTROSPECT = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: INTROSPECT });

describe('introspection default', () => {
  it('is off in production when GRAPHQL_INTROSPECTION is unset, on in development, and the switch still wins', () => {
    const secret = { JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).graphql.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', ...secret }).graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).graphql.introspection).toBe(false);
  });

  it('refuses an anonymous introspection query on a production server started without GRAPHQL_INTROSPECTION', async () => {
    const t = await startTestServer({ NODE_ENV: 'production' });
    try {
      const r = await post(t.url);
      expect(r.status).toBe(400);
      const body = (await r.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0]!.message).toMatch(/introspection/i);
    } finally {
      await t.close();
    }
  });
});

describe('systemStatus and /metrics', () => {
  let t: TestServer;
  let org: Tenant;
  const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789';

  beforeAll(async () => {
    t = await startTestServer({ METRICS_TOKEN });
    org = await createTenant(t);
  });
  afterAll(() => t?.close());

  const key = async (scopes: string[]) => (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: scopes.join(' '), scopes } }, { token: org.token })).createApiKey.secret;

  it('refuses systemStatus (month-to-date AI spend) to a bridge-only API key and to an AGENT: FORBIDDEN, missing system:read', async () => {
    for (const token of [await key(['bridge']), (await org.user(UserRole.AGENT)).token]) {
      const r = await gql(t.url, SystemStatusDocument, {}, { token });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', missing: ['system:read'] });
      expect(r.data ?? null).toBeNull();
    }
  });

  it('answers systemStatus to owners, admins and API keys with the system:read scope', async () => {
    for (const token of [org.token, (await org.user(UserRole.ADMIN)).token, await key(['system:read'])]) {
      expect((await gqlOk(t.url, SystemStatusDocument, {}, { token })).systemStatus.metrics.aiSpendMonthToDateMicros).toBe(0);
    }
  });

  it('requires Authorization: Bearer <METRICS_TOKEN> on /metrics when it is set', async () => {
    const metrics = t.url.replace('/graphql', '/metrics');
    expect((await fetch(metrics)).status).toBe(401);
    expect((await fetch(metrics, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
    const ok = await fetch(metrics, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('graphql_requests_total');
  });

  it('keeps /healthz open (probes carry no token)', async () => {
    expect((await fetch(t.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('does not let an anonymous caller read systemStatus', async () => {
    expect(codeOf(await gql(t.url, SystemStatusDocument, {}))).toBe('UNAUTHENTICATED');
  });
});
