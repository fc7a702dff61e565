import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScenarioResult } from './scenario';

/** A scenario's table, for a person reading the terminal. */
export function formatScenario(result: ScenarioResult): string {
  const { load, presentation } = result;
  const rate = presentation?.rate ?? 'req/s';
  const latency = presentation?.latency ? `${presentation.latency} ` : '';
  const header = ['target', rate, `${latency}p50 ms`, `${latency}p99 ms`, 'failures', `${rate} per round`];
  const rows = result.targets.map((t) => [
    t.name,
    t.reqPerSec.toFixed(1),
    t.p50Ms.toFixed(1),
    t.p99Ms.toFixed(1),
    String(t.failures),
    t.rounds.map((r) => r.reqPerSec.toFixed(0)).join(' / '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const last = header.length - 1;
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === last ? c : i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Scenario ${result.name}: ${result.description}`,
    `  ${presentation?.load ?? `${load.connections} connections; ${load.rounds} rounds × ${load.durationSeconds} s per target, alternating, after ${load.warmupSeconds} s warm-up each`}; figures are medians over rounds`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...result.ratios.map((r) => `  ${r.label}: ${r.value.toFixed(2)}`),
    '',
    ...result.targets.map((t) => `  ${t.name}: ${t.description}`),
    ...result.notes.map((n) => `  · ${n}`),
  ].join('\n');
}

export interface MachineInfo {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** 1-minute load average when the run started: above `cpus`, other work competed with the benchmark. */
  loadAverageAtStart: number;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', loadAverageAtStart: os.loadavg()[0]! };
}

export function formatMachine(m: MachineInfo): string {
  const busy = m.loadAverageAtStart > m.cpus ? ' — the machine is busy with other work; expect noise (rounds alternate so it falls on every target)' : '';
  return `Node ${m.node} on ${m.cpus} × ${m.cpuModel}; load average ${m.loadAverageAtStart.toFixed(2)} at start${busy}`;
}

/** Everything measured, with enough about the machine to tell two files apart. */
export function writeResults(file: string, run: { startedAt: Date; machine: MachineInfo }, results: ScenarioResult[]): void {
  const document = {
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: run.machine,
    scenarios: results,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}
