import 'reflect-metadata';
import { apiRunsWorkers, createApp } from './app';
import { ConfigError, loadConfig, redactUrl } from './config';
import { startServer } from './http/server';
import { seedDemoIfEmpty } from './services/demo-seed';

/** Composition root of the API process: HTTP + WebSocket + health, and in-process workers when asked. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const log = app.logger;
  if (apiRunsWorkers(config)) app.startWorkers();
  const server = await startServer(app).catch(async (err: unknown) => {
    await app.close();
    throw err;
  });
  log.info(
    { url: `http://localhost:${server.port}/graphql`, database: app.db.mode === 'embedded' ? `embedded (${config.dataDir})` : redactUrl(config.databaseUrl), redis: redactUrl(config.redisUrl) ?? 'none (in-process pub/sub; jobs in the embedded database)' },
    'Switchboard API listening',
  );
  if (config.seedDemo) {
    const demo = await seedDemoIfEmpty(app);
    if (demo) printDemo(demo, server.port);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 5000);
    await server.close();
    await app.close();
    clearTimeout(timer);
    log.info('stopped');
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/** Printed once, on the start that created them; never logged (logs are kept, this is not). */
function printDemo(demo: { organizationName: string; email: string; password: string; apiKey: string }, port: number): void {
  const url = `http://localhost:${port}/graphql`;
  process.stdout.write(
    [
      '',
      `  Created the "${demo.organizationName}" organization. These secrets are shown only now:`,
      `    owner login   ${demo.email} / ${demo.password}`,
      `    API key       ${demo.apiKey}`,
      '',
      `  Log in:   curl -s ${url} -H 'content-type: application/json' \\`,
      `              -d '{"query":"mutation($i:LoginInput!){login(input:$i){token}}","variables":{"i":{"email":"${demo.email}","password":"${demo.password}"}}}'`,
      `  API key:  curl -s ${url} -H 'content-type: application/json' -H 'authorization: Bearer ${demo.apiKey}' \\`,
      `              -d '{"query":"{ leads(first: 10) { totalCount edges { node { name score temperature } } } }"}'`,
      '',
    ].join('\n') + '\n',
  );
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
