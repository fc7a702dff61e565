import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import type WebSocket from 'ws';
import type { PubSub } from '../../src/services/pubsub/pubsub';
import type { EventName } from '../../src/services/pubsub/events';
import { CreateLeadDocument, DeleteLeadDocument, LeadDocument, LoginDocument, UpdateLeadDocument, type CreateLeadInput, type UpdateLeadInput } from '../generated/graphql';
import { codeOf, gql, gqlOk, wsClient } from '../support/client';
import { createTestInfra, testMode } from '../support/environment';
import { createTenant, type Tenant } from '../support/factories';
import { leadFeed, settleJobs, sqlRows, type LeadFeed } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * leadChanged over a real graphql-ws client: what it pushes, in which order,
 * only after commit, across API processes, and that a closed socket leaves
 * nothing subscribed behind.
 */

const hex = () => randomBytes(4).toString('hex');

let t: TestServer;
let org: Tenant;
let probeLeadId: string;
const disposers: Array<() => unknown> = [];

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
  probeLeadId = (await org.lead({ name: 'Probe', status: 'QUALIFIED' })).id;
});
afterEach(async () => {
  await Promise.all(disposers.splice(0).map((d) => d()));
});
afterAll(() => t?.close());

/** A feed on a new socket, closed after the test. */
function feedOf(server: TestServer, token: string, filter?: Parameters<typeof leadFeed>[1]): LeadFeed {
  const client = wsClient(server.wsUrl, token);
  disposers.push(() => client.dispose());
  return leadFeed(client, filter);
}

/** Moves the probe lead (still QUALIFIED): an UPDATED event for unfiltered and status-filtered feeds. */
const touchProbe = (server: TestServer = t, tenant: Tenant = org, id: string = probeLeadId) => async () => {
  await gqlOk(server.url, UpdateLeadDocument, { input: { id, tags: [`probe-${hex()}`] } }, { token: tenant.token });
  return id;
};

/** Creates and deletes a throwaway lead: CREATED and DELETED events (for feeds filtered by kind). */
const createAndDelete = async () => {
  const { id } = await org.lead({ name: `Throwaway ${hex()}` });
  await gqlOk(t.url, DeleteLeadDocument, { input: { id } }, { token: org.token });
  return id;
};

const create = async (input: Partial<CreateLeadInput> = {}) =>
  (await gqlOk(t.url, CreateLeadDocument, { input: { name: `Live ${hex()}`, ...input } }, { token: org.token })).createLead.lead;
const update = (input: UpdateLeadInput) => gqlOk(t.url, UpdateLeadDocument, { input }, { token: org.token });

