import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { redactUrl } from '../../src/config';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import { BenchFailure, type Scenario, type ScenarioContext, type ScenarioResult, type TargetSummary } from '../scenario';
import { startSwitchboard, type BenchTwilio, type RunningSwitchboard } from '../switchboard';
import { benchTwilio } from '../twilio-webhook';
import { startDriver, type DriverSession } from '../worker-run';
import { CallOpener, seedCallCenter } from './calls.seed';
import type { LiveCommand, LiveOutcome, LiveReady, LiveSetup } from './live-latency.driver';

/**
 * What a dashboard waits for: from a transcript segment's webhook POST to
 * the updated live analysis arriving over graphql-ws, with many calls live
 * at once. Twice: pub/sub in-process (one API process) and through Redis
 * (what several API processes use), each API on its own scratch database.
 */
const NAME = 'live-latency';
const DESCRIPTION = 'signed transcription POST → liveCallAnalysis event at a graphql-ws subscriber, many live calls streaming at once';
const CALLS = 50;
const POOL_SIZE = 10;
const SETTLE_MS = 500;

/** One API, its live calls and their subscribers (a driver session); the calls go on from run to run. */
interface Mode {
  name: 'in-process' | 'redis';
  description: string;
  api: RunningSwitchboard;
  driver?: DriverSession<LiveCommand, LiveReady | LiveOutcome>;
  totals: { sent: number; received: number; handshakes: number; answeredMs: number[]; maxMs: number };
}

interface LivePlan {
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  intervalMs: { min: number; max: number };
}

export const liveLatencyScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    await assertRedis(options.redisUrl);
    const twilio = benchTwilio();
    const keyPrefix = `sbbench${randomBytes(4).toString('hex')}`;
    const forgetCleanup = context.onInterrupt(() => deleteKeys(options.redisUrl, keyPrefix));
    const modes: Mode[] = [];
    try {
      log(`in-process pub/sub: starting Switchboard, seeding, opening ${CALLS} calls`);
      modes.push(await startMode('in-process', 'pub/sub in the API process (no REDIS_URL)', context.databaseUrl, twilio, undefined));
      log(`Redis pub/sub: starting a second Switchboard (REDIS_URL ${redactUrl(options.redisUrl)}, key prefix ${keyPrefix}), seeding, opening ${CALLS} calls`);
      modes.push(await startMode('redis', `pub/sub through Redis (REDIS_URL, prefix ${keyPrefix})`, await context.scratchDatabase(), twilio, { url: options.redisUrl, keyPrefix }));
      const plan: LivePlan = { durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, rounds: options.rounds, intervalMs: options.liveIntervalMs };
      const summaries = await measureAlternating(modes, plan, log);
      const { min, max } = plan.intervalMs;
      const offered = (CALLS * 2000) / (min + max);
      return {
        name: NAME,
        description: DESCRIPTION,
        notes: notes(modes),
        load: { connections: CALLS, durationSeconds: plan.durationSeconds, warmupSeconds: plan.warmupSeconds, rounds: plan.rounds },
        targets: summaries,
        ratios: [
          { label: 'redis ÷ in-process POST→event p50', value: ratio(summaries, (s) => s.p50Ms) },
          { label: 'redis ÷ in-process POST→event p99', value: ratio(summaries, (s) => s.p99Ms) },
        ],
        presentation: {
          rate: 'segments/s',
          latency: 'POST→event',
          load:
            `${CALLS} live calls at once, each posting a segment every ${min}–${max} ms (~${offered.toFixed(0)} segments/s offered) and watched by its own graphql-ws subscriber; ` +
            `${plan.rounds} rounds × ${plan.durationSeconds} s per mode, alternating, after ${plan.warmupSeconds} s warm-up each`,
        },
      };
    } finally {
      for (const mode of modes) {
        await mode.driver?.close();
        await mode.api.close();
      }
      forgetCleanup();
      await deleteKeys(options.redisUrl, keyPrefix).catch((err: unknown) => log(`could not delete Redis keys ${keyPrefix}:*: ${String(err)}`));
    }
  },
};

