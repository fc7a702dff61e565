import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../src/app';
import { CreateLeadDocument, LeadDocument, LeadChangedDocument } from '../generated/graphql';
import { connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTestInfra, testMode } from '../support/environment';
import { createTenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

describe('health, readiness and metrics', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  const base = () => t.url.replace('/graphql', '');

  it('/healthz answers while the process is up', async () => {
    const r = await fetch(`${base()}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database, and Redis when configured', async () => {
    const r = await fetch(`${base()}/readyz`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { ready: boolean; checks: Record<string, { ok: boolean }> };
    expect(body.ready).toBe(true);
    expect(body.checks.database?.ok).toBe(true);
    if (t.infra.mode === 'services') expect(body.checks.redis?.ok).toBe(true);
  });

  it('/metrics counts operations by name, errors by code, sockets and jobs', async () => {
    const org = await createTenant(t);
    await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Metric Lead' } }, { token: org.token });
    await gql(t.url, LeadDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: org.token });
    const client = wsClient(t.wsUrl, org.token);
    const sub = subscribe(client, LeadChangedDocument, {});
    await connected(client);
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="CreateLead",type="mutation"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="[^"]+",operation="Lead",type="query"\}/);
    expect(text).toMatch(/graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/graphql_ws_open_sockets 1/);
    expect(text).toMatch(/job_queue_jobs\{state="completed"\}/);
    expect(text).toMatch(/db_queries_total \d+/);
    sub.dispose();
    await client.dispose();
  });

  it('every response carries a request id, and errors carry the same one', async () => {
    const r = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-12345678' }, body: JSON.stringify({ query: '{ me { permissions } }' }) });
    expect(r.headers.get('x-request-id')).toBe('trace-12345678');
    const body = (await r.json()) as { errors: Array<{ extensions: { code: string; requestId: string } }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'trace-12345678' });
  });
});

describe('graceful shutdown', () => {
  it('stops being ready, lets in-flight requests finish, and closes sockets with 1001', async () => {
    const t = await startTestServer();
    const org = await createTenant(t);
    const client = wsClient(t.wsUrl, org.token);
    const closes: number[] = [];
    client.on('closed', (e) => closes.push((e as { code: number }).code));
    subscribe(client, LeadChangedDocument, {});
    await connected(client);

    // A request in flight when shutdown starts still gets its answer.
    const inFlight = gql(t.url, CreateLeadDocument, { input: { name: 'Late Lead' } }, { token: org.token });
    await sleep(5);
    const closing = t.close();
    const r = await inFlight;
    expect(r.data?.createLead.lead.name).toBe('Late Lead');
    await closing;
    expect(closes).toContain(1001);
    await expect(fetch(t.url.replace('/graphql', '/healthz'))).rejects.toThrow();
    await client.dispose();
  });
});

describe('job workers in their own process', () => {
  it('an API process without workers leaves jobs to a worker process', async () => {
    const mode = await testMode();
    const infra = await createTestInfra({ RUN_WORKERS: 'false' });
    const api = await startTestServer({}, infra);
    try {
      if (mode === 'embedded') {
        // Embedded mode has one in-process queue: the API runs its own workers (README).
        expect(api.app.config.redisUrl).toBeUndefined();
        return;
      }
      // Services mode: a separate worker app (what `npm run worker` builds) on the same Redis runs the jobs.
      const worker = await createApp(infra.sibling());
      worker.startWorkers();
      try {
        const org = await createTenant(api);
        const lead = await gqlOk(api.url, CreateLeadDocument, { input: { name: 'Queued', email: 'queued@example.com' } }, { token: org.token });
        let score = 0;
        for (let i = 0; i < 60 && score === 0; i++) {
          await sleep(50);
          score = (await gqlOk(api.url, LeadDocument, { id: lead.createLead.lead.id }, { token: org.token })).lead.score;
        }
        expect(score).toBe(5);
      } finally {
        await worker.close();
      }
    } finally {
      await api.close();
      await infra.dispose();
    }
  });
});
