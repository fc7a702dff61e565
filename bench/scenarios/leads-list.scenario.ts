import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compareTargets, throughputRatio } from '../compare';
import { probe } from '../load';
import { BenchFailure, type HttpTarget, type Scenario, type ScenarioContext, type ScenarioResult } from '../scenario';
import { startSwitchboard } from '../switchboard';
import { startBaselineServer } from './leads-list.baseline';
import { seedOrganization, type SeededOrganization } from './leads-list.seed';

/**
 * The hot read of the product: a page of leads with their owners and tags,
 * by API key. Switchboard (auth lookup, Apollo, validation rules, MikroORM,
 * owner DataLoader) against a hand-written node:http + pg endpoint.
 */
const PAGE_SIZE = 50;
const POOL_SIZE = 10;
const SEED = { users: 3, leads: 200, scoreEventsPerLead: 3 };
const QUERY = `query BenchLeads { leads(first: ${PAGE_SIZE}) { edges { node { id name score temperature tags owner { id name email } } } } }`;
const VERIFY_BODY_MODULE = path.join(__dirname, '..', 'verify-graphql-body.js');

const NAME = 'leads-list';
const DESCRIPTION = `leads(first: ${PAGE_SIZE}) { id name score temperature tags owner { id name email } } by API key`;

export const leadsListScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    log('starting Switchboard in-process and seeding');
    const api = await startSwitchboard({ databaseUrl: context.databaseUrl, poolSize: POOL_SIZE });
    try {
      const seed = await seedOrganization(api.app, SEED);
      const baseline = await startBaselineServer({
        databaseUrl: context.databaseUrl,
        poolSize: POOL_SIZE,
        organizationId: seed.organizationId,
        apiKey: seed.apiKey,
        pageSize: PAGE_SIZE,
      });
      try {
        const targets = [
          target('baseline', 'node:http + pg, one SQL query with a join', baseline.url, seed.apiKey),
          target('switchboard', 'the API: node:http + Apollo Server 5 + MikroORM 6', api.url, seed.apiKey),
        ];
        await assertSameAnswer(targets);
        log(`both targets return the same ${PAGE_SIZE} leads in the same order`);
        const plan = { connections: options.connections, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, rounds: options.rounds };
        const summaries = await compareTargets(targets, plan, log);
        return {
          name: NAME,
          description: DESCRIPTION,
          notes: notesOn(seed),
          load: plan,
          targets: summaries,
          ratios: [{ label: 'switchboard ÷ baseline req/s', value: throughputRatio(summaries, 'switchboard', 'baseline') }],
        };
      } finally {
        await baseline.close();
      }
    } finally {
      await api.close();
    }
  },
};

function notesOn(seed: SeededOrganization): string[] {
  return [
    `seed: 1 organization, ${seed.userIds.length} users, ${seed.leadCount} leads with owners and tags, ${seed.scoreEventCount} score events (through the services)`,
    `both targets: PostgreSQL pool of ${POOL_SIZE}, 127.0.0.1, same process (load generated in a worker thread)`,
    'switchboard: NODE_ENV=production, LOG_LEVEL=silent, rate limits far above the load, no REDIS_URL — pub/sub, jobs and rate limits are in-process; this read publishes nothing, so Redis would not change it',
    'switchboard per request: API-key lookup by prefix, leads page query, one batched owner query (DataLoader)',
    'baseline per request: API key compared in memory, one SQL query with a join',
  ];
}

function target(name: string, description: string, url: string, apiKey: string): HttpTarget {
  return {
    name,
    description,
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query: QUERY }),
    verifyBodyModule: VERIFY_BODY_MODULE,
  };
}

/** Before any load: both answer 200 with the same leads, in the same order, field for field. */
async function assertSameAnswer(targets: HttpTarget[]): Promise<void> {
  const answers = await Promise.all(
    targets.map(async (t) => {
      const { status, body } = await probe(t);
      const json = parseOrNull(body) as { data?: { leads?: { edges?: Array<{ node: { id: string } }> } }; errors?: unknown } | null;
      const edges = json?.data?.leads?.edges;
      if (status !== 200 || json?.errors || !edges) throw new BenchFailure(`${t.name} did not answer the query: ${status} ${body.slice(0, 500)}`);
      if (edges.length !== PAGE_SIZE) throw new BenchFailure(`${t.name} returned ${edges.length} leads, expected ${PAGE_SIZE}`);
      return { name: t.name, edges };
    }),
  );
  const [first, ...rest] = answers;
  for (const other of rest) {
    const ids = (a: typeof first) => a!.edges.map((e) => e.node.id);
    if (!isDeepStrictEqual(ids(first), ids(other))) {
      const at = ids(first).findIndex((id, i) => id !== ids(other)[i]);
      throw new BenchFailure(`${first!.name} and ${other.name} return different leads or order; first difference at position ${at}: ${ids(first)[at]} vs ${ids(other)[at]}`);
    }
    const at = first!.edges.findIndex((e, i) => !isDeepStrictEqual(e, other.edges[i]));
    if (at >= 0) {
      throw new BenchFailure(`${first!.name} and ${other.name} differ at lead ${at}: ${JSON.stringify(first!.edges[at])} vs ${JSON.stringify(other.edges[at])}`);
    }
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