/** Starts an API, opens its calls, and connects a subscriber to each (in a driver thread kept for the whole scenario). */
async function startMode(name: Mode['name'], description: string, databaseUrl: string, twilio: BenchTwilio, redis: { url: string; keyPrefix: string } | undefined): Promise<Mode> {
  const api = await startSwitchboard({ databaseUrl, poolSize: POOL_SIZE, twilio, redis });
  const mode: Mode = { name, description, api, totals: { sent: 0, received: 0, handshakes: 0, answeredMs: [], maxMs: 0 } };
  try {
    const center = await seedCallCenter(api.app);
    const opener = new CallOpener(api, twilio, center);
    const calls = await opener.open(CALLS).finally(() => opener.close());
    const setup: LiveSetup = { origin: api.origin, wsUrl: api.wsUrl, apiKey: center.apiKey, twilio, calls };
    mode.driver = startDriver<LiveSetup, LiveCommand, LiveReady | LiveOutcome>(__dirname, 'live-latency.driver.js', setup);
    const ready = await mode.driver.next();
    if (ready.kind !== 'ready') throw new BenchFailure(`${name}: the live driver answered ${ready.kind} before it was ready`);
    if (ready.failureCount) throw new BenchFailure(`${name}: ${ready.failureCount} subscribers failed to start:\n    ${ready.failures.join('\n    ')}`);
    mode.totals.handshakes = ready.handshakeSegments;
    return mode;
  } catch (err) {
    await mode.driver?.close();
    await api.close();
    throw err;
  }
}

/** Warm-up per mode, then rounds in alternating order (A B, B A …) so drift falls on both alike. */
async function measureAlternating(modes: Mode[], plan: LivePlan, log: (m: string) => void): Promise<TargetSummary[]> {
  const runs = new Map<string, Measurement[]>(modes.map((m) => [m.name, []]));
  for (const mode of modes) {
    log(`warm-up   ${mode.name} (${plan.warmupSeconds} s)`);
    await measureOnce(mode, plan, plan.warmupSeconds, 0, false);
    await sleep(SETTLE_MS);
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (const mode of round % 2 === 0 ? modes : [...modes].reverse()) {
      const m = await measureOnce(mode, plan, plan.durationSeconds, round + 1, true);
      log(`round ${round + 1}/${plan.rounds} ${mode.name.padEnd(10)} ${m.requests} of ${m.requests} events  p50 ${m.p50Ms.toFixed(1)} ms  p99 ${m.p99Ms.toFixed(1)} ms`);
      runs.get(mode.name)!.push(m);
      await sleep(SETTLE_MS);
    }
  }
  return modes.map((mode) => {
    const rounds = runs.get(mode.name)!;
    return {
      name: mode.name,
      description: mode.description,
      reqPerSec: median(rounds.map((r) => r.reqPerSec)),
      p50Ms: median(rounds.map((r) => r.p50Ms)),
      p99Ms: median(rounds.map((r) => r.p99Ms)),
      failures: 0, // any failure or missing event aborts the run
      rounds,
    };
  });
}

/** One streaming run in a worker thread; every segment posted must be answered 200 and arrive at its subscriber exactly once. */
async function measureOnce(mode: Mode, plan: LivePlan, seconds: number, seed: number, measured: boolean): Promise<Measurement> {
  const outcome = await mode.driver!.next({ durationMs: seconds * 1000, intervalMs: plan.intervalMs, seed });
  if (outcome.kind !== 'outcome') throw new BenchFailure(`${mode.name}: the live driver answered ${outcome.kind} to a stream command`);
  if (outcome.failureCount || outcome.missing || outcome.unexpected || outcome.received !== outcome.sent || outcome.sent === 0) {
    throw new BenchFailure(
      `${mode.name}: ${outcome.sent} segments posted, ${outcome.received} events received, ${outcome.missing} missing after 5 s, ${outcome.unexpected} unexpected, ` +
        `${outcome.failureCount} failures${outcome.failures.length ? `:\n    ${outcome.failures.join('\n    ')}` : ''}`,
    );
  }
  if (measured) {
    mode.totals.sent += outcome.sent;
    mode.totals.received += outcome.received;
    mode.totals.answeredMs.push(...outcome.answeredMs);
    mode.totals.maxMs = Math.max(mode.totals.maxMs, ...outcome.latenciesMs);
  }
  return {
    reqPerSec: outcome.sent / outcome.seconds,
    p50Ms: percentile(outcome.latenciesMs, 50),
    p99Ms: percentile(outcome.latenciesMs, 99),
    requests: outcome.sent,
    durationSeconds: outcome.seconds,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    mismatches: 0,
    statusCodes: { '200': outcome.sent },
  };
}

