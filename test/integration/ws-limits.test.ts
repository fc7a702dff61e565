import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LeadChangedDocument } from '../generated/graphql';
import { codeOf, connected, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/** graphql-ws resource limits and lifecycle: caps on active subscriptions, handshake drops, coded errors. */

/** The first answer a graphql-ws operation gets: data, an error message or a close. */
function firstAnswer(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ errors?: readonly GraphQLFormattedError[]; closeCode?: number; data?: unknown }> {
  return new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve({ data: value.data, errors: value.errors }),
        error: (err) => resolve(Array.isArray(err) ? { errors: err as GraphQLFormattedError[] } : { closeCode: (err as { code?: number }).code }),
        complete: () => resolve({}),
      },
    );
  });
}

async function metric(t: TestServer, name: string): Promise<number> {
  const text = await (await fetch(`${t.url.replace(/\/graphql$/, '')}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > timeoutMs) throw new Error('condition not reached');
    await sleep(50);
  }
}

const LEAD_CHANGED = 'subscription { leadChanged { kind leadId } }';

describe('active subscriptions', () => {
  let t: TestServer;
  let org: Tenant;
  const clients: Client[] = [];
  const client = (token: string) => {
    const c = wsClient(t.wsUrl, token);
    clients.push(c);
    return c;
  };
  const closesOf = (c: Client) => {
    const codes: number[] = [];
    c.on('closed', (e) => codes.push((e as { code: number }).code));
    return codes;
  };

  beforeAll(async () => {
    t = await startTestServer({ WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '3', WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '5' });
    org = await createTenant(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  it('are capped per socket (WS_MAX_SUBSCRIPTIONS_PER_SOCKET) with LIMIT_EXCEEDED, keeping the socket open', async () => {
    const ws = client(org.token);
    const closes = closesOf(ws);
    const ready = connected(ws);
    const subs = [subscribe(ws, LeadChangedDocument, {}), subscribe(ws, LeadChangedDocument, {}), subscribe(ws, LeadChangedDocument, {})];
    await ready;
    const over = await firstAnswer(ws, LEAD_CHANGED);
    expect(codeOf(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ limit: 'subscriptionsPerSocket', max: 3 });
    expect(over.errors![0]!.message).toMatch(/At most 3 active operations per socket/);

    // One event reaches the three accepted subscriptions, not a fourth.
    await org.lead({ name: 'Counted' });
    for (const s of subs) await s.waitFor(1);
    expect(subs.map((s) => s.events.length)).toEqual([1, 1, 1]);

    // Completing one frees its place on the same socket.
    subs[0]!.dispose();
    await eventually(async () => !codeOf(await firstAnswer(ws, '{ me { permissions } }')));
    const again = subscribe(ws, LeadChangedDocument, {});
    await org.lead({ name: 'After freeing one' });
    await again.waitFor(1);
    expect(closes).toEqual([]);
    for (const s of [...subs, again]) s.dispose();
  });

  it('are capped per principal across sockets (WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL), not for other callers', async () => {
    const owner = await createTenant(t);
    const [a, b] = [client(owner.token), client(owner.token)];
    const ready = Promise.all([connected(a), connected(b)]);
    const subs = [0, 1, 2].map(() => subscribe(a, LeadChangedDocument, {}));
    subs.push(subscribe(b, LeadChangedDocument, {}), subscribe(b, LeadChangedDocument, {}));
    await ready;
    await owner.lead({ name: 'All five listening' });
    for (const s of subs) await s.waitFor(1);

    const over = await firstAnswer(b, LEAD_CHANGED);
    expect(codeOf(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ limit: 'subscriptionsPerPrincipal', max: 5 });

    // Another user of the same organization has a budget of its own.
    const other = await owner.user('AGENT' as never);
    const c = client(other.token);
    const theirs = subscribe(c, LeadChangedDocument, {});
    await connected(c);
    await owner.lead({ name: 'Another caller' });
    await theirs.waitFor(1);
    for (const s of [...subs, theirs]) s.dispose();
  });
});

describe('WebSocket clients that drop during the handshake', () => {
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    // Cache 0: every credential check is a database query, as the re-check timer of a ghost socket would be.
    // No scheduled job may add a statement while the test watches the counter.
    t = await startTestServer({ API_KEY_CACHE_SECONDS: '0', ESCALATION_CHECK_SECONDS: '3600', ANALYSIS_DEADLINE_SECONDS: '3600' });
    org = await createTenant(t);
  });
  afterAll(() => t?.close());

  it('leave no open socket counted and no credential re-check timer running', async () => {
    const key = await org.apiKey(['leads:read']);
    const drops = Array.from(
      { length: 200 },
      () =>
        new Promise<void>((resolve) => {
          const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
          socket.on('open', () => {
            socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } }));
            socket.close();
          });
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        }),
    );
    await Promise.all(drops);
    await eventually(async () => (await metric(t, 'graphql_ws_open_sockets')) === 0);

    // Re-check timers run every second; a ghost would keep querying the database.
    // A scrape itself may cost statements (embedded job counts live in the database): measure that first.
    // A ghost queries in every window; a background sweep (outbox, scheduler) only now and then: one quiet window of three is enough.
    let quietWindow = false;
    for (let attempt = 0; attempt < 3 && !quietWindow; attempt++) {
      const first = await metric(t, 'db_queries_total');
      const before = await metric(t, 'db_queries_total');
      const perScrape = before - first;
      await sleep(2500);
      quietWindow = (await metric(t, 'db_queries_total')) === before + perScrape;
    }
    expect(quietWindow).toBe(true);
    expect(await metric(t, 'graphql_ws_open_sockets')).toBe(0);

    // A client that stays is still counted, and uncounted when it leaves.
    const stays = wsClient(t.wsUrl, key);
    const sub = subscribe(stays, LeadChangedDocument, {});
    await connected(stays);
    expect(await metric(t, 'graphql_ws_open_sockets')).toBe(1);
    sub.dispose();
    await stays.dispose();
    await eventually(async () => (await metric(t, 'graphql_ws_open_sockets')) === 0);
  });
});

describe('coded errors for operations on the wrong transport or with bad variables', () => {
  let t: TestServer;
  let org: Tenant;
  let ws: Client;

  beforeAll(async () => {
    t = await startTestServer();
    org = await createTenant(t);
    ws = wsClient(t.wsUrl, org.token);
  });
  afterAll(async () => {
    await ws?.dispose();
    await t?.close();
  });

  it('answers a subscription sent over HTTP POST with 400 BAD_REQUEST pointing to the WebSocket endpoint', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.token}` },
      body: JSON.stringify({ query: LEAD_CHANGED }),
    });
    const body = (await res.json()) as { errors?: GraphQLFormattedError[] };
    expect(res.status).toBe(400);
    expect(codeOf(body)).toBe('BAD_REQUEST');
    expect(body.errors![0]!.message).toMatch(/WebSocket.*graphql-ws/);
    expect(body.errors![0]!.extensions).not.toHaveProperty('http');
  });

  it('answers bad variables of a subscription over graphql-ws with BAD_USER_INPUT naming the field', async () => {
    const r = await firstAnswer(ws, 'subscription ($f: LeadChangedFilterInput) { leadChanged(filter: $f) { kind } }', { f: { status: ['NOT_A_STATUS'] } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions).toMatchObject({ field: 'f.status[0]', requestId: expect.any(String) });
    const missing = await firstAnswer(ws, 'subscription ($id: ID!) { callUpdated(id: $id) { call { id } } }', {});
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions).toMatchObject({ field: 'id' });
  });
});
