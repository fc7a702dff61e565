import path from 'node:path';
import type { Config } from '../config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { openOrm, type Orm } from './orm';

export interface Database {
  orm: Orm;
  /** 'postgres' when DATABASE_URL is set, else 'embedded' (PGlite). */
  mode: 'postgres' | 'embedded';
  close(): Promise<void>;
}

/**
 * The one place that decides which Postgres to talk to. `inMemory` serves
 * tests that want a throwaway embedded database.
 */
export async function connectDatabase(config: Config, opts: { inMemory?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: opts.inMemory ? undefined : path.join(config.dataDir, 'pglite'),
      // One spare so a pool at its limit never has a connection reset by the socket server.
      maxConnections: config.databasePoolSize + 1,
    });
    url = embedded.url;
  }
  const orm = await openOrm(url, config.databasePoolSize);
  return {
    orm,
    mode: embedded ? 'embedded' : 'postgres',
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
