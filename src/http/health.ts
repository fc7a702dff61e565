import type { App } from '../app';

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
  const circuits = app.circuits.statuses().map(({ name, state, configured, consecutiveFailures }) => ({ name, state, configured, consecutiveFailures }));
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
