import { execFileSync } from 'node:child_process';
import { analyzeSegment, LocalCallAnalyzer } from '../../src/services/ai/local/local-analyzer';
import { corpusContext, corpusSegments, corpusSplit, formatCorpusReport, loadCallCorpus, scoreCorpus, type CorpusCall, type CorpusReport } from '../../test/support/call-corpus';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import type { Scenario, ScenarioContext, ScenarioResult, TargetSummary } from '../scenario';

/**
 * The local call analyzer, offline: accuracy on the labelled call corpus
 * (test/fixtures/calls; dev split, and the frozen test split it was never
 * tuned on) and its speed — one live segment (`analyzeSegment`, what each
 * transcript webhook costs) and a whole call (`analyzeCall`, the final
 * analysis) — plus the learned model's load time in a fresh process.
 * Needs no database or network; the scratch database it is given goes unused.
 */
const NAME = 'analyzer';
const DESCRIPTION = 'local call analyzer: accuracy on the labelled corpus (dev, frozen test) and time per live segment and per whole call';
/** The issue's goals, printed next to the figures. */
const GOALS = { sentiment: 0.9, signalF1: 0.85, objectionF1: 0.85, appointment: 0.9, actionItems: 0.75, segmentP99Ms: 1, callP99Ms: 20, modelLoadMs: 200 };

export const analyzerScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    const corpus = loadCallCorpus();
    const analyzer = new LocalCallAnalyzer();
    log(`scoring ${corpus.length} labelled calls (dev and test splits)`);
    const dev = await scoreCorpus(analyzer, corpusSplit(corpus, 'dev'));
    const test = await scoreCorpus(analyzer, corpusSplit(corpus, 'test'));
    const rounds = Math.max(1, options.rounds);
    log(`timing every segment and every call, ${rounds} rounds`);
    const segmentRounds: Measurement[] = [];
    const callRounds: Measurement[] = [];
    for (let round = 0; round < rounds; round += 1) {
      segmentRounds.push(measure(timeSegments(corpus)));
      callRounds.push(measure(await timeCalls(analyzer, corpus)));
    }
    const modelLoadMs = coldModelLoadMs();
    const cpu = await cpuP99Ms(analyzer, corpus);
    const summary = (name: string, description: string, measured: Measurement[]): TargetSummary => ({
      name,
      description,
      reqPerSec: median(measured.map((m) => m.reqPerSec)),
      p50Ms: median(measured.map((m) => m.p50Ms)),
      p99Ms: median(measured.map((m) => m.p99Ms)),
      failures: 0,
      rounds: measured,
    });
    const targets = [
      summary('live segment', 'analyzeSegment on one final segment (sentences, lexicon, rules, learned heads, dates)', segmentRounds),
      summary('whole call', 'LocalCallAnalyzer.analyzeCall on a whole call (every segment, then the combine)', callRounds),
    ];
    return {
      name: NAME,
      description: DESCRIPTION,
      notes: [
        `p99 per live segment ${targets[0].p99Ms.toFixed(3)} ms (goal ≤ ${GOALS.segmentP99Ms}), whole call ${targets[1].p99Ms.toFixed(3)} ms (goal ≤ ${GOALS.callP99Ms}), learned model load in a fresh process ${modelLoadMs.toFixed(0)} ms (goal ≤ ${GOALS.modelLoadMs})`,
        `CPU time p99 (process.cpuUsage, which leaves out time the process waited for a core on a busy machine): live segment ${cpu.segment.toFixed(3)} ms, whole call ${cpu.call.toFixed(3)} ms`,
        ...goalsLine('test', test),
        ...formatCorpusReport('dev split (tuned on)', dev).split('\n'),
        ...formatCorpusReport('test split (frozen, never tuned on)', test).split('\n'),
      ],
      load: { connections: 1, durationSeconds: 0, warmupSeconds: 0, rounds },
      targets,
      ratios: [
        { label: 'test sentiment accuracy', value: test.sentimentAccuracy },
        { label: 'test signal micro F1', value: test.signalMicroF1 },
        { label: 'test objection micro F1', value: test.objectionMicroF1 },
        { label: 'test appointment exact start', value: test.appointmentExact },
        { label: 'test action items exact count', value: test.actionItemsExactCount },
        { label: 'dev sentiment accuracy', value: dev.sentimentAccuracy },
        { label: 'dev signal micro F1', value: dev.signalMicroF1 },
        { label: 'dev objection micro F1', value: dev.objectionMicroF1 },
        { label: 'dev appointment exact start', value: dev.appointmentExact },
        { label: 'dev action items exact count', value: dev.actionItemsExactCount },
      ],
      presentation: {
        rate: 'analyses/s',
        latency: 'analysis',
        load: `${corpus.length} calls, ${corpus.reduce((total, call) => total + call.segments.length, 0)} segments, one at a time in this process; ${rounds} rounds`,
      },
    };
  },
};

function goalsLine(split: string, report: CorpusReport): string[] {
  const mark = (value: number, goal: number): string => `${value.toFixed(2)} ${value >= goal ? '✓' : `✗ (goal ${goal})`}`;
  return [
    `${split}: sentiment ${mark(report.sentimentAccuracy, GOALS.sentiment)}, signal micro F1 ${mark(report.signalMicroF1, GOALS.signalF1)}, objection micro F1 ${mark(report.objectionMicroF1, GOALS.objectionF1)}, appointment exact ${mark(report.appointmentExact, GOALS.appointment)}, action items exact count ${mark(report.actionItemsExactCount, GOALS.actionItems)}`,
  ];
}

function timeSegments(calls: CorpusCall[]): number[] {
  const timings: number[] = [];
  for (const call of calls) {
    const context = corpusContext(call);
    for (const segment of corpusSegments(call)) {
      const started = process.hrtime.bigint();
      analyzeSegment(segment, context);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return timings;
}

async function timeCalls(analyzer: LocalCallAnalyzer, calls: CorpusCall[]): Promise<number[]> {
  const timings: number[] = [];
  for (const call of calls) {
    const segments = corpusSegments(call);
    const started = process.hrtime.bigint();
    await analyzer.analyzeCall(segments, corpusContext(call));
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return timings;
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

/** p99 of the CPU time one live segment and one whole call take (user + system, µs resolution). */
async function cpuP99Ms(analyzer: LocalCallAnalyzer, calls: CorpusCall[]): Promise<{ segment: number; call: number }> {
  const segments: number[] = [];
  const wholeCalls: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (const call of calls) {
    const context = corpusContext(call);
    const inputs = corpusSegments(call);
    for (const segment of inputs) {
      const started = process.cpuUsage();
      analyzeSegment(segment, context);
      segments.push(cpuMs(started));
    }
    const started = process.cpuUsage();
    await analyzer.analyzeCall(inputs, context);
    wholeCalls.push(cpuMs(started));
  }
  return { segment: percentile(segments, 99), call: percentile(wholeCalls, 99) };
}

/** Loading the learned model (its JSON and lookup tables) in a fresh Node process, first use included. */
function coldModelLoadMs(): number {
  const modulePath = require.resolve('../../src/services/ai/local/learned-model');
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(modulePath)}).kindProbabilities('How much would that be?', []); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}
