import autocannon from 'autocannon';
import type { HttpTarget } from './scenario';

/** One autocannon run against one target. Latencies in milliseconds. */
export interface Measurement {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  durationSeconds: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Already counted in `errors`. */
  timeouts: number;
  non2xx: number;
  /** Responses the target's verifyBody module rejected (e.g. a 200 carrying GraphQL errors). */
  mismatches: number;
  statusCodes: Record<string, number>;
}

export interface LoadShape {
  connections: number;
  durationSeconds: number;
}

/**
 * The load runs in a worker thread, so it never shares an event loop with
 * servers started in this process (it still shares the machine's cores).
 */
export async function measure(target: HttpTarget, shape: LoadShape): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections: shape.connections,
    duration: shape.durationSeconds,
    timeout: 10,
    workers: 1,
    verifyBody: target.verifyBodyModule,
    title: target.name,
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    reqPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    durationSeconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    statusCodes,
  };
}

export function failuresOf(m: Measurement): number {
  return m.errors + m.non2xx + m.mismatches;
}

/** One request outside the load, to show what a failing target actually answers. */
export async function probe(target: HttpTarget): Promise<{ status: number; body: string }> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}
