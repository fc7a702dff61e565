/**
 * Jobs across a crash (issue 7: "Embedded mode loses every queued job on
 * restart", "Analysis lost for good", "Prove it"): the API runs as a real
 * child process, is SIGKILLed while its analysis jobs wait on the AI
 * provider, and is started again on the same data (a DATA_DIR on disk in
 * embedded mode; the same PostgreSQL database and Redis prefix in services
 * mode). Every job must be done exactly once after the restart, and no
 * notification email may be sent twice (SMTP sink on 127.0.0.1, messages
 * told apart by their deterministic Message-ID).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { AlertDeliveriesDocument, AlertsDocument, AppendTranscriptSegmentsDocument, CallDocument, LoginDocument, RecordCallEventDocument, UpdateOrganizationSettingsDocument } from '../generated/graphql';
import { startFakeOpenAi, fakeReply, type FakeOpenAi } from '../fakes/fake-openai';
import { spawnApi, type ChildApi } from '../support/child-api';
import { gqlOk } from '../support/client';
import { createTestInfra, type TestInfra } from '../support/environment';

const ANALYZED_CALLS = 4; // the embedded worker runs 4 jobs at a time: all of them are mid-job at the kill
const FAILED_CALLS = 3;
const DEMO_LEADS = 3; // the demo organization's seeded leads (each scored by a job)
const hex = () => randomBytes(6).toString('hex');

let infra: TestInfra;
let openai: FakeOpenAi;
let smtp: { port: number; messages: Array<{ to: string[]; messageId: string }>; close(): Promise<void> };
let dataDir: string;
let api: ChildApi | undefined;

async function startSmtpSink(): Promise<typeof smtp> {
  const messages: Array<{ to: string[]; messageId: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '' });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

beforeAll(async () => {
  infra = await createTestInfra();
  [openai, smtp] = await Promise.all([startFakeOpenAi(), startSmtpSink()]);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-crash-'));
}, 60_000);
afterAll(async () => {
  await api?.kill();
  await Promise.all([openai?.close(), smtp?.close()]);
  await infra?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The child's environment: this run's database and Redis (services) or a data directory on disk (embedded). */
function childEnv(): NodeJS.ProcessEnv {
  const c = infra.config;
  return {
    DATA_DIR: dataDir,
    ...(c.databaseUrl ? { DATABASE_URL: c.databaseUrl, REDIS_URL: c.redisUrl, REDIS_KEY_PREFIX: c.redisKeyPrefix } : {}),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    SEED_DEMO: 'true',
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_API_KEY: '100000',
    SHUTDOWN_GRACE_MS: '2000',
    ESCALATION_CHECK_SECONDS: '3600',
    OPENAI_API_KEY: openai.apiKey,
    OPENAI_BASE_URL: `${openai.url}/v1`,
    // Long enough that an analysis waits on the provider until the kill; the circuit must not fall back meanwhile.
    OPENAI_TIMEOUT_MS: '120000',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  };
}

