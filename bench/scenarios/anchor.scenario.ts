import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startAnchor, ensureAnchorInstalled } from '../anchor';
import { compareTargets } from '../compare';
import { probe } from '../load';
import { BenchFailure, type HttpTarget, type Scenario, type ScenarioContext, type ScenarioResult, type TargetSummary } from '../scenario';
import { startSwitchboard } from '../switchboard';
import { seedAnchorDataset, type AnchorDataset } from './anchor.seed';

/**
 * The anchor (issue 8): PostGraphile v4.14.1 — pinned in bench/anchor, the
 * reference for GraphQL over PostgreSQL — on the same scratch database and
 * data as our API. Three reads, each compared in alternating rounds after
 * checking that both sides return the same rows: 50 leads with their latest
 * calls on two data shapes, and `lead(id)` with 5 fields.
 */
const POOL_SIZE = 10;
const PAGE = 50;
const PER_LEAD = 10;
const VERIFY_BODY_MODULE = path.join(__dirname, '..', 'verify-graphql-body.js');
const NAME = 'anchor';
const DESCRIPTION = 'Switchboard ÷ PostGraphile 4.14.1 on the same data: nested leads → latest calls (two shapes), lead(id)';

type CallRow = { id: string; status: string; durationSeconds: number | null };
type LeadRows = Array<{ id: string; calls: CallRow[] }>;

/** Our side's selection of a lead's calls, by what the schema offers: a per-lead `first` when it exists. */
const OUR_CALLS = [
  { label: `calls(first: ${PER_LEAD})`, selection: `calls(first: ${PER_LEAD}) { id status durationSeconds }`, limited: true },
  { label: `calls(first: ${PER_LEAD}) connection`, selection: `calls(first: ${PER_LEAD}) { edges { node { id status durationSeconds } } }`, limited: true },
  { label: 'calls (no per-lead limit in the schema)', selection: 'calls { id status durationSeconds }', limited: false },
];

export const anchorScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(context: ScenarioContext): Promise<ScenarioResult> {
    const { options, log } = context;
    ensureAnchorInstalled(log);
    log('starting Switchboard in-process and seeding 2,000 leads × 10 calls and 200 leads × 200 calls');
    const api = await startSwitchboard({ databaseUrl: context.databaseUrl, poolSize: POOL_SIZE });
    try {
      const small = await seedAnchorDataset(api.app, context.databaseUrl, 2000, 10);
      const large = await seedAnchorDataset(api.app, context.databaseUrl, 200, 200);
      const anchor = await startAnchor(context.databaseUrl, POOL_SIZE);
      try {
        // Shorter rounds than the other scenarios, so the whole bench stays under ten minutes; the count is the same.
        const durationSeconds = Math.max(3, Math.round(options.durationSeconds / 2));
        const plan = { connections: options.connections, durationSeconds, warmupSeconds: options.warmupSeconds, rounds: options.rounds };
        const notes: string[] = [];
        const targets: TargetSummary[] = [];
        const ratios: ScenarioResult['ratios'] = [];
        const pair = async (label: string, ours: HttpTarget, theirs: HttpTarget) => {
          log(`${label}: measuring`);
          const [pg, sb] = await compareTargets([theirs, ours], plan, log);
          targets.push({ ...pg!, name: `postgraphile ${label}` }, { ...sb!, name: `switchboard ${label}` });
          ratios.push({ label: `${label}: switchboard ÷ postgraphile req/s (goal ≥ 1.0)`, value: sb!.reqPerSec / pg!.reqPerSec });
          ratios.push({ label: `${label}: switchboard ÷ postgraphile p99 (lower is better)`, value: sb!.p99Ms / pg!.p99Ms });
        };
        for (const data of [small, large]) {
          const { ours, theirs, note } = await nestedPair(api.url, anchor.url, data);
          notes.push(note);
          await pair(`nested ${data.label}`, ours, theirs);
        }
        const { ours, theirs } = await leadByIdPair(api.url, anchor.url, small);
        await pair('lead(id)', ours, theirs);
        notes.push(
          'both sides: PostgreSQL pool of 10 on the same scratch database; ours in this process (NODE_ENV=production, API key), PostGraphile in a child process of its own, no authentication (it has none here) and a `condition` on organizationId for the same rows',
          `rounds of ${durationSeconds} s (half of BENCH_DURATION_S) to keep the whole bench short`,
        );
        return { name: NAME, description: DESCRIPTION, notes, load: plan, targets, ratios };
      } finally {
        await anchor.close();
      }
    } finally {
      await api.close();
    }
  },
};

