import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { startServer } from '../src/http/server';

/** The real Switchboard API, started in this process as production would run it. */
export interface RunningSwitchboard {
  app: App;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  close(): Promise<void>;
}

export interface SwitchboardOptions {
  databaseUrl: string;
  /** DATABASE_POOL_SIZE; the baseline gets the same. */
  poolSize: number;
}

/**
 * Built from an explicit environment, never from process.env: a developer's
 * REDIS_URL or LOG_LEVEL must not change what is measured. Without REDIS_URL
 * pub/sub, jobs and rate limits are in-process. Rate limits are set far
 * above what a run sends; background workers are off (a read-only query
 * enqueues nothing, and seed jobs must not rewrite scores mid-run).
 */
export async function startSwitchboard(options: SwitchboardOptions): Promise<RunningSwitchboard> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(36).toString('base64url'),
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    DATA_DIR: path.join(os.tmpdir(), `switchboard-bench-${process.pid}`),
    RATE_LIMIT_PER_IP: '10000000',
    RATE_LIMIT_PER_API_KEY: '10000000',
    SHUTDOWN_GRACE_MS: '2000',
  });
  const app = await createApp(config);
  try {
    const server = await startServer(app, { port: 0, host: '127.0.0.1' });
    return {
      app,
      url: server.url,
      async close() {
        await server.close();
        await app.close();
      },
    };
  } catch (err) {
    await app.close();
    throw err;
  }
}
