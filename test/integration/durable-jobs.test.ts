/**
 * Jobs and side effects that must survive what happens around them (issue 7):
 * the outbox written with the data, the recovery sweep, final failures,
 * schedules Redis lost, and one process per embedded data directory. Fault
 * tests start their own redis-server on another port; the machine's Redis
 * is never touched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { createApp, type App } from '../../src/app';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { AlertSeverity } from '../../src/entities/alert.entity';
import { startServer, type RunningServer } from '../../src/http/server';
import { ManualClock } from '../../src/services/clock';
import { AlertDeliveriesDocument, AppendTranscriptSegmentsDocument, CallDocument, CreateLeadDocument, LeadsDocument, RecordCallEventDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTestInfra, testMode, type TestInfra } from '../support/environment';
import { createTenant, type Tenant } from '../support/factories';
import { raiseAlertIn } from '../support/isolation-alerts';
import { startOwnRedis } from '../support/own-services';
import { startTestServer, type TestServer } from '../support/server';
import { eventually } from '../support/eventually';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
let sidCounter = 0;
const sid = () => `CA${process.pid}x${Date.now().toString(36)}x${++sidCounter}`;


const sqlRows = (app: App, sql: string, params: unknown[] = []) => (app.orm.em.fork() as EntityManager).getConnection().execute(sql, params);

/** An operator command as a real process (src/cli.ts through the swc hook). */
function cli(args: string[], env: NodeJS.ProcessEnv) {
  return run(process.execPath, ['-r', path.join(ROOT, 'test/support/swc-register.cjs'), path.join(ROOT, 'src/cli.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** A completed call with a transcript, through the bridge: its analysis job is queued with the commit. */
async function completedCall(url: string, bridgeKey: string): Promise<string> {
  const callSid = sid();
  const from = `+1512555${String(1000 + (sidCounter % 9000)).padStart(4, '0')}`;
  const call = await gqlOk(url, RecordCallEventDocument, { input: { callSid, from, to: '+15125550400', direction: 'INBOUND', status: 'IN_PROGRESS' } }, { token: bridgeKey });
  await gqlOk(url, AppendTranscriptSegmentsDocument, { input: { callSid, segments: [{ sequence: 1, speaker: 'CUSTOMER', text: 'What would the inspection cost?', startMs: 0, endMs: 900, isFinal: true }] } }, { token: bridgeKey });
  await gqlOk(url, RecordCallEventDocument, { input: { callSid, status: 'COMPLETED' } }, { token: bridgeKey });
  return call.recordCallEvent.call.id;
}

describe('analysis lost for good', () => {
  let t: TestServer;
  let org: Tenant;
  let bridgeKey: string;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestServer({ ANALYSIS_DEADLINE_SECONDS: '5', ESCALATION_CHECK_SECONDS: '3600' }, undefined, { clock });
    org = await createTenant(t);
    bridgeKey = await org.apiKey(['bridge', 'calls:read']);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('analysis lost for good: a call left PENDING or RUNNING past its deadline is analyzed again by the recovery sweep', async () => {
    const callId = await completedCall(t.url, bridgeKey);
    await eventually('the first analysis', async () => (await gqlOk(t.url, CallDocument, { id: callId }, { token: bridgeKey })).call.analysisStatus === 'DONE');
    // What a worker killed mid-analysis leaves behind: RUNNING, and no job anywhere.
    await sqlRows(t.app, `update "call" set analysis_status = 'RUNNING', updated_at = ? where id = ?`, [clock.now(), callId]);
    await sleep(1500);
    expect((await gqlOk(t.url, CallDocument, { id: callId }, { token: bridgeKey })).call.analysisStatus).toBe('RUNNING'); // not before its deadline
    clock.advance(6000);
    await eventually('the sweep re-running it', async () => (await gqlOk(t.url, CallDocument, { id: callId }, { token: bridgeKey })).call.analysisStatus === 'DONE');
  });
});

describe('a job that will never run again', () => {
  let infra: TestInfra;
  let app: App;
  let server: RunningServer;
  beforeAll(async () => {
    infra = await createTestInfra({ ESCALATION_CHECK_SECONDS: '3600' });
    // Workers start only once the test has set the stage.
    app = await createApp(infra.config, { inMemoryDatabase: infra.inMemoryDatabase });
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await infra?.dispose();
  });

  it('analysis lost for good: a job killed on its last attempt is a final failure (not "willRetry"), and the call analysis becomes FAILED', async () => {
    const org = await createTenant({ app, url: server.url } as TestServer);
    const bridgeKey = await org.apiKey(['bridge', 'calls:read']);
    const callId = await completedCall(server.url, bridgeKey);
    if (infra.mode === 'embedded') {
      // The row a worker SIGKILLed during its last attempt leaves.
      await sqlRows(app, `update job set status = 'RUNNING', attempts = max_attempts, locked_by = 'worker-dead', locked_until = now() - interval '1 second' where name = 'analyze-call' and data->>'callId' = ?`, [callId]);
    } else {
      // What BullMQ's stalled checker writes on a job stalled more than the allowed times.
      const queue = new Queue('switchboard', { connection: { host: '127.0.0.1', port: Number(new URL(infra.config.redisUrl!).port || 6379) }, prefix: infra.config.redisKeyPrefix });
      try {
        const job = await eventually('the analysis job in Redis', async () => (await queue.getJobs(['waiting'])).find((j) => j.data.callId === callId));
        const redis = new Redis(infra.config.redisUrl!);
        await redis.hset(`${infra.config.redisKeyPrefix}:switchboard:${job.id}`, 'defa', 'job stalled more than allowable limit');
        redis.disconnect();
      } finally {
        await queue.close();
      }
    }
    app.startWorkers();
    await eventually('analysis FAILED', async () => (await gqlOk(server.url, CallDocument, { id: callId }, { token: bridgeKey })).call.analysisStatus === 'FAILED');
    const outcomes = (await app.metrics.jobsProcessed.get()).values.filter((v) => v.labels.name === 'analyze-call').map((v) => [v.labels.status, v.value]);
    expect(outcomes).toEqual([['failed', 1]]);
  });
});

describe('the transactional outbox', () => {
  it('a Redis outage makes createLead neither wait for Redis nor lose its events and jobs', async () => {
    const mode = await testMode();
    const redis = mode === 'services' ? await startOwnRedis() : undefined;
    const infra = await createTestInfra(redis ? { REDIS_URL: redis.url } : {});
    const t = await startTestServer({}, infra);
    try {
      const org = await createTenant(t);
      const scoreJobs = async (leadId: string) =>
        mode === 'embedded'
          ? (await sqlRows(t.app, `select count(*)::int as n from job where name = 'score-new-lead' and data->>'leadId' = ?`, [leadId]))[0]!.n
          : (await sqlRows(t.app, `select count(*)::int as n from outbox_message where kind = 'JOB' and payload->>'leadId' = ?`, [leadId]))[0]!.n;
      await redis?.stop();
      const started = Date.now();
      const created = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Outage Lead', email: `outage-${process.pid}@example.com`, company: 'Acme Roofing' } }, { token: org.token });
      expect(Date.now() - started).toBeLessThan(1500);
      const leadId = created.createLead.lead.id;
      // Written in the mutation's own transaction: there when the answer is.
      expect(await scoreJobs(leadId)).toBe(1);
      // A unit of work that rolls back leaves no side effect behind.
      const duplicate = await gql(t.url, CreateLeadDocument, { input: { name: 'Duplicate', email: `outage-${process.pid}@example.com` } }, { token: org.token });
      expect(codeOf(duplicate)).toBe('CONFLICT');
      if (mode === 'embedded') expect((await sqlRows(t.app, `select count(*)::int as n from job where name = 'score-new-lead'`))[0]!.n).toBe(1);

      await redis?.start();
      await eventually('the profile score job to have run', async () => (await sqlRows(t.app, `select count(*)::int as n from score_event where lead_id = ?`, [leadId]))[0]!.n > 0, 40_000);
      if (mode === 'services') await eventually('the outbox emptied', async () => (await sqlRows(t.app, `select count(*)::int as n from outbox_message`))[0]!.n === 0, 40_000);
    } finally {
      await t.close();
      await infra.dispose();
      await redis?.stop();
    }
  }, 90_000);
});

describe('job schedules', () => {
  it('escalation stops after Redis loses its data: the schedule is re-asserted, and readiness says it is missing meanwhile', async () => {
    const mode = await testMode();
    const redis = mode === 'services' ? await startOwnRedis() : undefined;
    const infra = await createTestInfra({ ESCALATION_CHECK_SECONDS: '3', ...(redis ? { REDIS_URL: redis.url } : {}) });
    const clock = new ManualClock(new Date());
    const t = await startTestServer({}, infra, { clock });
    const ready = async () => {
      const res = await fetch(t.url.replace('/graphql', '/readyz'));
      return { status: res.status, body: (await res.json()) as { checks: Record<string, { ok: boolean; error?: string }> } };
    };
    try {
      const org = await createTenant(t);
      await eventually('ready', async () => (await ready()).status === 200);
      if (redis) {
        await redis.flushAll();
        const missing = await ready();
        expect(missing.status).toBe(503);
        expect(missing.body.checks.jobs).toMatchObject({ ok: false, error: expect.stringContaining('escalation-check') });
        await eventually('the schedule back', async () => (await ready()).status === 200, 15_000);
      } else {
        // Embedded schedules are timers of the process itself: nothing to lose.
        expect((await ready()).body.checks.jobs).toEqual({ ok: true });
      }
      const alert = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL, title: 'Unanswered after the flush' });
      const level = async () => (await gqlOk(t.url, AlertDeliveriesDocument, { id: alert.alertId }, { token: org.token })).alert.escalationLevel;
      const before = await eventually('the alert', level);
      clock.advance(6 * 60_000);
      await eventually('an escalation', async () => (await level()) > before, 15_000);
    } finally {
      await t.close();
      await infra.dispose();
      await redis?.stop();
    }
  }, 60_000);
});

describe('one process per embedded data directory', () => {
  it('embedded mode: two processes open the same PGlite directory — the second is refused naming the pid, and apikey:create says what to do', async () => {
    const mode = await testMode();
    if (mode === 'embedded') {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-lock-'));
      try {
        const held = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite'), maxConnections: 2 });
        try {
          const refused = await cli(['apikey:create', '--name', 'while running'], { DATA_DIR: dataDir });
          expect(refused.code).toBe(1);
          expect(refused.stderr).toContain(`apikey:create cannot run while the server (pid ${process.pid})`);
          expect(refused.stderr).toContain('stop the server, or use the createApiKey mutation');
          expect(refused.stdout).not.toContain('sk_live_');
        } finally {
          await held.stop();
        }
        // A lock left by a process that died (SIGKILL) is stale: taken over.
        const dead = await run(process.execPath, ['-e', 'console.log(process.pid)']);
        writeFileSync(path.join(dataDir, 'pglite', 'switchboard.lock'), dead.stdout);
        const reopened = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite'), maxConnections: 2 });
        await reopened.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    } else {
      // With PostgreSQL nothing is locked: the command's key works on the running server at once.
      const t = await startTestServer();
      try {
        const org = await createTenant(t);
        const c = t.infra.config;
        const made = await cli(['apikey:create', '--org', org.organizationId, '--name', 'from the shell', '--scopes', 'leads:read'], {
          DATABASE_URL: c.databaseUrl,
          REDIS_URL: c.redisUrl,
          REDIS_KEY_PREFIX: c.redisKeyPrefix,
        });
        expect(made.code).toBe(0);
        const key = /Key \(shown once\): (sk_live_\S+)/.exec(made.stdout)![1]!;
        expect((await gqlOk(t.url, LeadsDocument, { first: 1 }, { token: key })).leads.totalCount).toBe(0);
      } finally {
        await t.close();
      }
    }
  }, 60_000);
});
