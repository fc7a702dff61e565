import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'graphql-ws';
import type WebSocket from 'ws';
import { startServer, type RunningServer } from '../../../src/http/server';
import { UpdateLeadDocument } from '../../generated/graphql';
import { gqlOk, wsClient } from '../../support/client';
import { createTenant, type Tenant } from '../../support/factories';
import { leadFeed, type LeadFeed } from '../../support/isolation-table';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * graphql-ws's client configured as README "Clients" says (retryAttempts,
 * shouldRetry, a short retryWait): a dropped socket and a restarted server
 * both end with the subscription resumed on a new socket and receiving events.
 */

let t: TestServer;
/** The server now listening on t's port (replaced by the restart test). */
let current: RunningServer;
let org: Tenant;
let probeId: string;
let client: Client;
let feed: LeadFeed;
let socket: WebSocket | undefined;
let connects = 0;
const closeCodes: number[] = [];
const errors: unknown[] = [];

beforeAll(async () => {
  t = await startTestServer();
  current = t.server;
  org = await createTenant(t);
  probeId = (await org.lead({ name: 'Reconnect probe' })).id;
  client = wsClient(t.wsUrl, org.token, {
    retryAttempts: 20,
    // The default retries only close events; a refused connection (server restarting) is an error event.
    shouldRetry: () => true,
    retryWait: () => sleep(200),
    on: {
      connected: (s) => {
        socket = s as WebSocket;
        connects++;
      },
      closed: (event) => closeCodes.push((event as { code: number }).code),
      error: (err) => errors.push(err),
    },
  });
  feed = leadFeed(client);
  await feed.ready(touch);
}, 120_000);
afterAll(async () => {
  await client?.dispose();
  await current?.close();
  await t?.app.close();
  await t?.infra.dispose();
});

const touch = async () => {
  await gqlOk(t.url, UpdateLeadDocument, { input: { id: probeId, tags: [`t${Date.now() % 100000}-${Math.random()}`] } }, { token: org.token });
  return probeId;
};

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}

/** After a reconnect: the resubscription is live again, and a new lead's CREATED event arrives on it. */
async function expectEventsResume(): Promise<void> {
  await feed.ready(touch);
  const lead = await org.lead({ name: `After reconnect ${connects}` });
  expect(await feed.until((e) => e.leadId === lead.id, 10_000)).toMatchObject({ kind: 'CREATED', lead: { name: lead.name } });
}

describe('graphql-ws client reconnection', () => {
  it('a dropped socket (no close frame) is retried: a new socket, the same subscription, events again', async () => {
    expect(connects).toBe(1);
    socket!.terminate();
    await waitFor(() => connects === 2, 'a second connection');
    expect(closeCodes).toEqual([1006]);
    expect(feed.sub.error).toBeUndefined();
    await expectEventsResume();
  });

  it('a restarted server (1001, then refused connections) is retried until it is back', async () => {
    const port = current.port;
    await current.close();
    await waitFor(() => errors.length > 0, 'a refused connection attempt');
    // Down for a few retries, then back on the same port.
    await sleep(600);
    expect(connects).toBe(2);
    current = await startServer(t.app, { port, host: '127.0.0.1' });
    await waitFor(() => connects === 3, 'a connection to the restarted server');
    expect(closeCodes[1]).toBe(1001);
    expect(feed.sub.error).toBeUndefined();
    expect(feed.sub.completed).toBe(false);
    await expectEventsResume();
  });
});
