import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import { BenchFailure, type Scenario, type ScenarioContext, type ScenarioResult, type TargetSummary } from '../scenario';
import { startSwitchboard, type RunningSwitchboard } from '../switchboard';
import { startDriver } from '../worker-run';
import { bindTenant } from '../../src/db/tenant-filter';
import type { AwaitEvent, Deliveries, SubscribersReady, SubscribersSetup } from './subscribers.driver';

/**
 * One `leadChanged` event to 2,000 subscribed sockets of one organization
 * (issue 8): from just before the mutation is sent to each socket receiving
 * the event, p50/p99/max; how long the mutation's own answer took; and the
 * SQL statements the event cost beyond the mutation's own. Twice: on
 * PostgreSQL and embedded (PGlite), pub/sub in-process both times.
 */
const SOCKETS = 2000;
const NAME = 'fan-out';
const DESCRIPTION = `one leadChanged event to ${SOCKETS} subscribed graphql-ws sockets of one organization`;
const now = () => performance.timeOrigin + performance.now();

interface EventRound {
  delivery: number[];
  /** The same mutation with nobody subscribed. */
  aloneMs?: number;
  mutationMs: number;
  statements: number;
}

export const fanOutScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    const targets: TargetSummary[] = [];
    const ratios: ScenarioResult['ratios'] = [];
    const notes: string[] = [];
    for (const mode of [
      { name: 'postgresql', databaseUrl: context.databaseUrl as string | null },
      { name: 'embedded', databaseUrl: null },
    ]) {
      log(`${mode.name}: starting the API and opening ${SOCKETS} subscribed sockets`);
      const api = await startSwitchboard({ databaseUrl: mode.databaseUrl, poolSize: 10, subscriptionsPerPrincipal: SOCKETS * 2 });
      try {
        const rounds = await measureMode(api, options.rounds, log);
        const all = rounds.map((r) => r.delivery);
        const m = (pick: (r: EventRound) => number) => median(rounds.map(pick));
        const p = (q: number) => median(all.map((d) => percentile(d, q)));
        const max = median(all.map((d) => Math.max(...d)));
        targets.push({
          name: mode.name,
          description: `in-process pub/sub, ${mode.databaseUrl ? 'PostgreSQL pool of 10' : 'PGlite (embedded)'}`,
          reqPerSec: median(all.map((d) => d.length)),
          p50Ms: p(50),
          p99Ms: p(99),
          failures: 0,
          rounds: rounds.map((r) => asMeasurement(r)),
        });
        ratios.push({ label: `${mode.name}: delivery max ms`, value: max });
        ratios.push({ label: `${mode.name}: the mutation's own answer, ms`, value: m((r) => r.mutationMs) });
        ratios.push({ label: `${mode.name}: the same mutation with nobody subscribed, ms`, value: m((r) => r.aloneMs ?? Number.NaN) });
        ratios.push({ label: `${mode.name}: SQL statements per event beyond the mutation's own (goal ≤ 1)`, value: m((r) => r.statements) });
      } finally {
        await api.close();
      }
    }
    notes.push(
      `each round: one updateLead (tags) by API key over HTTP; ${SOCKETS} sockets (one leads:read key, raw graphql-transport-ws in a worker thread) subscribed to leadChanged { kind leadId lead { id name status score } }`,
      "statements: the process's db_queries_total over the round, minus the same mutation's count with no subscriber (measured first)",
      'goal (issue 8): p99 ≤ 100 ms, ≤ 1 statement per event per organization, the mutation never waits for fan-out',
    );
    return {
      name: NAME,
      description: DESCRIPTION,
      notes,
      load: { connections: SOCKETS, durationSeconds: 0, warmupSeconds: 0, rounds: options.rounds },
      targets,
      ratios,
      presentation: { rate: 'sockets reached', latency: 'delivery', load: `${SOCKETS} sockets, ${options.rounds} events per mode (one per round)` },
    };
  },
};

