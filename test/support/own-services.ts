import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Redis and PostgreSQL processes of a test's own, on free ports, for fault
 * tests that freeze, stop and restart them. The machine's shared services
 * (6379, 5432) are never touched.
 */

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (performance.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface OwnRedis {
  url: string;
  /** SIGSTOP: the socket stays open, nothing answers. */
  freeze(): void;
  thaw(): void;
  /** Stops the process (connections refused until `start`); everything in memory is lost. */
  stop(): Promise<void>;
  /** Starts it (again) on the same port. */
  start(): Promise<void>;
  running(): boolean;
  flushAll(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const exited = (p: ChildProcess) => new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.once('exit', () => resolve())));
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    freeze: () => void proc?.kill('SIGSTOP'),
    thaw: () => void proc?.kill('SIGCONT'),
    async start() {
      proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', env: serviceEnv() });
      await waitForPort(port);
    },
    async stop() {
      if (!proc) return;
      const p = proc;
      proc = undefined;
      p.kill('SIGCONT');
      p.kill('SIGKILL');
      await exited(p);
    },
    running: () => proc !== undefined && proc.exitCode === null,
    async flushAll() {
      const client = new Redis(own.url, { maxRetriesPerRequest: 1 });
      await client.flushall();
      client.disconnect();
    },
    dispose: () => own.stop(),
  };
  await own.start();
  return own;
}

export interface OwnPostgres {
  /** A database URL on this instance (database `postgres`). */
  url: string;
  /** `pg_ctl stop -m fast`: open sessions are terminated (57P01), new connections refused. */
  stop(): void;
  start(): void;
  dispose(): void;
}

/** initdb + pg_ctl as the postgres user (PostgreSQL refuses to run as root), data in a temp dir. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = path.join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().at(-1)!, 'bin');
  const dir = mkdtempSync('/tmp/sb-own-pg-');
  chownSync(dir, uid('postgres'), gid('postgres'));
  const port = await freePort();
  const asPostgres = (command: string) => execFileSync('su', ['postgres', '-c', command], { stdio: 'ignore', env: serviceEnv() });
  asPostgres(`${bin}/initdb -D ${dir}/data -A trust -U postgres --no-sync -E UTF8`);
  const own: OwnPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => asPostgres(`${bin}/pg_ctl -D ${dir}/data -w -l ${dir}/log -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off" start`),
    stop: () => asPostgres(`${bin}/pg_ctl -D ${dir}/data -w -m fast stop`),
    dispose() {
      try {
        asPostgres(`${bin}/pg_ctl -D ${dir}/data -w -m immediate stop`);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  own.start();
  return own;
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

/**
 * The environment for a test's own servers: without libfaketime (a run of the suite on a faked date preloads it
 * into every child), so the servers keep real time as the machine's PostgreSQL and Redis do.
 */
export function serviceEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'LD_PRELOAD' || key.startsWith('FAKETIME')) delete env[key];
  return env;
}
