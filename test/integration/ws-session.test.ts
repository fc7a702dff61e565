import { setTimeout as sleep } from 'node:timers/promises';
import { LeadChangedDocument, RevokeApiKeyDocument, ApiKeysDocument } from '../generated/graphql';
import { connected, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/** A socket lives longer than the credentials it was opened with; it must not outlive them. */
describe('open WebSocket sessions', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ API_KEY_CACHE_SECONDS: '1' });
  });
  afterAll(() => t?.close());

  it('are closed with 4403 soon after their API key is revoked', async () => {
    const org = await createTenant(t);
    const key = await org.apiKey(['leads:read']);
    const client = wsClient(t.wsUrl, key);
    const closes: number[] = [];
    client.on('closed', (e) => closes.push((e as { code: number }).code));
    subscribe(client, LeadChangedDocument, {});
    await connected(client);
    const { apiKeys } = await gqlOk(t.url, ApiKeysDocument, {}, { token: org.token });
    await gqlOk(t.url, RevokeApiKeyDocument, { input: { id: apiKeys.find((k) => !k.revokedAt && k.scopes.join() === 'leads:read')!.id } }, { token: org.token });
    const deadline = Date.now() + 5000;
    while (!closes.length && Date.now() < deadline) await sleep(50);
    expect(closes).toEqual([4403]);
    await client.dispose();
  });

  it('stay open while the credentials hold', async () => {
    const org = await createTenant(t);
    const client = wsClient(t.wsUrl, org.token);
    const closes: number[] = [];
    client.on('closed', (e) => closes.push((e as { code: number }).code));
    subscribe(client, LeadChangedDocument, {});
    await connected(client);
    await sleep(2500);
    expect(closes).toEqual([]);
    await client.dispose();
  });
});
