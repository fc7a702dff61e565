import { testMode } from './environment';

/**
 * Runs once before any test file: decides the mode for the whole run (so every worker agrees) and says which one
 * ran, since a green run means little without it.
 */
export default async function globalSetup(): Promise<void> {
  const mode = await testMode();
  process.env.TEST_MODE = mode;
  const parts = mode === 'services' ? 'real PostgreSQL + Redis' : 'PGlite with its durable job table, in-process pub/sub';
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  process.stdout.write(`\nSwitchboard tests: mode=${mode} (${parts}), TZ=${process.env.TZ ?? zone}\n`);
}
