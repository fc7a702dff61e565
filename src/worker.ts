import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';

/** Composition root of a job-worker process (production mode: BullMQ on REDIS_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redisUrl) {
    console.error('npm run worker needs REDIS_URL: in embedded mode the API process runs its own jobs.');
    process.exit(2);
  }
  const app = await createApp(config);
  app.startWorkers();
  app.logger.info('Switchboard worker running');
  const stop = async (signal: string) => {
    app.logger.info({ signal }, 'draining jobs');
    await app.close();
    app.logger.info('worker stopped');
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
