import { serviceEnv } from '../support/own-services';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { LeadChangedDocument } from '../generated/graphql';
import { connected, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * A Redis outage with subscribers connected (README "Endpoints"): events
 * published meanwhile are lost, so subscriber sockets are closed with 1012
 * (Service Restart), which graphql-ws clients retry; once Redis is back they
 * reconnect, resubscribe and get events again. Runs its OWN redis-server on a
 * free port in both modes (never the machine's shared one).
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server (no persistence) on `port`, resolved once it accepts connections. */
function startRedis(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'], env: serviceEnv() });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve(child);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('when Redis pub/sub goes down under connected subscribers', () => {
  let redis: ChildProcess | undefined;
  let port: number;
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}`, RUN_WORKERS: 'false' });
    org = await createTenant(t);
  });
  afterAll(async () => {
    // Redis must answer for the app to close cleanly.
    if (!redis || redis.exitCode !== null) redis = await startRedis(port).catch(() => undefined);
    await t?.close();
    if (redis) await stopRedis(redis);
  });

  it('closes subscriber sockets with the retryable 1012, and the client resubscribes once Redis is back', async () => {
    const closes: number[] = [];
    let reconnects = 0;
    const client = wsClient(t.wsUrl, org.token, { retryAttempts: 100, retryWait: () => sleep(200), shouldRetry: () => true });
    client.on('closed', (e) => closes.push((e as { code: number }).code));
    client.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) reconnects++;
    });
    const ready = connected(client);
    const sub = subscribe(client, LeadChangedDocument, { filter: { kinds: ['CREATED'] } });
    await ready;
    await org.lead({ name: 'Before the outage' });
    await sub.waitFor(1);

    await stopRedis(redis!);
    for (let waited = 0; !closes.includes(1012); waited += 50) {
      if (waited > 10_000) throw new Error(`no 1012 close; closes: ${JSON.stringify(closes)}`);
      await sleep(50);
    }
    expect(closes[0]).toBe(1012);

    redis = await startRedis(port);
    // The client keeps retrying (1012 again while delivery is down); after Redis is back its subscription is live again.
    for (let i = 0; sub.events.length < 2; i++) {
      if (i > 100) throw new Error(`no event after Redis came back; closes: ${JSON.stringify(closes)}`);
      await org.lead({ name: `After the outage ${i}` }).catch(() => undefined);
      await sub.waitFor(2, 200).catch(() => undefined);
    }
    expect(sub.error).toBeUndefined();
    expect(reconnects).toBeGreaterThan(0);
    expect(closes.every((c) => c === 1012)).toBe(true);
    sub.dispose();
    await client.dispose();
  });
});