async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the API said:\n${api?.output().slice(-3000)}`);
    await sleep(200);
  }
}

/** Ground truth after the last stop: the job table (embedded) or the database the child used (services). */
async function sql<T>(query: string): Promise<T[]> {
  if (infra.config.databaseUrl) {
    const client = new Client({ connectionString: infra.config.databaseUrl });
    await client.connect();
    try {
      return (await client.query(query)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
  try {
    return (await db.query<T>(query)).rows;
  } finally {
    await db.close();
  }
}

describe('a crash mid-job (SIGKILL) and a restart', () => {
  it('embedded mode loses every queued job on restart: after a SIGKILL mid-analysis every job is done exactly once, no email twice', async () => {
    // Each final analysis hangs on the provider until the process is killed.
    openai.script(...Array.from({ length: ANALYZED_CALLS }, () => fakeReply.hang()));
    api = await spawnApi(childEnv(), { expectDemo: true });
    const demo = api.demo!;
    const token = (await gqlOk(api.url, LoginDocument, { input: { email: demo.email, password: demo.password } })).login.token;
    await gqlOk(api.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { routing: { critical: ['SMS', 'EMAIL', 'SLACK'], high: ['EMAIL', 'SLACK'], medium: ['EMAIL'], low: [] } } } }, { token });

    // First (the hanging analyses below take every worker slot): failed calls raise CALL_FAILED (MEDIUM, routed to email above): one email each to the owner.
    for (let i = 0; i < FAILED_CALLS; i++) {
      const callSid = `CA${hex()}`;
      await gqlOk(api.url, RecordCallEventDocument, { input: { callSid, from: `+1512555${String(7200 + i)}`, to: '+15125550400', direction: 'INBOUND', status: 'FAILED' } }, { token: demo.apiKey });
    }
    const alertIds = await eventually(
      'the CALL_FAILED alerts with their emails SENT',
      async () => {
        const alerts = (await gqlOk(api!.url, AlertsDocument, { filter: { type: ['CALL_FAILED'] }, first: 10 }, { token })).alerts.edges.map((e) => e.node.id);
        if (alerts.length !== FAILED_CALLS) return null;
        for (const id of alerts) {
          const deliveries = (await gqlOk(api!.url, AlertDeliveriesDocument, { id }, { token })).alert.deliveries;
          if (!deliveries.length || deliveries.some((d) => d.status !== 'SENT')) return null;
        }
        return alerts;
      },
      30_000,
    );
    const callIds: string[] = [];
    for (let i = 0; i < ANALYZED_CALLS; i++) {
      const callSid = `CA${hex()}`;
      const call = await gqlOk(api.url, RecordCallEventDocument, { input: { callSid, from: `+1512555${String(7100 + i)}`, to: '+15125550400', direction: 'INBOUND', status: 'IN_PROGRESS' } }, { token: demo.apiKey });
      await gqlOk(api.url, AppendTranscriptSegmentsDocument, { input: { callSid, segments: [{ sequence: 1, speaker: 'CUSTOMER', text: 'How much would a new roof cost?', startMs: 0, endMs: 900, isFinal: true }] } }, { token: demo.apiKey });
      await gqlOk(api.url, RecordCallEventDocument, { input: { callSid, status: 'COMPLETED' } }, { token: demo.apiKey });
      callIds.push(call.recordCallEvent.call.id);
    }
    await eventually('every analysis waiting on the provider', async () => openai.requests.filter((r) => r.path.endsWith('/chat/completions')).length === ANALYZED_CALLS, 30_000);

    await api.kill();
    api = await spawnApi(childEnv());

    const analyzed = await eventually(
      'every analysis DONE after the restart',
      async () => {
        const calls = await Promise.all(callIds.map(async (id) => (await gqlOk(api!.url, CallDocument, { id }, { token: demo.apiKey })).call));
        return calls.every((c) => c.analysisStatus === 'DONE') && calls;
      },
      // Services mode: BullMQ takes a killed worker's jobs back when their lock expires (30 s).
      90_000,
    );
    expect(analyzed.map((c) => c.analysis?.kind)).toEqual(callIds.map(() => 'FINAL'));
    for (const id of alertIds) {
      const deliveries = (await gqlOk(api.url, AlertDeliveriesDocument, { id }, { token })).alert.deliveries;
      expect(deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([['EMAIL', 'SENT', 1]]);
    }
    expect(await api.stop()).toBe(0);
    api = undefined;

    // Exactly once: one email per delivery (no Message-ID twice), one completed provider answer and one usage row per call.
    const ids = smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(FAILED_CALLS);
    expect(new Set(ids).size).toBe(FAILED_CALLS);
    expect(ids.every((id) => /^<delivery-[0-9a-f-]{36}@switchboard>$/.test(id))).toBe(true);
    expect(openai.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(2 * ANALYZED_CALLS);
    const usage = await sql<{ subject_id: string; n: string }>(`select subject_id, count(*) as n from ai_usage group by subject_id`);
    expect(usage.map((u) => [u.subject_id, Number(u.n)]).sort()).toEqual(callIds.map((id) => [id, 1]).sort());
    if (!infra.config.databaseUrl) {
      const jobs = await sql<{ name: string; status: string; n: string }>(`select name, status, count(*) as n from job where name <> 'recover-analysis' group by 1, 2 order by 1, 2`);
      expect(jobs.map((j) => [j.name, j.status, Number(j.n)])).toEqual([
          ['analyze-call', 'COMPLETED', ANALYZED_CALLS],
          ['deliver-notification', 'COMPLETED', FAILED_CALLS],
          ['notify-alert', 'COMPLETED', FAILED_CALLS],
          ['score-new-lead', 'COMPLETED', DEMO_LEADS + ANALYZED_CALLS + FAILED_CALLS],
        ]);
    }
  }, 240_000);
});
