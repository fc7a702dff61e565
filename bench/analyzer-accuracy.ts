/**
 * Prints the local call analyzer's per-label accuracy on the labelled
 * transcripts (tuning set and untouched holdout, see
 * test/fixtures/transcripts/README.md) and its median time per segment.
 *
 *   npx jiti bench/analyzer-accuracy.ts            # from the source tree
 *   npm run build && node dist/bench/analyzer-accuracy.js
 *
 * `--verbose` also lists every call where the analyzer and the label disagree.
 */
import { analyzeSegment, LocalCallAnalyzer } from '../src/services/ai/local/local-analyzer';
import {
  fixtureContext,
  fixtureSegments,
  formatAccuracyTable,
  holdoutFixtureDir,
  loadTranscriptFixtures,
  scoreAnalyzer,
  type TranscriptFixture,
} from '../test/support/analyzer-accuracy';

function medianMsPerSegment(fixtures: TranscriptFixture[]): number {
  const timings: number[] = [];
  for (const fixture of fixtures) {
    const context = fixtureContext(fixture);
    for (const segment of fixtureSegments(fixture)) {
      const started = process.hrtime.bigint();
      analyzeSegment(segment, context);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

async function printSet(title: string, fixtures: TranscriptFixture[], verbose: boolean): Promise<void> {
  const report = await scoreAnalyzer(new LocalCallAnalyzer(), fixtures);
  console.log(`\n== ${title}\n${formatAccuracyTable(report)}`);
  if (verbose && report.disagreements.length) console.log(`\n${report.disagreements.join('\n')}`);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const tuning = loadTranscriptFixtures();
  const holdout = loadTranscriptFixtures(holdoutFixtureDir());
  await printSet('tuning set (the rules were developed against these)', tuning, verbose);
  await printSet('holdout (written after the rules froze; never tuned on)', holdout, verbose);
  console.log(`\nmedian ms per segment: ${medianMsPerSegment([...tuning, ...holdout]).toFixed(3)} (model loaded)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
