import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { redactUrl } from '../src/config';
import { BenchFailure } from './scenario';

/** A throwaway database on the real server; `drop` forces out open sessions, and calling it again waits for the same drop. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 3000;

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Fails with a message that says what is missing and how to point the benchmark elsewhere. */
export async function assertPostgres(adminUrl: string): Promise<void> {
  try {
    const version = await withAdmin(adminUrl, async (c) => (await c.query<{ v: number }>(`select current_setting('server_version_num')::int as v`)).rows[0]!.v);
    if (version < 130000) throw new Error(`PostgreSQL ${version} is too old; the benchmark needs 13 or newer (drop database … with (force))`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BenchFailure(
      `The benchmark needs a real PostgreSQL server, and ${redactUrl(adminUrl)} did not answer: ${reason}\n` +
        '  Start PostgreSQL, or set BENCH_DATABASE_URL to a role that may create databases.',
    );
  }
}

export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `sb_bench_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    drop() {
      dropping ??= withAdmin(adminUrl, async (c) => {
        await c.query(`drop database if exists "${name}" with (force)`);
      });
      return dropping;
    },
  };
}
