import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTenant } from '../../src/db/tenant-filter';
import { Product } from '../../src/entities/product.entity';
import { draftLocally } from '../../src/services/quotes/draft/local-drafter';
import { median, percentile } from '../compare';
import type { Measurement } from '../load';
import type { Scenario, ScenarioContext, ScenarioResult, TargetSummary } from '../scenario';
import { startSwitchboard } from '../switchboard';

/**
 * The local quote drafter (issue 12) against a 500-product catalog on
 * PostgreSQL: the time of one draft (every phrase read, searched with the
 * full-text index and matched), as the draft-quote job spends it. Goal p99 ≤ 50 ms.
 */
const NAME = 'quote-draft';
const DESCRIPTION = 'local draftQuote (phrases → full-text catalog match → lines) over a 500-product catalog';
const GOAL_P99_MS = 50;
const CATALOG_SIZE = 500;
const DRAFTS_PER_ROUND = 200;
const REQUESTS = [
  'Install Cat6 cabling for the office: 24 drops, two days of labour and a patch panel.',
  'Paint 3 rooms of about 40 m² and replace 6 light fittings.',
  'We need 12 wireless access points, 3 switches and 1.5 hours of configuration.',
  'Two days of site survey, 40 metres of conduit and 8 ports of fibre termination.',
];
const NOUNS = ['cable', 'drop', 'switch', 'router', 'access point', 'patch panel', 'conduit', 'fibre', 'paint', 'light fitting', 'labour', 'survey', 'configuration', 'camera', 'rack'];
const UNITS = ['each', 'drop', 'day', 'hour', 'metre', 'm²', 'port'];

export const quoteDraftScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const api = await startSwitchboard({ databaseUrl: context.databaseUrl, poolSize: 5 });
    try {
      const org = await api.app.organizations.createWithOwner(api.app.orm.em.fork() as EntityManager, {
        name: 'Bench quotes',
        timezone: 'UTC',
        owner: { email: 'bench-quotes@example.com', name: 'Bench', password: 'correct horse battery staple' },
      });
      const organizationId = org.organization.id;
      const seed = api.app.orm.em.fork() as EntityManager;
      for (let i = 0; i < CATALOG_SIZE; i++) {
        const noun = NOUNS[i % NOUNS.length]!;
        seed.create(Product, { organization: organizationId, sku: `SKU-${i}`, name: `${noun} model ${i}`, description: `Grade ${i % 7} ${noun}`, unit: UNITS[i % UNITS.length]!, unitPriceMinor: 1000 + i, currency: 'USD' } as never);
      }
      await seed.flush();
      context.log(`seeded ${CATALOG_SIZE} products; timing ${DRAFTS_PER_ROUND} drafts × ${context.options.rounds} rounds`);
      const rounds: Measurement[] = [];
      for (let r = 0; r < Math.max(1, context.options.rounds); r++) {
        const times: number[] = [];
        for (let i = 0; i < DRAFTS_PER_ROUND; i++) {
          const em = bindTenant(api.app.orm.em.fork() as EntityManager, organizationId);
          const start = performance.now();
          const draft = await draftLocally(em, organizationId, 'USD', REQUESTS[i % REQUESTS.length]!);
          times.push(performance.now() - start);
          if (!draft.lines.length) throw new Error('a bench draft matched nothing');
        }
        const total = times.reduce((a, b) => a + b, 0);
        rounds.push({ reqPerSec: (times.length * 1000) / total, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) } as Measurement);
      }
      const target: TargetSummary = {
        name: 'local drafter',
        description: 'draftLocally on PostgreSQL, one draft at a time',
        reqPerSec: median(rounds.map((m) => m.reqPerSec)),
        p50Ms: median(rounds.map((m) => m.p50Ms)),
        p99Ms: median(rounds.map((m) => m.p99Ms)),
        failures: 0,
        rounds,
      };
      return { name: NAME, description: DESCRIPTION, notes: [`p99 ${target.p99Ms.toFixed(2)} ms per draft (goal ≤ ${GOAL_P99_MS} ms)`], targets: [target] } as ScenarioResult;
    } finally {
      await api.close();
    }
  },
};
