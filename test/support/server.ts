import { apiRunsWorkers, createApp, type App } from '../../src/app';
import type { Logger } from '../../src/logger';
import type { Clock } from '../../src/services/clock';
import { startServer, type RunningServer } from '../../src/http/server';
import { createTestInfra, type TestInfra } from './environment';

export interface TestServer {
  app: App;
  server: RunningServer;
  infra: TestInfra;
  url: string;
  wsUrl: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The app's clock (e.g. a ManualClock for escalation, quiet hours and budget months); default: the system clock. */
  clock?: Clock;
  /** The app's logger (e.g. one writing into an array, for tests about what is logged); default: silent. */
  logger?: Logger;
}

/** A real API process on a free port (with workers, as main.ts decides), against this run's real parts. */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, infra?: TestInfra, options: TestServerOptions = {}): Promise<TestServer> {
  const ownInfra = infra ?? (await createTestInfra(env));
  const app = await createApp(ownInfra.config, { inMemoryDatabase: ownInfra.inMemoryDatabase, clock: options.clock, logger: options.logger });
  if (apiRunsWorkers(ownInfra.config)) app.startWorkers();
  let server: RunningServer;
  try {
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
  } catch (err) {
    // Without this, open DB and Redis handles keep jest from ever exiting.
    await app.close();
    if (!infra) await ownInfra.dispose();
    throw err;
  }
  return {
    app,
    server,
    infra: ownInfra,
    url: server.url,
    wsUrl: server.url.replace('http://', 'ws://'),
    async close() {
      await server.close();
      await app.close();
      if (!infra) await ownInfra.dispose();
    },
  };
}
