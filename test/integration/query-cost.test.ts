import { loadConfig } from '../../src/config';
import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import { LeadChangedDocument } from '../generated/graphql';
import { codeOf, connected, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The query cost model (README "Errors and limits"): every list is costed by
 * its real maximum size, `first` is read from variables, nested lists
 * multiply, on HTTP and graphql-ws alike. Default limits throughout.
 */

interface Answer {
  status?: number;
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}

async function post(url: string, query: string, variables: Record<string, unknown> | undefined, token: string): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  return { status: res.status, data: json.data, errors: json.errors };
}

/** The first answer a graphql-ws operation gets: data, an error message or a close. */
function overWs(client: Client, query: string, variables?: Record<string, unknown>): Promise<Answer & { closeCode?: number }> {
  return new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve({ data: value.data, errors: value.errors }),
        error: (err) => resolve(Array.isArray(err) ? { errors: err as GraphQLFormattedError[] } : { closeCode: (err as { code?: number }).code }),
        complete: () => resolve({}),
      },
    );
  });
}

const aliases = (n: number, body: string) => Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ');

/** One lead with up to 50 calls, each with its whole transcript, fifteen times. */
const LEAD_CALLS_ALIAS_BOMB = `query ($id: ID!) { ${aliases(15, 'lead(id: $id) { calls { id transcript { segments { text } } } }')} }`;
/** call → lead → calls four levels down, fifteen times (≈ 94 million nodes at 50 calls a lead). */
const NESTED_CALLS_BOMB = `query ($id: ID!) { ${aliases(15, 'call(id: $id) { lead { calls { lead { calls { lead { calls { lead { calls { id } } } } } } } } }')} }`;
/** The ordinary dashboard page of the issue: 50 leads with owner, tags, score history and every call's sentiment. */
const DASHBOARD = '{ leads(first: 50) { edges { node { owner { id } tags scoreHistory { delta } calls { analysis { sentiment { label } } } } } } }';
/** 753 × n + 1 with n leads per page: n = 100 costs 75,301 (over 50,000), n = 10 costs 7,531. */
const PAGE_OF_CALLS =
  'query ($n: Int) { leads(first: $n) { edges { node { id calls { id startedAt endedAt status actionItems { id } analysis { summary sentiment { label score } sentimentBySpeaker { agent { label } customer { label } } } } } } } }';
const PAGE_OF_CALLS_DEFAULT_100 = PAGE_OF_CALLS.replace('$n: Int', '$n: Int = 100');

function expectTooComplex(r: Answer, maxCost = loadConfig({}).graphql.maxCost): void {
  expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
  const e = r.errors![0]!;
  expect(e.message).toMatch(new RegExp(`cost limit of ${maxCost} exceeded`));
  expect(e.extensions).toMatchObject({ cost: expect.any(Number), maxCost, requestId: expect.any(String) });
  expect(e.extensions!.cost as number).toBeGreaterThan(maxCost);
}

describe('query cost', () => {
  let t: TestServer;
  let org: Tenant;
  let leadId: string;
  let ws: Client;
  /** Kept open so the lazy client holds its one socket: every rejection below must leave it open. */
  let keeper: ReturnType<typeof subscribe<unknown, unknown>>;
  let socketCloses = 0;

  beforeAll(async () => {
    t = await startTestServer();
    org = await createTenant(t);
    leadId = (await org.lead({ tags: ['vip'] })).id;
    ws = wsClient(t.wsUrl, org.token);
    ws.on('closed', () => socketCloses++);
    const ready = connected(ws);
    keeper = subscribe(ws, LeadChangedDocument, {}) as typeof keeper;
    await ready;
  });
  afterAll(async () => {
    keeper?.dispose();
    await ws?.dispose();
    await t?.close();
  });

  describe('over HTTP', () => {
    it('rejects the 15-alias bomb over Lead.calls, a list without first, with QUERY_TOO_COMPLEX', async () => {
      const r = await post(t.url, LEAD_CALLS_ALIAS_BOMB, { id: leadId }, org.token);
      expect(r.status).toBe(400);
      expectTooComplex(r);
      expect(r.data).toBeUndefined();
    });

    it('rejects the 4-level call → lead → calls bomb with QUERY_TOO_COMPLEX (nested lists multiply)', async () => {
      const r = await post(t.url, NESTED_CALLS_BOMB, { id: leadId }, org.token);
      expect(r.status).toBe(400);
      expectTooComplex(r);
      // 15 aliases × four levels of Lead.calls at its default page (10): the lists multiply.
      expect(r.errors![0]!.extensions!.cost as number).toBeGreaterThan(15 * 10 ** 4);
    });

    it('accepts the ordinary dashboard query (50 leads with owner, tags, scoreHistory and calls)', async () => {
      const r = await post(t.url, DASHBOARD, undefined, org.token);
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
      expect(r.data).toMatchObject({ leads: { edges: [{ node: { tags: ['vip'], calls: [] } }] } });
    });

    it('counts first passed as a variable, and its declared default', async () => {
      expectTooComplex(await post(t.url, PAGE_OF_CALLS, { n: 100 }, org.token));
      expectTooComplex(await post(t.url, PAGE_OF_CALLS_DEFAULT_100, undefined, org.token));
      const small = await post(t.url, PAGE_OF_CALLS, { n: 10 }, org.token);
      expect(small.errors).toBeUndefined();
      expect(small.status).toBe(200);
    });


    it('counts lists inside fragments and inline fragments', async () => {
      const viaFragments = `query ($id: ID!) { ${aliases(15, 'lead(id: $id) { ...Calls }')} } fragment Calls on Lead { ... on Lead { calls { id transcript { segments { text } } } } }`;
      expectTooComplex(await post(t.url, viaFragments, { id: leadId }, org.token));
    });
  });

  describe('over graphql-ws', () => {
    it('rejects the 15-alias bomb over Lead.calls with QUERY_TOO_COMPLEX and keeps the socket', async () => {
      expectTooComplex(await overWs(ws, LEAD_CALLS_ALIAS_BOMB, { id: leadId }));
    });

    it('rejects the 4-level call → lead → calls bomb with QUERY_TOO_COMPLEX', async () => {
      expectTooComplex(await overWs(ws, NESTED_CALLS_BOMB, { id: leadId }));
    });

    it('rejects a subscription whose every event could carry whole transcripts of 50 calls', async () => {
      expectTooComplex(await overWs(ws, 'subscription { leadChanged { lead { calls(first: 50) { transcript { segments { text } } } } } }'));
    });

    it('accepts the ordinary dashboard query', async () => {
      const r = await overWs(ws, DASHBOARD);
      expect(r.errors).toBeUndefined();
      expect(r.data).toMatchObject({ leads: { edges: [{ node: { tags: ['vip'] } }] } });
    });

    it('counts first passed as a variable', async () => {
      expectTooComplex(await overWs(ws, PAGE_OF_CALLS, { n: 100 }));
      expect((await overWs(ws, PAGE_OF_CALLS, { n: 10 })).errors).toBeUndefined();
      expect(socketCloses).toBe(0);
    });
  });
});
