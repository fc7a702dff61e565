import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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
  /** http://127.0.0.1:<port>, where the Twilio webhooks are (/webhooks/twilio/…). */
  origin: string;
  /** ws://127.0.0.1:<port>/graphql, for graphql-ws subscribers. */
  wsUrl: string;
  close(): Promise<void>;
}

/** Twilio as the benchmark plays it: the account webhooks are signed for and the public URL they are signed over. */
export interface BenchTwilio {
  accountSid: string;
  authToken: string;
  /** PUBLIC_BASE_URL; requests go to the local server, signatures cover this URL, as behind a proxy. */
  publicBaseUrl: string;
}

export interface SwitchboardOptions {
  /** PostgreSQL; null: embedded mode (PGlite in a fresh data directory, removed on close), as `npm start` runs without DATABASE_URL. */
  databaseUrl: string | null;
  /** DATABASE_POOL_SIZE; the baseline gets the same. */
  poolSize: number;
  /** TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL. Absent: webhooks answer 503. */
  twilio?: BenchTwilio;
  /** REDIS_URL and REDIS_KEY_PREFIX. Absent: pub/sub, jobs and rate limits are in-process. */
  redis?: { url: string; keyPrefix: string };
  /** Run the job workers in the API process (embedded mode's in-process queue), as `npm start` does. Default: off. */
  workers?: boolean;
  /** WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL, for scenarios with thousands of sockets on one key. Default: the API's. */
  subscriptionsPerPrincipal?: number;
}

/**
 * Where the Twilio client would send REST calls (outbound calls, recordings,
 * SMS): a closed local port, so nothing a run triggers can reach the internet.
 */
const NO_TWILIO_API = 'http://127.0.0.1:9';

/**
 * Built from an explicit environment, never from process.env: a developer's
 * REDIS_URL or LOG_LEVEL must not change what is measured; Twilio and Redis
 * come only from `options`. Without Redis, pub/sub, jobs and rate limits are
 * in-process. Rate limits are set far above what a run sends; background
 * workers are off (a read-only query enqueues nothing, and seed jobs must not
 * rewrite scores mid-run): jobs a run enqueues wait, unprocessed.
 */
export async function startSwitchboard(options: SwitchboardOptions): Promise<RunningSwitchboard> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `switchboard-bench-${process.pid}-`));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(36).toString('base64url'),
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
    DATABASE_POOL_SIZE: String(options.poolSize),
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_IP: '10000000',
    RATE_LIMIT_PER_API_KEY: '10000000',
    RATE_LIMIT_PER_USER: '10000000',
    SHUTDOWN_GRACE_MS: '2000',
    ...(options.subscriptionsPerPrincipal && { WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: String(options.subscriptionsPerPrincipal) }),
    ...(options.twilio && {
      TWILIO_ACCOUNT_SID: options.twilio.accountSid,
      TWILIO_AUTH_TOKEN: options.twilio.authToken,
      TWILIO_API_BASE_URL: NO_TWILIO_API,
      PUBLIC_BASE_URL: options.twilio.publicBaseUrl,
    }),
    ...(options.redis && { REDIS_URL: options.redis.url, REDIS_KEY_PREFIX: options.redis.keyPrefix }),
  });
  const app = await createApp(config);
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    if (options.workers) app.startWorkers();
    const server = await startServer(app, { port: 0, host: '127.0.0.1' });
    return {
      app,
      url: server.url,
      origin: new URL(server.url).origin,
      wsUrl: server.url.replace(/^http/, 'ws'),
      async close() {
        await server.close();
        await app.close();
        removeDataDir();
      },
    };
  } catch (err) {
    await app.close();
    removeDataDir();
    throw err;
  }
}
