import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = path.resolve(__dirname, '../..');

export interface ChildApi {
  /** GraphQL endpoint on 127.0.0.1. */
  url: string;
  pid: number;
  /** The demo organization's secrets when this start created it (SEED_DEMO). */
  demo: { email: string; password: string; apiKey: string } | null;
  /** Everything it printed so far (logs are JSON lines). */
  output(): string;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful exit. */
  stop(): Promise<number | null>;
}

/**
 * The API as a real child process (`src/main.ts` through the swc require
 * hook, so no build is needed), with exactly the environment given (plus
 * PATH): crash tests SIGKILL it and start it again on the same data.
 */
export async function spawnApi(env: NodeJS.ProcessEnv, options: { expectDemo?: boolean; timeoutMs?: number } = {}): Promise<ChildApi> {
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'test/support/swc-register.cjs'), path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let url: string | undefined;
  let demo: ChildApi['demo'] = null;
  while (!url || (options.expectDemo && !demo)) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API was not ready in time:\n${out}`);
    }
    const port = /"url":"http:\/\/localhost:(\d+)\/graphql"/.exec(out)?.[1];
    if (port) url = `http://127.0.0.1:${port}/graphql`;
    const login = /owner login\s+(\S+) \/ (\S+)/.exec(out);
    const key = /API key\s+(sk_live_\S+)/.exec(out);
    if (login && key) demo = { email: login[1]!, password: login[2]!, apiKey: key[1]! };
    await sleep(50);
  }
  return {
    url,
    pid: child.pid!,
    demo,
    output: () => out,
    kill: () => signal(child, 'SIGKILL', exited).then(() => undefined),
    stop: () => signal(child, 'SIGTERM', exited),
  };
}

async function signal(child: ChildProcess, sig: NodeJS.Signals, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  return exited;
}
