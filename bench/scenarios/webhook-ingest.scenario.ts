import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { median, percentile, throughputRatio } from '../compare';
import type { Measurement } from '../load';
import { BenchFailure, type Scenario, type ScenarioContext, type ScenarioResult, type TargetSummary } from '../scenario';
import { startSwitchboard, type BenchTwilio } from '../switchboard';
import { benchTwilio, randomCallSid } from '../twilio-webhook';
import { runDriver } from '../worker-run';
import { CallOpener, seedCallCenter } from './calls.seed';
import type { IngestOutcome, IngestRun } from './webhook-ingest.driver';
import { BASELINE_TABLE, startWebhookBaseline } from './webhook-ingest.baseline';

/**
 * How fast live transcripts get in: signed real-time transcription webhooks,
 * one final segment each, on calls in progress. Switchboard (signature,
 * call lookup, row lock, idempotent insert, rolling live analysis, publish
 * after commit) against node:http + signature check + one plain insert.
 */
const NAME = 'webhook-ingest';
const DESCRIPTION = 'final transcript segments through signed POST /webhooks/twilio/transcription, one segment per request';
/** Live calls per run; never fewer than connections, so each call has at most one request in flight. */
const CALLS = 50;
const POOL_SIZE = 10;
const SETTLE_MS = 500;

interface IngestTarget {
  name: string;
  /** The most segments one call received in a measured run (Switchboard re-reads them all for each new one). */
  maxSegmentsPerCall?: number;
  description: string;
  origin: string;
  /** Calls that are live and have no segments yet, fresh for every run so rounds are alike. */
  openCalls(count: number): Promise<string[]>;
  /** After a run: every answered segment is stored (and, for Switchboard, folded into the live analysis). */
  verify(callSids: string[], answered: number): Promise<void>;
}

interface IngestPlan {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  calls: number;
}

export const webhookIngestScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    const twilio = benchTwilio();
    log('starting Switchboard in-process with Twilio configured, and the baseline');
    const api = await startSwitchboard({ databaseUrl: context.databaseUrl, poolSize: POOL_SIZE, twilio });
    const db = new Client({ connectionString: context.databaseUrl });
    try {
      await db.connect();
      const opener = new CallOpener(api, twilio, await seedCallCenter(api.app));
      const baseline = await startWebhookBaseline({ databaseUrl: context.databaseUrl, poolSize: POOL_SIZE, twilio });
      try {
        const targets: IngestTarget[] = [
          {
            name: 'baseline',
            description: 'node:http + the same signature check + one INSERT with pg',
            origin: baseline.origin,
            openCalls: async (count) => Array.from({ length: count }, () => randomCallSid()),
            verify: (sids, answered) => expectRows(db, `select count(*)::int as n from ${BASELINE_TABLE} where call_sid = any($1)`, sids, answered, 'baseline rows'),
          },
          {
            name: 'switchboard',
            description: 'the API: signed webhook → CallIngestService.appendSegments → live analysis → publish',
            origin: api.origin,
            openCalls: async (count) => (await opener.open(count)).map((c) => c.callSid),
            verify: (sids, answered) => verifySwitchboard(db, sids, answered),
          },
        ];
        const plan: IngestPlan = {
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          warmupSeconds: options.warmupSeconds,
          rounds: options.rounds,
          calls: Math.max(CALLS, options.connections),
        };
        const summaries = await measureAlternating(targets, plan, twilio, log);
        return {
          name: NAME,
          description: DESCRIPTION,
          notes: notes(plan, targets),
          load: { connections: plan.connections, durationSeconds: plan.durationSeconds, warmupSeconds: plan.warmupSeconds, rounds: plan.rounds },
          targets: summaries,
          ratios: [{ label: 'switchboard ÷ baseline segments/s', value: throughputRatio(summaries, 'switchboard', 'baseline') }],
          presentation: {
            rate: 'segments/s',
            load: `${plan.connections} connections over ${plan.calls} fresh live calls per run (one request in flight per call); ${plan.rounds} rounds × ${plan.durationSeconds} s per target, alternating, after ${plan.warmupSeconds} s warm-up each`,
          },
        };
      } finally {
        opener.close();
        await baseline.close();
      }
    } finally {
      await db.end().catch(() => undefined);
      await api.close();
    }
  },
};

