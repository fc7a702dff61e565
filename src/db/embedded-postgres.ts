import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

/**
 * Real Postgres compiled to WASM, served on a loopback port so the ordinary
 * `pg` driver and the same migrations work unchanged (DESIGN.md §2).
 *
 * PGlite is a single session shared by every socket connection, so the
 * socket server must accept at least as many connections as the pool opens
 * (its default of 1 resets the extra ones).
 *
 * A data directory is opened by one process at a time (an exclusive lock
 * file with the pid): a second opener fails with DataDirLockedError instead
 * of writing beside the first (its writes would be invisible or corrupting).
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: { dataDir?: string; maxConnections: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
    await server.start();
    const address = server.getServerConn();
    return {
      url: `postgres://postgres@${address}/postgres`,
      async stop() {
        try {
          await server.stop();
          await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
