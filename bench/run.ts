import './production-mode';
import 'reflect-metadata';
import { loadBenchOptions, type BenchOptions } from './options';
import { formatMachine, formatScenario, machineInfo, writeResults } from './report';
import { BenchFailure, type Scenario, type ScenarioResult } from './scenario';
import { analyzerScenario } from './scenarios/analyzer.scenario';
import { anchorScenario } from './scenarios/anchor.scenario';
import { fanOutScenario } from './scenarios/fan-out.scenario';
import { socketMemoryScenario } from './scenarios/socket-memory.scenario';
import { importScenario } from './scenarios/import.scenario';
import { leadsListScenario } from './scenarios/leads-list.scenario';
import { liveLatencyScenario } from './scenarios/live-latency.scenario';
import { quotePdfScenario } from './scenarios/quote-pdf.scenario';
import { webhookIngestScenario } from './scenarios/webhook-ingest.scenario';
import { quoteDraftScenario } from './scenarios/quote-draft.scenario';
import { assertPostgres, createScratchDatabase, type ScratchDatabase } from './scratch-database';

/**
 * `npm run bench`: every scenario on a scratch PostgreSQL database of its
 * own, dropped afterwards — on failure and on Ctrl-C too. Settings: see
 * options.ts (BENCH_DURATION_S, BENCH_ROUNDS, BENCH_SCENARIOS …).
 */
const SCENARIOS: Scenario[] = [leadsListScenario, webhookIngestScenario, liveLatencyScenario, importScenario, analyzerScenario, anchorScenario, fanOutScenario, socketMemoryScenario, quotePdfScenario, quoteDraftScenario];

/** Scratch databases not yet dropped, for the signal handler. */
const live = new Set<ScratchDatabase>();
/** Other cleanups scenarios asked for on Ctrl-C (e.g. Redis keys), for the signal handler. */
const onInterrupt = new Set<() => Promise<void>>();

const log = (message: string) => console.log(`  · ${message}`);

async function runScenario(scenario: Scenario, options: BenchOptions): Promise<ScenarioResult> {
  const mine: ScratchDatabase[] = [];
  const scratchDatabase = async () => {
    const scratch = await createScratchDatabase(options.adminUrl);
    live.add(scratch);
    mine.push(scratch);
    return scratch;
  };
  try {
    const first = await scratchDatabase();
    console.log(`\n▶ ${scenario.name} (scratch database ${first.name})`);
    const another = async () => {
      const scratch = await scratchDatabase();
      log(`another scratch database: ${scratch.name}`);
      return scratch.url;
    };
    const whenInterrupted = (cleanup: () => Promise<void>) => {
      onInterrupt.add(cleanup);
      return () => void onInterrupt.delete(cleanup);
    };
    return await scenario.run({ options, databaseUrl: first.url, scratchDatabase: another, onInterrupt: whenInterrupted, log });
  } finally {
    for (const scratch of mine) {
      await scratch.drop();
      live.delete(scratch);
    }
  }
}

function select(options: BenchOptions): Scenario[] {
  if (!options.scenarios) return SCENARIOS;
  const unknown = options.scenarios.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new BenchFailure(`Unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return SCENARIOS.filter((s) => options.scenarios!.includes(s.name));
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const machine = machineInfo();
  const options = loadBenchOptions();
  const scenarios = select(options);
  await assertPostgres(options.adminUrl);
  console.log(formatMachine(machine));
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const result = await runScenario(scenario, options);
    results.push(result);
    console.log(`\n${formatScenario(result)}`);
  }
  writeResults(options.resultsFile, { startedAt, machine }, results);
  console.log(`\nResults written to ${options.resultsFile}`);
}

let stopping = false;

/**
 * Kept registered (not `once`): Apollo Server installs its own SIGINT/SIGTERM
 * handler that stops Apollo and re-raises the signal, which would kill the
 * process before the scratch databases are dropped if no listener remained.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: dropping ${live.size} scratch database(s), running ${onInterrupt.size} other cleanup(s) and stopping`);
  void Promise.allSettled([...[...live].map((db) => db.drop()), ...[...onInterrupt].map((cleanup) => cleanup())]).then((outcomes) => {
    for (const o of outcomes) if (o.status === 'rejected') console.error(`a cleanup failed: ${String(o.reason)}`);
    process.exit(130);
  });
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

main().then(
  // Servers and pools are closed by now; exit rather than wait on a stray timer in a library.
  () => {
    if (!stopping) process.exit(0);
  },
  (err: unknown) => {
    if (stopping) return; // the signal handler exits once the scratch databases are gone
    console.error(`\nBENCHMARK FAILED: ${err instanceof BenchFailure ? err.message : err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
