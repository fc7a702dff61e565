import { createHash, timingSafeEqual } from 'node:crypto';
import type { App } from '../app';
import { deploymentChannels } from '../services/system-status.service';

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string }>;
  /** Breakers of outside dependencies: shown for operators, not part of readiness (the API degrades instead). */
  circuits: Array<{ name: string; state: string; configured: boolean; consecutiveFailures: number }>;
}

/** Database and, when configured, Redis must answer; a draining process is never ready. */
export async function readiness(app: App, draining: boolean): Promise<Readiness> {
  const checks: Readiness['checks'] = {};
  const probe = async (name: string, fn: () => Promise<unknown>) => {
    try {
      await withTimeout(fn(), 2000);
      checks[name] = { ok: true };
    } catch (err) {
      checks[name] = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
  await Promise.all([
    probe('database', () => app.orm.em.getConnection().execute('select 1')),
    ...(app.redis ? [probe('redis', () => app.redis!.ping())] : []),
    // A schedule Redis lost (escalation would silently stop): not ready until a worker re-asserts it.
    probe('jobs', async () => {
      const problems = await app.jobs.problems();
      if (problems.length) throw new Error(problems.join('; '));
    }),
  ]);
  if (draining) checks.shutdown = { ok: false, error: 'shutting down' };
  // Without the database we cannot tell whether any organization set up Slack: say not configured.
  const setUp = checks.database?.ok ? await withTimeout(deploymentChannels(app.orm.em.fork()), 2000).catch(() => ({ slack: false })) : { slack: false };
  const circuits = app.circuits.statuses(setUp).map(({ name, state, configured, consecutiveFailures }) => ({ name, state, configured, consecutiveFailures }));
  return { ready: Object.values(checks).every((c) => c.ok), checks, circuits };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * GET /metrics is open when METRICS_TOKEN is unset (a private network, or a
 * proxy that blocks the path); with it, only `Authorization: Bearer <token>`.
 */
export function metricsAllowed(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  // Compare digests: equal length, constant time, whatever was sent.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}
