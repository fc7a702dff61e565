import { fork, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTenant } from '../../src/db/tenant-filter';
import { BenchFailure, type Scenario, type ScenarioContext, type ScenarioResult } from '../scenario';
import { startSwitchboard } from '../switchboard';
import type { SubscribersReady, SubscribersSetup } from './subscribers.driver';

/**
 * Memory of idle subscribed sockets (issue 8: ≤ 20 KB each at 10,000): the
 * API's heap and RSS after a full GC, before and after 10,000 graphql-ws
 * sockets have each subscribed to leadChanged, divided by the sockets. The
 * clients live in a child process, so the server's figures hold only the
 * server's side.
 */
const NAME = 'socket-memory';
const DESCRIPTION = 'KB per idle subscribed graphql-ws socket (BENCH_IDLE_SOCKETS, default 10,000), after GC';

/** A full collection, with or without --expose-gc on the command line. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

async function settledMemory(gc: () => void) {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(100);
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, rss: m.rss };
}

/** The soft file limit this process (and its children) run with; the bench script raises it where allowed. */
function fileLimit(): number {
  const r = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const n = Number(r.stdout.trim());
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY; // "unlimited"
}

export const socketMemoryScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { log } = context;
    const SOCKETS = context.options.idleSockets;
    const limit = fileLimit();
    if (limit < SOCKETS + 1000) throw new BenchFailure(`the file limit is ${limit}; ${SOCKETS} sockets need ${SOCKETS + 1000} (run through \`npm run bench\`, which raises it, or \`ulimit -n\`)`);
    const gc = collector();
    const api = await startSwitchboard({ databaseUrl: context.databaseUrl, poolSize: 10, subscriptionsPerPrincipal: SOCKETS * 2 });
    try {
      const run = randomBytes(3).toString('hex');
      const { organization, owner } = await api.app.organizations.createWithOwner(api.app.orm.em.fork() as EntityManager, {
        name: `Bench sockets ${run}`,
        owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: `bench-${randomBytes(12).toString('hex')}` },
      });
      const scope = { em: bindTenant(api.app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER' as const, id: owner.id } };
      const apiKey = (await api.app.apiKeys.create(scope, 'bench sockets', ['leads:read'])).secret;
      // Warm the paths once (authentication cache, schema, validation) so the baseline is not the cold server.
      await openClients(api.wsUrl, apiKey, 20).then((c) => c.close());
      const before = await settledMemory(gc);
      log(`opening ${SOCKETS} subscribed sockets from a child process`);
      const clients = await openClients(api.wsUrl, apiKey, SOCKETS);
      try {
        const deadline = Date.now() + 60_000;
        while (api.app.fanOut.subscriberCount('leadChanged', organization.id) < SOCKETS) {
          if (Date.now() > deadline) throw new BenchFailure(`only ${api.app.fanOut.subscriberCount('leadChanged', organization.id)} of ${SOCKETS} subscriptions reached the fan-out`);
          await sleep(50);
        }
        await sleep(1000);
        const after = await settledMemory(gc);
        const kb = (bytes: number) => bytes / SOCKETS / 1024;
        const heapKb = kb(after.heap - before.heap);
        const rssKb = kb(after.rss - before.rss);
        const externalKb = kb(after.external - before.external);
        log(`heap +${heapKb.toFixed(1)} KB, external +${externalKb.toFixed(1)} KB, RSS +${rssKb.toFixed(1)} KB per socket`);
        const measurement = { reqPerSec: SOCKETS, p50Ms: 0, p99Ms: 0, requests: SOCKETS, durationSeconds: 0, errors: 0, timeouts: 0, non2xx: 0, mismatches: 0, statusCodes: {} };
        return {
          name: NAME,
          description: DESCRIPTION,
          notes: [
            'after a full GC (three passes) before and after; heap = V8 heapUsed, external = buffers outside the heap (sockets), RSS = the whole process',
            `${SOCKETS} sockets on one leads:read API key (WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL raised for the run), each subscribed to leadChanged and idle; clients in a child process`,
            'goal (issue 8): ≤ 20 KB per idle subscribed socket (heap + external; RSS also includes memory V8 and the allocator keep for reuse)',
          ],
          load: { connections: SOCKETS, durationSeconds: 0, warmupSeconds: 0, rounds: 1 },
          targets: [{ name: 'switchboard', description: 'the API, PostgreSQL, in-process pub/sub', reqPerSec: SOCKETS, p50Ms: 0, p99Ms: 0, failures: 0, rounds: [measurement] }],
          ratios: [
            { label: 'KB per socket, heap', value: heapKb },
            { label: 'KB per socket, external', value: externalKb },
            { label: 'KB per socket, heap + external (goal ≤ 20)', value: heapKb + externalKb },
            { label: 'KB per socket, RSS', value: rssKb },
          ],
          presentation: { rate: 'sockets', load: `${SOCKETS} idle subscribed sockets, one measurement` },
        };
      } finally {
        await clients.close();
      }
    } finally {
      await api.close();
    }
  },
};

/** `count` subscribed sockets held by a child process until `close`. */
async function openClients(wsUrl: string, apiKey: string, count: number): Promise<{ close(): Promise<void> }> {
  const child = fork(path.join(__dirname, 'subscribers.driver.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<SubscribersReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as SubscribersReady));
    child.once('exit', (code) => reject(new BenchFailure(`the subscriber process exited with ${code}`)));
    child.send({ wsUrl, apiKey, sockets: count, concurrency: 100 } satisfies SubscribersSetup);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  if (ready.opened !== count) {
    await close();
    throw new BenchFailure(`only ${ready.opened} of ${count} sockets subscribed: ${ready.failures.join('; ')}`);
  }
  return { close };
}