function target(name: string, url: string, query: string, apiKey?: string): HttpTarget {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  return { name, description: name === 'postgraphile' ? 'PostGraphile 4.14.1 (graphql 15, pg), child process' : 'the API: node:http + Apollo Server 5 + MikroORM 6', url, method: 'POST', headers, body: JSON.stringify({ query }), verifyBodyModule: VERIFY_BODY_MODULE };
}

async function answer(t: HttpTarget): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }> {
  const { status, body } = await probe(t);
  try {
    return JSON.parse(body) as { data?: Record<string, unknown> };
  } catch {
    throw new BenchFailure(`${t.name} answered ${status}: ${body.slice(0, 300)}`);
  }
}

/** Our nested query with the best per-lead limit the schema has; PostGraphile's with the same number of calls per lead. */
async function nestedPair(ourUrl: string, anchorUrl: string, data: AnchorDataset) {
  for (const calls of OUR_CALLS) {
    const ours = target('switchboard', ourUrl, `query { leads(first: ${PAGE}) { edges { node { id ${calls.selection} } } } }`, data.apiKey);
    const got = await answer(ours);
    if (got.errors?.length) continue; // this form is not in the schema
    const ourRows: LeadRows = (got.data!.leads as { edges: Array<{ node: { id: string; calls: CallRow[] | { edges: Array<{ node: CallRow }> } } }> }).edges.map(({ node }) => ({
      id: node.id,
      calls: Array.isArray(node.calls) ? node.calls : node.calls.edges.map((e) => e.node),
    }));
    const perLead = calls.limited ? PER_LEAD : Math.max(...ourRows.map((l) => l.calls.length));
    const theirs = target(
      'postgraphile',
      anchorUrl,
      `query { allLeads(first: ${PAGE}, condition: { organizationId: "${data.organizationId}" }, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { id callsByLeadId(first: ${perLead}, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { id status durationSeconds } } } } }`,
    );
    const their = await answer(theirs);
    if (their.errors?.length || !their.data) throw new BenchFailure(`PostGraphile did not answer: ${JSON.stringify(their.errors)}`);
    const theirRows: LeadRows = (their.data.allLeads as { nodes: Array<{ id: string; callsByLeadId: { nodes: CallRow[] } }> }).nodes.map((n) => ({ id: n.id, calls: n.callsByLeadId.nodes }));
    assertSame(`nested ${data.label}`, ourRows, theirRows);
    const note = `nested ${data.label}: ours asks for ${calls.label}; both return ${PAGE} leads × ${perLead} calls, the same rows in the same order`;
    return { ours, theirs, note };
  }
  throw new BenchFailure('none of our nested query forms validated');
}

async function leadByIdPair(ourUrl: string, anchorUrl: string, data: AnchorDataset) {
  const fields = 'id name email status score';
  const ours = target('switchboard', ourUrl, `query { lead(id: "${data.someLeadId}") { ${fields} } }`, data.apiKey);
  const theirs = target('postgraphile', anchorUrl, `query { leadById(id: "${data.someLeadId}") { ${fields} } }`);
  const [a, b] = [await answer(ours), await answer(theirs)];
  assertSame('lead(id)', a.data?.lead, b.data?.leadById);
  return { ours, theirs };
}

function assertSame(label: string, ours: unknown, theirs: unknown): void {
  if (ours && isDeepStrictEqual(ours, theirs)) return;
  throw new BenchFailure(`${label}: switchboard and PostGraphile return different rows: ${JSON.stringify(ours).slice(0, 300)} vs ${JSON.stringify(theirs).slice(0, 300)}`);
}
