import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../../src/app';
import { bindTenant } from '../../src/db/tenant-filter';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import { BenchFailure, type Scenario, type ScenarioContext, type ScenarioResult, type TargetSummary } from '../scenario';
import { startSwitchboard, type RunningSwitchboard } from '../switchboard';

/**
 * One importLeads of 1,000 new rows by one organization's API key, while a
 * second organization reads `leads(first: 5)` in a closed loop: the import's
 * wall time, and the other tenant's latency for requests started while it
 * runs. Embedded (PGlite, one session for every connection) and PostgreSQL.
 * Targets (issue 7): import ≤ 2 s embedded, ≤ 1 s on PostgreSQL; the other
 * tenant's p99 ≤ 500 ms during it.
 */
const ROWS = 1000;
const POOL_SIZE = 10;
/** The other tenant's clients, each with one request in flight at a time. */
const READERS = 4;
const OTHER_LEADS = 20;
const IMPORT = 'mutation BenchImport($input: ImportLeadsInput!) { importLeads(input: $input) { createdCount updatedCount failedCount } }';
const READ = 'query BenchOtherTenant { leads(first: 5) { edges { node { id name score } } } }';

const NAME = 'import';
const DESCRIPTION = `importLeads of ${ROWS} new rows, and another tenant's leads(first: 5) while it runs (${READERS} clients, closed loop)`;

interface Mode {
  name: string;
  databaseUrl: string | null;
  workers: boolean;
  description: string;
}

export const importScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const modes: Mode[] = [
      { name: 'embedded', databaseUrl: null, workers: false, description: 'PGlite in a fresh data directory (no DATABASE_URL), jobs queued but not run' },
      { name: 'postgresql', databaseUrl: context.databaseUrl, workers: false, description: 'PostgreSQL 127.0.0.1, jobs queued but not run' },
      { name: 'embedded+jobs', databaseUrl: null, workers: true, description: 'as `npm start`: PGlite, and the 1,000 score-new-lead jobs run in the API process as each chunk commits' },
    ];
    const targets: TargetSummary[] = [];
    const ratios: ScenarioResult['ratios'] = [];
    for (const mode of modes) {
      context.log(`${mode.name}: starting Switchboard and seeding two organizations`);
      const api = await startSwitchboard({ databaseUrl: mode.databaseUrl, poolSize: POOL_SIZE, workers: mode.workers });
      try {
        const [importer, reader] = [await seedOrganization(api.app, ['leads:read', 'leads:write'], 0), await seedOrganization(api.app, ['leads:read'], OTHER_LEADS)];
        await importRows(api, importer, 'warmup', 50);
        const rounds: Array<{ importMs: number; reads: number[] }> = [];
        for (let round = 1; round <= context.options.rounds; round++) {
          const measured = await importWhileReading(api, importer, reader, `r${round}`);
          context.log(`${mode.name} round ${round}: ${ROWS} rows in ${measured.importMs.toFixed(0)} ms; other tenant ${measured.reads.length} reads, p99 ${percentile(measured.reads, 99).toFixed(0)} ms`);
          rounds.push(measured);
          if (mode.workers) await settleJobs(api.app, context.log);
        }
        const importMs = median(rounds.map((r) => r.importMs));
        const readP99 = median(rounds.map((r) => percentile(r.reads, 99)));
        targets.push(importRow(mode, rounds), readRow(mode, rounds));
        ratios.push(
          { label: `${mode.name}: import seconds (target ≤ ${mode.databaseUrl ? 1 : 2})`, value: importMs / 1000 },
          { label: `${mode.name}: other tenant p99 ms during the import (target ≤ 500)`, value: readP99 },
        );
      } finally {
        await api.close();
      }
    }
    return {
      name: NAME,
      description: DESCRIPTION,
      notes: [
        `each round imports ${ROWS} rows that do not exist yet (name, email, externalId, company, tags), by API key; the import must answer createdCount ${ROWS}`,
        `the other tenant: ${READERS} clients, each sending leads(first: 5) by its own API key as soon as the previous answer arrives; only requests started while the import runs count`,
        'the clients run in the benchmark process, as the API does: a request waits for the event loop as well as for the database',
        `pool of ${POOL_SIZE} connections; NODE_ENV=production, LOG_LEVEL=silent, rate limits far above the load, no Redis`,
        'embedded+jobs waits for the job queue to drain between rounds; its import row is what a user of `npm start` waits for',
      ],
      load: { connections: READERS, durationSeconds: 0, warmupSeconds: 0, rounds: context.options.rounds },
      targets,
      ratios,
      presentation: {
        rate: 'rows|req per s',
        latency: 'import|request',
        load: `${context.options.rounds} rounds per mode, one import each (${ROWS} rows), ${READERS} reader clients of another organization during it; import rows: p50 = median, p99 = slowest round`,
      },
    };
  },
};