describe('leadChanged', () => {
  it('pushes CREATED, UPDATED with the changed fields, and DELETED with no lead, in commit order', async () => {
    const feed = feedOf(t, org.token);
    await feed.ready(touchProbe());

    const lead = await create();
    const created = await feed.until((e) => e.leadId === lead.id);
    // The event is sent after commit: the lead it carries was read back from the database.
    expect(created).toMatchObject({ kind: 'CREATED', changedFields: [], lead: { id: lead.id, name: lead.name, status: 'NEW' } });

    // A burst of updates, not waiting for events in between: they arrive in the order they committed.
    await update({ id: lead.id, status: 'QUALIFIED' });
    await update({ id: lead.id, name: `${lead.name} renamed`, company: 'Acme' });
    await update({ id: lead.id, tags: ['vip'] });
    await update({ id: lead.id, status: 'WON' });
    const updatesOf = () => feed.events().filter((e) => e.leadId === lead.id && e.kind === 'UPDATED');
    await feed.until(() => updatesOf().length === 4);
    const updates = updatesOf();
    // Naming a company earns profile score in the same commit: one event with both.
    expect(updates.map((e) => e.changedFields)).toEqual([['status'], ['name', 'company', 'score'], ['tags'], ['status']]);

    await gqlOk(t.url, DeleteLeadDocument, { input: { id: lead.id } }, { token: org.token });
    const deleted = await feed.until((e) => e.leadId === lead.id && e.kind === 'DELETED');
    expect(deleted).toMatchObject({ kind: 'DELETED', leadId: lead.id, lead: null, changedFields: [] });
    expect(feed.events().filter((e) => e.leadId === lead.id).map((e) => e.kind)).toEqual(['CREATED', 'UPDATED', 'UPDATED', 'UPDATED', 'UPDATED', 'DELETED']);
    const times = feed.events().filter((e) => e.leadId === lead.id).map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it('filters by kinds and by status', async () => {
    const deletions = feedOf(t, org.token, { kinds: ['DELETED'] });
    const qualified = feedOf(t, org.token, { status: ['QUALIFIED'] });
    await deletions.ready(createAndDelete);
    await qualified.ready(touchProbe());

    const lead = await create();
    await update({ id: lead.id, status: 'QUALIFIED' });
    await qualified.until((e) => e.leadId === lead.id);
    await update({ id: lead.id, tags: ['still-qualified'] });
    await qualified.until((e) => e.leadId === lead.id && e.changedFields[0] === 'tags');
    await update({ id: lead.id, status: 'LOST' });
    await gqlOk(t.url, DeleteLeadDocument, { input: { id: lead.id } }, { token: org.token });
    await deletions.until((e) => e.leadId === lead.id);

    // Sentinels: once each arrives, every earlier event has been either delivered or dropped.
    const sentinel = await create({ status: 'QUALIFIED' });
    await qualified.until((e) => e.leadId === sentinel.id);
    await gqlOk(t.url, DeleteLeadDocument, { input: { id: sentinel.id } }, { token: org.token });
    await deletions.until((e) => e.leadId === sentinel.id);

    expect(deletions.events().map((e) => [e.kind, e.leadId])).toEqual([['DELETED', lead.id], ['DELETED', sentinel.id]]);
    expect(qualified.events().map((e) => [e.kind, e.leadId, e.changedFields])).toEqual([
      ['UPDATED', lead.id, ['status']],
      ['UPDATED', lead.id, ['tags']],
      ['CREATED', sentinel.id, []],
    ]);
    expect(qualified.events().every((e) => e.lead?.status === 'QUALIFIED')).toBe(true);
  });

  it('publishes nothing for a mutation that rolls back (CONFLICT at commit)', async () => {
    const taken = await create({ email: `taken-${hex()}@example.com` });
    const other = await create({ email: `other-${hex()}@example.com` });
    await settleJobs(t); // their profile scoring is over before we listen
    const feed = feedOf(t, org.token);
    await feed.ready(touchProbe());

    // Each of these queues its event inside the transaction, then fails on the unique index.
    const duplicate = await gql(t.url, CreateLeadDocument, { input: { name: 'Duplicate', email: taken.email } }, { token: org.token });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const clash = await gql(t.url, UpdateLeadDocument, { input: { id: other.id, email: taken.email, status: 'WON' } }, { token: org.token });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect((await gqlOk(t.url, LeadDocument, { id: other.id }, { token: org.token })).lead.status).toBe('NEW');

    await update({ id: other.id, name: 'Sentinel' });
    await feed.until((e) => e.leadId === other.id);
    expect(feed.events().map((e) => [e.kind, e.leadId, e.changedFields])).toEqual([['UPDATED', other.id, ['name']]]);
  });

  it('a subscriber whose socket drops stops receiving; the organization\'s one pub/sub iterator is returned when the last one goes', async () => {
    const tenant = await createTenant(t);
    const probe = (await tenant.lead({ name: 'Drop probe' })).id;
    const iterators = trackIterators(t.app.pubsub);
    const redis = t.app.config.redisUrl ? new Redis(t.app.config.redisUrl) : undefined;
    const channel = `${t.app.config.redisKeyPrefix}:leadChanged:${tenant.organizationId}`;
    const subscribers = async () => Number(((await redis!.pubsub('NUMSUB', channel)) as [string, number])[1]);
    const fanOutSubscribers = () => t.app.fanOut.subscriberCount('leadChanged', tenant.organizationId);
    const openSockets = async () => (await t.app.metrics.openSockets.get()).values[0]?.value ?? 0;
    try {
      let socket: WebSocket | undefined;
      const dropping = wsClient(t.wsUrl, tenant.token);
      dropping.on('connected', (s) => (socket = s as WebSocket));
      disposers.push(() => dropping.dispose());
      const dropped = leadFeed(dropping);
      const kept = feedOf(t, tenant.token);
      await dropped.ready(touchProbe(t, tenant, probe));
      await kept.ready(touchProbe(t, tenant, probe));
      // Fan-out: one pub/sub subscription per organization and event, however many sockets listen.
      expect(iterators.open()).toBe(1);
      expect(fanOutSubscribers()).toBe(2);
      if (redis) expect(await subscribers()).toBe(1);
      const socketsBefore = await openSockets();

      // The network goes away: no close frame, the server only sees the TCP connection end.
      socket!.terminate();
      await waitFor(() => fanOutSubscribers() === 1, 'the dropped subscription to be returned');
      expect(iterators.open()).toBe(1);
      await waitFor(async () => (await openSockets()) <= socketsBefore - 1, 'the socket gauge to drop');

      const lead = (await gqlOk(t.url, CreateLeadDocument, { input: { name: 'After the drop' } }, { token: tenant.token })).createLead.lead;
      await kept.until((e) => e.leadId === lead.id);
      expect(dropped.sub.events.some((e) => e.data?.leadChanged.leadId === lead.id)).toBe(false);

      await Promise.all(disposers.splice(0).map((d) => d()));
      await waitFor(() => iterators.open() === 0, 'every subscription to be returned');
      expect(fanOutSubscribers()).toBe(0);
      expect(iterators.opened()).toBe(1);
      if (redis) await waitFor(async () => (await subscribers()) === 0, 'Redis to have no subscriber on the channel');
    } finally {
      iterators.restore();
      await redis?.quit();
    }
  });

  it('two API processes: in services mode a mutation on one reaches a subscriber on the other through Redis; embedded mode is one process and a second shares nothing', async () => {
    const mode = await testMode();
    const infra = await createTestInfra();
    const first = await startTestServer({}, infra);
    const second = await startTestServer({}, infra);
    try {
      const tenant = await createTenant(first);
      const lead = (await gqlOk(first.url, CreateLeadDocument, { input: { name: 'Shared probe' } }, { token: tenant.token })).createLead.lead;
      if (mode === 'services') {
        expect(first.infra.config.redisUrl).toBeDefined();
        // Subscribed on the second process, primed and driven by mutations on the first.
        const feed = feedOf(second, tenant.token);
        await feed.ready(touchProbe(first, tenant, lead.id));
        const next = (await gqlOk(first.url, CreateLeadDocument, { input: { name: 'Made on the first process', status: 'CONTACTED' } }, { token: tenant.token })).createLead.lead;
        const event = await feed.until((e) => e.leadId === next.id);
        expect(event).toMatchObject({ kind: 'CREATED', lead: { id: next.id, name: 'Made on the first process', status: 'CONTACTED' } });
        // And the other way round.
        const back = feedOf(first, tenant.token);
        await back.ready(touchProbe(second, tenant, lead.id));
        await gqlOk(second.url, UpdateLeadDocument, { input: { id: next.id, status: 'WON' } }, { token: tenant.token });
        expect(await back.until((e) => e.leadId === next.id)).toMatchObject({ kind: 'UPDATED', changedFields: ['status'], lead: { status: 'WON' } });
      } else {
        // No Redis: pub/sub and jobs are in-process, the database is this process's own.
        expect(infra.config.redisUrl).toBeUndefined();
        expect(first.app.redis).toBeUndefined();
        // The token is well signed, but its user does not exist in the second process's database.
        expect(codeOf(await gql(second.url, LeadDocument, { id: lead.id }, { token: tenant.token }))).toBe('UNAUTHENTICATED');
        const login = await gql(second.url, LoginDocument, { input: { email: tenant.ownerEmail, password: 'correct horse battery staple' } });
        expect(codeOf(login)).toBe('UNAUTHENTICATED');
        // Within the one process, an event fans out to every socket.
        const feeds = [feedOf(first, tenant.token), feedOf(first, tenant.token)];
        for (const feed of feeds) await feed.ready(touchProbe(first, tenant, lead.id));
        const next = (await gqlOk(first.url, CreateLeadDocument, { input: { name: 'Fan out' } }, { token: tenant.token })).createLead.lead;
        for (const feed of feeds) expect(await feed.until((e) => e.leadId === next.id)).toMatchObject({ kind: 'CREATED' });
        expect(await sqlRows(second, 'select id from lead where id = ?', [next.id])).toEqual([]);
      }
    } finally {
      await Promise.all(disposers.splice(0).map((d) => d()));
      await second.close();
      await first.close();
      await infra.dispose();
    }
  }, 60_000);
});

/**
 * Counts the iterators the app's pub/sub hands out and how many were
 * returned. It wraps the real object and calls straight through.
 */
function trackIterators(pubsub: PubSub) {
  const original = pubsub.subscribe.bind(pubsub);
  let opened = 0;
  let returned = 0;
  const spy = jest.spyOn(pubsub, 'subscribe').mockImplementation(((name: EventName, organizationId: string) => {
    const iterator = original(name, organizationId);
    opened++;
    const inner = iterator.return?.bind(iterator);
    let done = false;
    iterator.return = async (value?: unknown) => {
      if (!done) {
        done = true;
        returned++;
      }
      return inner ? inner(value) : { done: true, value: undefined };
    };
    return iterator;
  }) as PubSub['subscribe']);
  return { opened: () => opened, open: () => opened - returned, restore: () => spy.mockRestore() };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
