import { setTimeout as sleep } from 'node:timers/promises';
import { failuresOf, measure, probe, type Measurement } from './load';
import { BenchFailure, type HttpTarget, type TargetSummary } from './scenario';

export interface ComparePlan {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
}

/** Lets sockets of the previous run close before the next one starts. */
const SETTLE_MS = 500;

/**
 * Warms every target up, then measures them in alternating order (A B, B A,
 * A B …) so drift of the machine during the run — thermal, other work —
 * falls on all targets alike. Any failed request aborts the comparison.
 */
export async function compareTargets(targets: HttpTarget[], plan: ComparePlan, log: (message: string) => void): Promise<TargetSummary[]> {
  const runs = new Map<string, Measurement[]>(targets.map((t) => [t.name, []]));
  for (const target of targets) {
    log(`warm-up   ${target.name} (${plan.warmupSeconds} s)`);
    await checked(target, await measure(target, { connections: plan.connections, durationSeconds: plan.warmupSeconds }));
    await sleep(SETTLE_MS);
  }
  for (let round = 0; round < plan.rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const m = await checked(target, await measure(target, { connections: plan.connections, durationSeconds: plan.durationSeconds }));
      log(`round ${round + 1}/${plan.rounds} ${target.name.padEnd(12)} ${m.reqPerSec.toFixed(1)} req/s  p50 ${m.p50Ms.toFixed(1)} ms  p99 ${m.p99Ms.toFixed(1)} ms`);
      runs.get(target.name)!.push(m);
      await sleep(SETTLE_MS);
    }
  }
  return targets.map((t) => summarize(t, runs.get(t.name)!));
}

/** `numerator ÷ denominator` of median req/s, by target name. */
export function throughputRatio(summaries: TargetSummary[], numerator: string, denominator: string): number {
  const find = (name: string) => summaries.find((s) => s.name === name)?.reqPerSec ?? Number.NaN;
  return find(numerator) / find(denominator);
}

function summarize(target: HttpTarget, rounds: Measurement[]): TargetSummary {
  return {
    name: target.name,
    description: target.description,
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    failures: rounds.reduce((sum, r) => sum + failuresOf(r), 0),
    rounds,
  };
}

async function checked(target: HttpTarget, m: Measurement): Promise<Measurement> {
  if (failuresOf(m) === 0 && m.requests > 0) return m;
  const sample = await probe(target).then(
    (r) => `a request now answers ${r.status}: ${r.body.slice(0, 500)}`,
    (err: unknown) => `a request now fails: ${err instanceof Error ? err.message : String(err)}`,
  );
  throw new BenchFailure(
    `${target.name}: ${m.requests} responses in ${m.durationSeconds} s with ${m.errors} errors (${m.timeouts} timeouts), ` +
      `${m.non2xx} non-2xx, ${m.mismatches} bodies that failed verification; status codes ${JSON.stringify(m.statusCodes)}; ${sample}`,
  );
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (`p` in 0–100) of unsorted values; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
