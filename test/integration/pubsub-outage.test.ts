import { setTimeout as sleep } from 'node:timers/promises';
import { LeadChangedDocument } from '../generated/graphql';
import { connected, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startOwnRedis, type OwnRedis } from '../support/own-services';
import { startTestServer, type TestServer } from '../support/server';

/**
 * A Redis outage with subscribers connected (README "Endpoints"): events
 * published meanwhile are lost, so subscriber sockets are closed with 1012
 * (Service Restart), which graphql-ws clients retry; once Redis is back they
 * reconnect, resubscribe and get events again. Runs its OWN redis-server on a
 * free port in both modes (never the machine's shared one).
 */

describe('when Redis pub/sub goes down under connected subscribers', () => {
  let redis: OwnRedis;
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    redis = await startOwnRedis();
    t = await startTestServer({ REDIS_URL: redis.url, RUN_WORKERS: 'false' });
    org = await createTenant(t);
  });
  afterAll(async () => {
    // Redis must answer for the app to close cleanly.
    if (redis && !redis.running()) await redis.start().catch(() => undefined);
    await t?.close();
    await redis?.dispose();
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

    await redis.stop();
    for (let waited = 0; !closes.includes(1012); waited += 50) {
      if (waited > 10_000) throw new Error(`no 1012 close; closes: ${JSON.stringify(closes)}`);
      await sleep(50);
    }
    expect(closes[0]).toBe(1012);

    await redis.start();
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
