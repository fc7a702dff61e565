import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BenchFailure } from './scenario';

/** bench/anchor in the source tree (this file runs from dist/bench/). */
const ANCHOR_DIR = path.resolve(__dirname, '..', '..', 'bench', 'anchor');

export interface RunningAnchor {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  close(): Promise<void>;
}

/** PostGraphile, pinned in bench/anchor/package.json and its lockfile; installed there (never in the project's node_modules) when missing. */
export function ensureAnchorInstalled(log: (message: string) => void): void {
  if (existsSync(path.join(ANCHOR_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  log('installing the anchor (npm ci --prefix bench/anchor)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', ANCHOR_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) throw new BenchFailure(`npm ci --prefix bench/anchor failed (exit ${r.status}); the anchor scenario needs the registry once`);
}

/** PostGraphile v4 in a child process of its own (its own event loop, like a separate server). */
export async function startAnchor(databaseUrl: string, poolSize: number): Promise<RunningAnchor> {
  const child = spawn(process.execPath, [path.join(ANCHOR_DIR, 'serve.cjs'), databaseUrl, String(poolSize)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new BenchFailure(`PostGraphile exited with ${code} before listening`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