/** Warm-up per target, then rounds in alternating order (A B, B A …) so drift falls on both alike. */
async function measureAlternating(targets: IngestTarget[], plan: IngestPlan, twilio: BenchTwilio, log: (m: string) => void): Promise<TargetSummary[]> {
  const runs = new Map<string, Measurement[]>(targets.map((t) => [t.name, []]));
  for (const target of targets) {
    log(`warm-up   ${target.name} (${plan.warmupSeconds} s)`);
    await measureOnce(target, plan, plan.warmupSeconds, twilio, false);
    await sleep(SETTLE_MS);
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const m = await measureOnce(target, plan, plan.durationSeconds, twilio, true);
      log(`round ${round + 1}/${plan.rounds} ${target.name.padEnd(12)} ${m.reqPerSec.toFixed(1)} segments/s  p50 ${m.p50Ms.toFixed(1)} ms  p99 ${m.p99Ms.toFixed(1)} ms`);
      runs.get(target.name)!.push(m);
      await sleep(SETTLE_MS);
    }
  }
  return targets.map((t) => summarize(t, runs.get(t.name)!));
}

async function measureOnce(target: IngestTarget, plan: IngestPlan, seconds: number, twilio: BenchTwilio, measured: boolean): Promise<Measurement> {
  const callSids = await target.openCalls(plan.calls);
  const run: IngestRun = { origin: target.origin, twilio, callSids, connections: plan.connections, durationMs: seconds * 1000 };
  const outcome = await runDriver<IngestRun, IngestOutcome>(__dirname, 'webhook-ingest.driver.js', run);
  if (outcome.failures || outcome.responses === 0) {
    throw new BenchFailure(`${target.name}: ${outcome.failures} failed webhook requests of ${outcome.responses}; status codes ${JSON.stringify(outcome.statusCodes)}; first: ${outcome.firstFailure ?? 'no answers at all'}`);
  }
  await target.verify(callSids, outcome.responses);
  if (measured) target.maxSegmentsPerCall = Math.max(target.maxSegmentsPerCall ?? 0, outcome.maxSequence);
  return {
    reqPerSec: outcome.responses / outcome.seconds,
    p50Ms: percentile(outcome.latenciesMs, 50),
    p99Ms: percentile(outcome.latenciesMs, 99),
    requests: outcome.responses,
    durationSeconds: outcome.seconds,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    mismatches: 0,
    statusCodes: outcome.statusCodes,
  };
}

function summarize(target: IngestTarget, rounds: Measurement[]): TargetSummary {
  return {
    name: target.name,
    description: target.description,
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    failures: 0, // any failure aborts the run
    rounds,
  };
}

/** A 200 that stored nothing (an unknown call is answered 200 and ignored) would inflate the figure: count the rows. */
async function verifySwitchboard(db: Client, callSids: string[], answered: number): Promise<void> {
  await expectRows(db, 'select count(*)::int as n from transcript_segment s join "call" c on c.id = s.call_id where c.twilio_call_sid = any($1) and s.is_final', callSids, answered, 'final transcript segments');
  await expectRows(
    db,
    'select coalesce(sum(a.segments_analyzed), 0)::int as n from call_analysis a join "call" c on c.id = a.call_id where c.twilio_call_sid = any($1)',
    callSids,
    answered,
    'segments in the live analyses',
  );
}

async function expectRows(db: Client, sql: string, callSids: string[], expected: number, what: string): Promise<void> {
  const { rows } = await db.query<{ n: number }>(sql, [callSids]);
  const found = rows[0]?.n ?? 0;
  if (found !== expected) throw new BenchFailure(`${expected} segments were answered 200, but the database has ${found} ${what} for those calls`);
}

function notes(plan: IngestPlan, targets: IngestTarget[]): string[] {
  const depth = targets.map((t) => `${t.name} ${t.maxSegmentsPerCall ?? 0}`).join(', ');
  return [
    'every request: a new (call, sequence) — a real insert, never a replay — with X-Twilio-Signature computed by the twilio SDK over PUBLIC_BASE_URL + path, sent to 127.0.0.1',
    `calls: ${plan.calls} fresh ones per run, opened through the signed voice (ringing) and status (in-progress) webhooks; most segments one call reached in a run: ${depth}`,
    'checked after every run: final segments stored and segments folded into the live analyses both equal the 200s received',
    `both targets: PostgreSQL pool of ${POOL_SIZE}, 127.0.0.1, same process (load generated in a worker thread); signatures signed in the worker, checked by both servers`,
    'switchboard: NODE_ENV=production, LOG_LEVEL=silent, in-process pub/sub (no REDIS_URL); per segment: call by CallSid, a transaction with the call row locked, transcript upsert, segment insert, all final segments re-read for the rolling analysis, analysis upsert, publish after commit',
    'baseline per segment: signature check and one INSERT … ON CONFLICT DO NOTHING, no transaction',
  ];
}