async function measureMode(api: RunningSwitchboard, roundCount: number, log: (message: string) => void): Promise<EventRound[]> {
  const { organizationId, readKey, writeKey, leadIds } = await seed(api, roundCount + 2);
  const statements = async () => (await api.app.metrics.dbQueries.get()).values[0]?.value ?? 0;
  const mutate = async (leadId: string) => {
    const started = now();
    const before = await statements();
    const body = (await post(api.url, writeKey, `mutation { updateLead(input: { id: "${leadId}", tags: ["t-${randomBytes(4).toString('hex')}"] }) { lead { id } } }`)) as { errors?: unknown };
    if (body.errors) throw new BenchFailure(`updateLead failed: ${JSON.stringify(body.errors)}`);
    return { started, answeredMs: now() - started, before };
  };
  // The mutation alone, twice (the first warms caches): what it costs with nobody listening.
  await mutate(leadIds[0]!);
  const alone = await mutate(leadIds[0]!);
  const own = (await statements()) - alone.before;
  log(`the mutation alone: ${alone.answeredMs.toFixed(1)} ms, ${own} statements`);

  const driver = startDriver<SubscribersSetup, AwaitEvent, SubscribersReady | Deliveries>(__dirname, 'subscribers.driver.js', { wsUrl: api.wsUrl, apiKey: readKey, sockets: SOCKETS, concurrency: 50 });
  try {
    const ready = (await driver.next()) as SubscribersReady;
    if (ready.opened !== SOCKETS) throw new BenchFailure(`only ${ready.opened} of ${SOCKETS} sockets subscribed: ${ready.failures.join('; ')}`);
    await until(() => api.app.fanOut.subscriberCount('leadChanged', organizationId) === SOCKETS, 30_000, 'every subscription to reach the fan-out');
    const rounds: EventRound[] = [];
    for (let round = 0; round <= roundCount; round++) {
      // A lead per round: the driver tells events apart by lead.
      const leadId = leadIds[round + 1]!;
      const m = await mutate(leadId);
      const got = (await driver.next({ leadId, timeoutMs: 30_000 })) as Deliveries;
      const spent = (await statements()) - m.before;
      if (got.atMs.length !== SOCKETS || got.unexpected) throw new BenchFailure(`${got.atMs.length} of ${SOCKETS} sockets received the event (${got.unexpected} unexpected messages)`);
      const delivery = got.atMs.map((at) => at - m.started);
      if (round === 0) continue; // warm-up: first event after subscribing
      rounds.push({ delivery, mutationMs: m.answeredMs, statements: spent - own });
      log(`round ${round}/${roundCount}: p50 ${percentile(delivery, 50).toFixed(1)} ms  p99 ${percentile(delivery, 99).toFixed(1)} ms  max ${Math.max(...delivery).toFixed(1)} ms  mutation ${m.answeredMs.toFixed(1)} ms  +${spent - own} statements`);
    }
    return rounds.map((r) => ({ ...r, aloneMs: alone.answeredMs }));
  } finally {
    await driver.close();
  }
}

/** An organization, a key that listens and one that writes, and the leads the rounds update. */
async function seed(api: RunningSwitchboard, leads: number) {
  const run = randomBytes(3).toString('hex');
  const { app } = api;
  const { organization, owner } = await app.organizations.createWithOwner(app.orm.em.fork() as EntityManager, {
    name: `Bench fan-out ${run}`,
    owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: `bench-${randomBytes(12).toString('hex')}` },
  });
  const scope = () => ({ em: bindTenant(app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER' as const, id: owner.id } });
  const readKey = (await app.apiKeys.create(scope(), 'bench subscribers', ['leads:read'])).secret;
  const writeKey = (await app.apiKeys.create(scope(), 'bench writer', ['leads:read', 'leads:write'])).secret;
  const leadIds: string[] = [];
  for (let i = 0; i < leads; i++) leadIds.push((await app.leads.create(scope(), { name: `Fan-out lead ${i}`, ownerId: owner.id })).id);
  return { organizationId: organization.id, readKey, writeKey, leadIds };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new BenchFailure(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function asMeasurement(r: EventRound): Measurement {
  return {
    reqPerSec: r.delivery.length,
    p50Ms: percentile(r.delivery, 50),
    p99Ms: percentile(r.delivery, 99),
    requests: r.delivery.length,
    durationSeconds: Math.max(...r.delivery) / 1000,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    mismatches: 0,
    statusCodes: {},
  };
}

/** One POST on a connection of its own (no keep-alive race between rounds). */
function post(url: string, apiKey: string, query: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}
