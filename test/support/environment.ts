import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Client } from 'pg';
import { loadConfig, type Config } from '../../src/config';

/**
 * Which real parts a test run uses (see README "Tests"):
 *  - TEST_MODE=embedded: PGlite + in-process pub/sub and jobs.
 *  - TEST_MODE=services: PostgreSQL + Redis (TEST_DATABASE_URL / TEST_REDIS_URL,
 *    default 127.0.0.1); missing services FAIL the run, they are never skipped.
 *  - unset: services where both answer, embedded otherwise.
 */
export type TestMode = 'embedded' | 'services';

const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

let modePromise: Promise<TestMode> | undefined;

export function testMode(): Promise<TestMode> {
  modePromise ??= (async () => {
    const wanted = process.env.TEST_MODE;
    if (wanted === 'embedded') return 'embedded';
    const [pg, redis] = await Promise.all([reachable(PG_ADMIN_URL), reachable(REDIS_URL)]);
    if (wanted === 'services') {
      if (!pg || !redis) {
        throw new Error(`TEST_MODE=services but ${[!pg && `PostgreSQL (${PG_ADMIN_URL})`, !redis && `Redis (${REDIS_URL})`].filter(Boolean).join(' and ')} not reachable`);
      }
      return 'services';
    }
    if (wanted) throw new Error(`TEST_MODE must be embedded or services, not ${wanted}`);
    return pg && redis ? 'services' : 'embedded';
  })();
  return modePromise;
}

/** A throwaway database on the real server, dropped by the returned function. */
async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export interface TestInfra {
  mode: TestMode;
  config: Config;
  /** Tests run against an in-memory PGlite in embedded mode. */
  inMemoryDatabase: boolean;
  /** Another config on the same database and Redis (a second API process). */
  sibling(overrides?: NodeJS.ProcessEnv): Config;
  dispose(): Promise<void>;
}

export async function createTestInfra(env: NodeJS.ProcessEnv = {}): Promise<TestInfra> {
  const mode = await testMode();
  const scratch = mode === 'services' ? await createScratchDatabase() : undefined;
  const base: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    SEED_DEMO: 'false',
    DATA_DIR: `/tmp/switchboard-test-${process.pid}`,
    DATABASE_POOL_SIZE: '5',
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_API_KEY: '100000',
    RATE_LIMIT_PER_USER: '100000',
    SHUTDOWN_GRACE_MS: '2000',
    REDIS_KEY_PREFIX: `sbt${randomBytes(4).toString('hex')}`,
    ...(scratch ? { DATABASE_URL: scratch.url, REDIS_URL } : {}),
  };
  const make = (overrides: NodeJS.ProcessEnv = {}) => loadConfig({ ...base, ...env, ...overrides });
  return {
    mode,
    config: make(),
    inMemoryDatabase: !scratch,
    sibling: make,
    dispose: async () => scratch?.drop(),
  };
}