interface Seeded {
  organizationId: string;
  apiKey: string;
}

async function seedOrganization(app: App, scopes: string[], leads: number): Promise<Seeded> {
  const run = randomBytes(4).toString('hex');
  const { organization, owner } = await app.organizations.createWithOwner(app.orm.em.fork() as EntityManager, {
    name: `Bench import ${run}`,
    owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: `bench-${randomBytes(12).toString('hex')}` },
  });
  const scope = () => ({ em: bindTenant(app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER' as const, id: owner.id } });
  const { secret } = await app.apiKeys.create(scope(), 'bench import', scopes);
  for (let i = 0; i < leads; i++) await app.leads.create(scope(), { name: `Reader lead ${i}`, email: `reader-${i}-${run}@customer.example` });
  return { organizationId: organization.id, apiKey: secret };
}

async function post(api: RunningSwitchboard, apiKey: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }, body: JSON.stringify(body) });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
  if (response.status !== 200 || json.errors || !json.data) throw new BenchFailure(`request failed: ${response.status} ${text.slice(0, 500)}`);
  return json.data;
}

async function importRows(api: RunningSwitchboard, importer: Seeded, tag: string, count: number): Promise<void> {
  const leads = Array.from({ length: count }, (_, i) => ({
    name: `Imported ${tag} ${i}`,
    email: `imported-${tag}-${i}@customer.example`,
    externalId: `crm-${tag}-${i}`,
    company: `Company ${i % 97}`,
    tags: ['import', i % 2 ? 'b2b' : 'b2c'],
  }));
  const data = await post(api, importer.apiKey, { query: IMPORT, variables: { input: { leads } } });
  const result = data.importLeads as { createdCount: number; failedCount: number };
  if (result.createdCount !== count || result.failedCount !== 0) throw new BenchFailure(`import of ${count} rows answered ${JSON.stringify(result)}`);
}

async function importWhileReading(api: RunningSwitchboard, importer: Seeded, reader: Seeded, tag: string): Promise<{ importMs: number; reads: number[] }> {
  let importing = true;
  const reads: number[] = [];
  const readerLoop = async () => {
    while (importing) {
      const started = performance.now();
      const data = await post(api, reader.apiKey, { query: READ });
      if (((data.leads as { edges: unknown[] }).edges.length) !== 5) throw new BenchFailure(`the other tenant got ${JSON.stringify(data).slice(0, 200)}`);
      reads.push(performance.now() - started);
    }
  };
  const started = performance.now();
  const loops = Array.from({ length: READERS }, readerLoop);
  try {
    await importRows(api, importer, tag, ROWS);
  } finally {
    importing = false;
  }
  const importMs = performance.now() - started;
  await Promise.all(loops);
  return { importMs, reads };
}

/** Waits until the in-process queue has run every job the import enqueued. */
async function settleJobs(app: App, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  for (;;) {
    const c = await app.jobs.counts();
    if (c.waiting + c.active + c.delayed === 0) break;
    await sleep(100);
  }
  log(`  jobs drained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function measurement(rate: number, p50Ms: number, p99Ms: number, requests: number, seconds: number): Measurement {
  return { reqPerSec: rate, p50Ms, p99Ms, requests, durationSeconds: seconds, errors: 0, timeouts: 0, non2xx: 0, mismatches: 0, statusCodes: { 200: requests } };
}

function importRow(mode: Mode, rounds: Array<{ importMs: number }>): TargetSummary {
  const perRound = rounds.map((r) => measurement(ROWS / (r.importMs / 1000), r.importMs, r.importMs, 1, r.importMs / 1000));
  return {
    name: `${mode.name} import`,
    description: `${mode.description}; rate = rows/s`,
    reqPerSec: median(perRound.map((m) => m.reqPerSec)),
    p50Ms: median(rounds.map((r) => r.importMs)),
    p99Ms: Math.max(...rounds.map((r) => r.importMs)),
    failures: 0,
    rounds: perRound,
  };
}

function readRow(mode: Mode, rounds: Array<{ importMs: number; reads: number[] }>): TargetSummary {
  const perRound = rounds.map((r) => measurement(r.reads.length / (r.importMs / 1000), percentile(r.reads, 50), percentile(r.reads, 99), r.reads.length, r.importMs / 1000));
  return {
    name: `${mode.name} other tenant`,
    description: `leads(first: 5) of another organization while the ${mode.name} import runs; rate = req/s`,
    reqPerSec: median(perRound.map((m) => m.reqPerSec)),
    p50Ms: median(perRound.map((m) => m.p50Ms)),
    p99Ms: median(perRound.map((m) => m.p99Ms)),
    failures: 0,
    rounds: perRound,
  };
}
