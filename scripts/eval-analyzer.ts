/**
 * The local analyzer's scores on the corpus's dev split (what to tune on), from the source tree:
 *
 *   npx jiti scripts/eval-analyzer.ts [--verbose] [--split train]
 *
 * It refuses the frozen test split: that one is read only by `npm run bench` (scenario `analyzer`).
 */
import { LocalCallAnalyzer } from '../src/services/ai/local/local-analyzer';
import { corpusSplit, formatCorpusReport, loadCallCorpus, scoreCorpus, type Split } from '../test/support/call-corpus';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--split');
  const split = (at >= 0 ? process.argv[at + 1] : 'dev') as Split;
  if (split !== 'dev' && split !== 'train') throw new Error('only the train and dev splits can be read here; the test split is for the bench');
  const report = await scoreCorpus(new LocalCallAnalyzer(), corpusSplit(loadCallCorpus(), split));
  console.log(formatCorpusReport(`${split} split`, report));
  if (process.argv.includes('--verbose')) console.log(`\n${report.disagreements.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