function ratio(summaries: TargetSummary[], figure: (s: TargetSummary) => number): number {
  const of = (name: string) => summaries.find((s) => s.name === name);
  return figure(of('redis')!) / figure(of('in-process')!);
}

/** Twilio wants webhook answers within this (issue 3: "Webhooks answer within a second"); slower means the pace saturates the API. */
const ANSWER_BUDGET_MS = 1000;

function notes(modes: Mode[]): string[] {
  return [
    ...modes.map((m) => {
      const answeredP99 = percentile(m.totals.answeredMs, 99);
      const saturated = answeredP99 > ANSWER_BUDGET_MS ? ` — OVER the ${ANSWER_BUDGET_MS} ms a webhook may take: this pace saturates the API, the latencies are mostly queueing` : '';
      return (
        `${m.name}: ${m.totals.received} of ${m.totals.sent} segments delivered over the measured rounds, each once, to the right subscriber (max ${m.totals.maxMs.toFixed(1)} ms); ` +
        `webhook answered p50 ${percentile(m.totals.answeredMs, 50).toFixed(1)} ms, p99 ${answeredP99.toFixed(1)} ms${saturated}; ${m.totals.handshakes} handshake segments not measured`
      );
    }),
    'latency: from just before the signed POST /webhooks/twilio/transcription to the subscriber receiving the event for that sequence, both in one worker thread (one clock); the API publishes after commit, before it answers the POST',
    'subscribers: one per call over its own WebSocket (API key with calls:read in connection_init), the LiveCallAnalysis document of test/operations/calls.graphql (event, stored segment, updated analysis); connected once per mode and kept for all runs, each confirmed by a handshake segment before the warm-up',
    `calls: opened through the signed voice and status webhooks before the warm-up and kept live throughout, so sequences continue from run to run; the API process enriches each event for all ${CALLS} subscribers of the organization and drops those for other calls`,
    `both: NODE_ENV=production, LOG_LEVEL=silent, PostgreSQL pool of ${POOL_SIZE}, 127.0.0.1, each API on its own scratch database; the redis mode's Redis keys are deleted afterwards`,
  ];
}

/** Fails with a message that says what is missing and how to point the benchmark elsewhere. */
async function assertRedis(url: string): Promise<void> {
  try {
    await withRedis(url, (redis) => redis.ping());
  } catch (err) {
    throw new BenchFailure(
      `The live-latency scenario needs Redis for its second run, and ${redactUrl(url)} did not answer: ${err instanceof Error ? err.message : String(err)}\n` +
        '  Start Redis, set BENCH_REDIS_URL, or leave the scenario out with BENCH_SCENARIOS.',
    );
  }
}

/** The Redis mode's queue and rate-limit keys, all under its random prefix. */
async function deleteKeys(url: string, prefix: string): Promise<void> {
  await withRedis(url, async (redis) => {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length) await redis.del(...keys);
    }
  });
}

async function withRedis<T>(url: string, work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  let lastError: Error | undefined;
  redis.on('error', (err: Error) => (lastError = err)); // reported through the failing command instead
  await redis.connect().catch((err: unknown) => {
    throw lastError ?? err;
  });
  try {
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}
