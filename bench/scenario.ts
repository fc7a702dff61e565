import type { BenchOptions } from './options';
import type { Measurement } from './load';

/**
 * What the runner knows about a benchmark. A scenario brings up whatever it
 * measures (the API, a baseline, seed data) on the scratch database it is
 * given, measures, tears down, and returns rows for the report. Add one by
 * writing `scenarios/<name>.scenario.ts` and listing it in run.ts.
 */
export interface Scenario {
  /** Short, kebab-case; BENCH_SCENARIOS selects by it. */
  name: string;
  /** One line for the report: what is being measured. */
  description: string;
  run(context: ScenarioContext): Promise<ScenarioResult>;
}

export interface ScenarioContext {
  options: BenchOptions;
  /** A database of the scenario's own, created empty and dropped by the runner afterwards. */
  databaseUrl: string;
  /** One more empty database for the scenario (e.g. a second API instance), dropped with the first — on Ctrl-C too. */
  scratchDatabase(): Promise<string>;
  /** Cleanup that must also happen on Ctrl-C, when the runner exits without unwinding `run`; returns a function that cancels it. */
  onInterrupt(cleanup: () => Promise<void>): () => void;
  /** Progress, for a person watching. */
  log(message: string): void;
}

/** One HTTP endpoint under load; every target of a scenario gets the same load, the same way. */
export interface HttpTarget {
  /** Row label in the report, e.g. "baseline" or "switchboard". */
  name: string;
  /** What answers: the stack behind the URL, in a few words. */
  description: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Path of a compiled module exporting `(body: string) => boolean`; run by the load generator on every response. */
  verifyBodyModule?: string;
}

/** A target's numbers over all measured rounds; each figure is the median over rounds. */
export interface TargetSummary {
  name: string;
  description: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Errors (timeouts included), non-2xx and body mismatches over the rounds. Any failure, in warm-up too, aborts the benchmark, so a reported result has 0. */
  failures: number;
  rounds: Measurement[];
}

export interface ScenarioResult {
  name: string;
  description: string;
  /** How the run was set up, printed under the table (e.g. what is off and why). */
  notes: string[];
  /** The load every target received. */
  load: { connections: number; durationSeconds: number; warmupSeconds: number; rounds: number };
  targets: TargetSummary[];
  ratios: Array<{ label: string; value: number }>;
  /** For rows that are not plain HTTP requests: what the rate and latency columns count, and the load line. Default: req/s, request latency, the `load` line. */
  presentation?: { rate: string; latency?: string; load: string };
}

/** A failure the benchmark explains in its message (no stack trace needed): missing PostgreSQL, failed requests, targets that disagree. */
export class BenchFailure extends Error {
  override readonly name = 'BenchFailure';
}
