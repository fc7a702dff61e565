import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { QuoteDocumentKind } from '../../src/services/quotes/documents/document-model';
import { renderDocument } from '../../src/services/quotes/documents/render-document';
import { sampleDocumentModel } from '../../test/support/quote-document-model';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import type { Scenario, ScenarioContext, ScenarioResult, TargetSummary } from '../scenario';

/**
 * The quote PDF, offline: time to render a 50-line quote (templates, pdfkit
 * layout, SHA-256 — what sendQuote pays per document) over 1,000 renders per
 * round, and the heap after a forced GC sampled every 100 renders: "flat"
 * means the last sample is within a small margin of the first. Needs no
 * database; the scratch database goes unused.
 */
const NAME = 'quote-pdf';
const DESCRIPTION = 'quote PDF: render a 50-line quote (templates + pdfkit + SHA-256), p50/p99 over 1,000 renders, heap after GC every 100';
const RENDERS = 1000;
const SAMPLE_EVERY = 100;
const GOAL_P50_MS = 100;
/** Heap growth from the first to the last post-GC sample that still counts as flat. */
const FLAT_MARGIN_BYTES = 5 * 1024 * 1024;

export const quotePdfScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    const gc = exposeGc();
    const model = sampleDocumentModel(50);
    const rounds = Math.max(1, options.rounds);
    const measured: Measurement[] = [];
    const heapSamples: number[][] = [];
    const cpuMs: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      log(`round ${round + 1}/${rounds}: ${RENDERS} renders`);
      const timings: number[] = [];
      const heap: number[] = [];
      for (let i = 0; i < RENDERS; i += 1) {
        if (i % SAMPLE_EVERY === 0) heap.push(heapAfterGc(gc));
        const cpu = process.cpuUsage();
        const started = process.hrtime.bigint();
        await renderDocument(QuoteDocumentKind.QUOTE, model);
        timings.push(Number(process.hrtime.bigint() - started) / 1e6);
        const used = process.cpuUsage(cpu);
        cpuMs.push((used.user + used.system) / 1000);
      }
      heap.push(heapAfterGc(gc));
      measured.push(measure(timings));
      heapSamples.push(heap);
    }
    const growth = heapSamples.map((h) => h[h.length - 1] - h[0]);
    const worstGrowth = Math.max(...growth);
    const target: TargetSummary = {
      name: 'quote pdf',
      description: 'renderDocument(QUOTE) of a 50-line, 2-page quote',
      reqPerSec: median(measured.map((m) => m.reqPerSec)),
      p50Ms: median(measured.map((m) => m.p50Ms)),
      p99Ms: median(measured.map((m) => m.p99Ms)),
      failures: 0,
      rounds: measured,
    };
    const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
    return {
      name: NAME,
      description: DESCRIPTION,
      notes: [
        `p50 ${target.p50Ms.toFixed(1)} ms (goal ≤ ${GOAL_P50_MS}) ${target.p50Ms <= GOAL_P50_MS ? '✓' : '✗'}`,
        // Wall time includes waiting for a core on a busy machine; CPU time is what one render costs.
        `CPU time per render (process.cpuUsage): p50 ${percentile([...cpuMs].sort((a, b) => a - b), 50).toFixed(1)} ms, p99 ${percentile([...cpuMs].sort((a, b) => a - b), 99).toFixed(1)} ms`,
        `heap after GC, first → last of each round (MiB): ${heapSamples.map((h) => `${mib(h[0])} → ${mib(h[h.length - 1])}`).join('; ')}; worst growth ${mib(worstGrowth)} MiB over ${RENDERS} renders (flat within ${mib(FLAT_MARGIN_BYTES)}) ${worstGrowth <= FLAT_MARGIN_BYTES ? '✓' : '✗'}`,
        gc ? 'GC forced before each sample' : 'no GC hook: samples are raw heapUsed and noisy',
      ],
      load: { connections: 1, durationSeconds: 0, warmupSeconds: 0, rounds },
      targets: [target],
      ratios: [{ label: 'heap growth over 1,000 renders (MiB)', value: worstGrowth / 1024 / 1024 }],
      presentation: { rate: 'renders/s', latency: 'render', load: `${RENDERS} renders one after another in this process; ${rounds} rounds` },
    };
  },
};

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function heapAfterGc(gc: (() => void) | undefined): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function measure(timingsMs: number[]): Measurement {
  const sorted = [...timingsMs].sort((a, b) => a - b);
  const totalSeconds = sorted.reduce((total, ms) => total + ms, 0) / 1000;
  return {
    reqPerSec: totalSeconds > 0 ? sorted.length / totalSeconds : 0,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    requests: sorted.length,
    durationSeconds: totalSeconds,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    mismatches: 0,
    statusCodes: {},
  };
}
