import path from 'node:path';
import { z } from 'zod';
import { BenchFailure } from './scenario';

/**
 * The benchmark runner's settings, read once from BENCH_* variables. Like
 * src/config.ts: parse, freeze, and list every problem at once.
 */
export interface BenchOptions {
  /** BENCH_DATABASE_URL: a PostgreSQL role that may create and drop databases. Default postgres://postgres@127.0.0.1:5432/postgres. */
  readonly adminUrl: string;
  /** BENCH_DURATION_S: seconds per measured run. Default 10. */
  readonly durationSeconds: number;
  /** BENCH_ROUNDS: measured runs per target, alternating targets. Default 3. */
  readonly rounds: number;
  /** BENCH_WARMUP_S: seconds of unmeasured load per target before the rounds. Default 3. */
  readonly warmupSeconds: number;
  /** BENCH_CONNECTIONS: concurrent keep-alive connections. Default 32. */
  readonly connections: number;
  /** BENCH_REDIS_URL: the Redis the live-latency scenario's second API uses for pub/sub (keys under a random prefix, deleted afterwards). Default redis://127.0.0.1:6379. */
  readonly redisUrl: string;
  /** BENCH_LIVE_INTERVAL_MS: `min-max` ms between one live call's segments in live-latency, drawn uniformly. Default 1000-3000 (speech pace). */
  readonly liveIntervalMs: { readonly min: number; readonly max: number };
  /** BENCH_IDLE_SOCKETS: sockets the socket-memory scenario opens. Default 10000 (the issue's figure). */
  readonly idleSockets: number;
  /** BENCH_SCENARIOS: comma-separated scenario names to run. Default: all. */
  readonly scenarios: readonly string[] | null;
  /** Where the JSON results go: bench/results/latest.json in the repository. */
  readonly resultsFile: string;
}

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** `200-500` → { min: 200, max: 500 }. */
const msRange = (fallback: string) =>
  z
    .string()
    .regex(/^\d+-\d+$/, 'expected <min>-<max> in milliseconds, e.g. 200-500')
    .default(fallback)
    .transform((s) => {
      const [min, max] = s.split('-').map(Number) as [number, number];
      return { min, max };
    })
    .refine((r) => r.min >= 10 && r.min <= r.max && r.max <= 60_000, 'needs 10 ≤ min ≤ max ≤ 60000');

const schema = z.object({
  BENCH_DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  BENCH_DURATION_S: positiveInt(10, 600),
  BENCH_ROUNDS: positiveInt(3, 20),
  BENCH_WARMUP_S: positiveInt(3, 60),
  BENCH_CONNECTIONS: positiveInt(32, 1000),
  BENCH_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  BENCH_LIVE_INTERVAL_MS: msRange('1000-3000'),
  BENCH_SCENARIOS: z.string().optional(),
  BENCH_IDLE_SOCKETS: positiveInt(10_000, 50_000),
});

/** Repository root, whether running from bench/ or dist/bench/. */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export function loadBenchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new BenchFailure(`Invalid benchmark settings:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const scenarios = e.BENCH_SCENARIOS?.split(',').map((s) => s.trim()).filter(Boolean);
  return Object.freeze({
    adminUrl: e.BENCH_DATABASE_URL,
    durationSeconds: e.BENCH_DURATION_S,
    rounds: e.BENCH_ROUNDS,
    warmupSeconds: e.BENCH_WARMUP_S,
    connections: e.BENCH_CONNECTIONS,
    redisUrl: e.BENCH_REDIS_URL,
    liveIntervalMs: Object.freeze(e.BENCH_LIVE_INTERVAL_MS),
    idleSockets: e.BENCH_IDLE_SOCKETS,
    scenarios: scenarios?.length ? Object.freeze(scenarios) : null,
    resultsFile: path.join(ROOT, 'bench', 'results', 'latest.json'),
  });
}
