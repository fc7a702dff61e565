import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { CreateLeadDocument, LeadsDocument } from '../../generated/graphql';
import { createTenant, type Tenant } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * urql and graphql-request as their users configure them (README "Clients"),
 * over real HTTP: what their defaults get, and the one setting that makes
 * each work while CSRF prevention stays on.
 */

// graphql-request's types are ESM-only; jest loads its CommonJS build through this dynamic import.
let gr: typeof import('graphql-request', { with: { 'resolution-mode': 'import' } });
let t: TestServer;
let org: Tenant;
/** Every request the clients made: method and whether it carried the preflight-forcing header. */
const sent: Array<{ method: string; preflightHeader: boolean }> = [];

/** The global fetch, recording what each client sends (the clients' own request building is what is under test). */
const recordingFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  sent.push({ method: init?.method ?? 'GET', preflightHeader: headers.has('apollo-require-preflight') });
  return fetch(input, init);
};

beforeAll(async () => {
  gr = await import('graphql-request');
  t = await startTestServer();
  org = await createTenant(t);
  await org.lead({ name: 'Ada Client', company: 'Analytical' });
  await org.lead({ name: 'Grace Client', company: 'Compilers' });
}, 120_000);
afterAll(() => t?.close());
beforeEach(() => sent.splice(0));

const auth = () => ({ authorization: `Bearer ${org.token}` });
const byName = { field: 'NAME', direction: 'ASC' } as const;

describe('urql (@urql/core)', () => {
  const urql = (options: Partial<ConstructorParameters<typeof UrqlClient>[0]> = {}) =>
    new UrqlClient({ url: t.url, exchanges: [fetchExchange], fetch: recordingFetch, fetchOptions: () => ({ headers: auth() }), ...options });

  it('with its defaults sends queries as GET and is refused with an error that names the fix', async () => {
    const result = await urql().query(LeadsDocument, { first: 10 }).toPromise();
    expect(sent).toEqual([{ method: 'GET', preflightHeader: false }]);
    expect(result.data).toBeUndefined();
    expect(result.error?.response?.status).toBe(400);
    const [error] = result.error?.graphQLErrors ?? [];
    expect(error.extensions.code).toBe('CSRF_PREFLIGHT_REQUIRED');
    expect(error.message).toContain('preferGetMethod: false');
    expect(error.message).toContain('apollo-require-preflight');
  });

  it('preferGetMethod: false (POST) works', async () => {
    const result = await urql({ preferGetMethod: false }).query(LeadsDocument, { first: 10, orderBy: byName }).toPromise();
    expect(result.error).toBeUndefined();
    expect(sent).toEqual([{ method: 'POST', preflightHeader: false }]);
    expect(result.data?.leads.edges.map((e) => e.node.name)).toEqual(['Ada Client', 'Grace Client']);
  });

  it('GET with the apollo-require-preflight header works (cacheable GETs kept)', async () => {
    const client = urql({ fetchOptions: () => ({ headers: { ...auth(), 'apollo-require-preflight': 'true' } }) });
    const result = await client.query(LeadsDocument, { first: 1, orderBy: byName }).toPromise();
    expect(result.error).toBeUndefined();
    expect(sent).toEqual([{ method: 'GET', preflightHeader: true }]);
    expect(result.data?.leads).toMatchObject({ totalCount: 2, edges: [{ node: { name: 'Ada Client' } }], pageInfo: { hasNextPage: true } });
  });

  it('mutations go as POST whatever preferGetMethod says', async () => {
    const result = await urql().mutation(CreateLeadDocument, { input: { name: 'Made by urql' } }).toPromise();
    expect(result.error).toBeUndefined();
    expect(sent).toEqual([{ method: 'POST', preflightHeader: false }]);
    expect(result.data?.createLead.lead.name).toBe('Made by urql');
  });
});

describe('graphql-request', () => {
  it('POST (its default) works as is', async () => {
    const client = new gr.GraphQLClient(t.url, { headers: auth(), fetch: recordingFetch });
    const data = await client.request(LeadsDocument, { first: 10, orderBy: byName, filter: { search: 'Client' } });
    expect(sent).toEqual([{ method: 'POST', preflightHeader: false }]);
    expect(data.leads.edges.map((e) => e.node.company)).toEqual(['Analytical', 'Compilers']);
  });

  it("method: 'GET' alone is refused with CSRF_PREFLIGHT_REQUIRED, which its ClientError carries", async () => {
    const client = new gr.GraphQLClient(t.url, { method: 'GET', headers: auth(), fetch: recordingFetch });
    const error = await client.request(LeadsDocument, { first: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(gr.ClientError);
    const { response } = error as InstanceType<typeof gr.ClientError>;
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('CSRF_PREFLIGHT_REQUIRED');
    expect(sent).toEqual([{ method: 'GET', preflightHeader: false }]);
  });

  it("method: 'GET' with the apollo-require-preflight header works", async () => {
    const client = new gr.GraphQLClient(t.url, { method: 'GET', headers: { ...auth(), 'apollo-require-preflight': 'true' }, fetch: recordingFetch });
    const data = await client.request(LeadsDocument, { first: 5, filter: { search: 'Grace' } });
    expect(sent).toEqual([{ method: 'GET', preflightHeader: true }]);
    expect(data.leads.edges.map((e) => e.node.name)).toEqual(['Grace Client']);
  });

  it("a mutation with method: 'GET' is sent as POST by graphql-request itself, and runs", async () => {
    const client = new gr.GraphQLClient(t.url, { method: 'GET', headers: { ...auth(), 'apollo-require-preflight': 'true' }, fetch: recordingFetch });
    const data = await client.request(CreateLeadDocument, { input: { name: 'Made by graphql-request' } });
    expect(sent).toEqual([{ method: 'POST', preflightHeader: true }]);
    expect(data.createLead.lead.name).toBe('Made by graphql-request');
  });
});

describe('fetch', () => {
  it('POST with Content-Type: application/json works; a GET needs apollo-require-preflight; a GET mutation is refused', async () => {
    const query = '{ leads(first: 1) { totalCount } }';
    const post = await fetch(t.url, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(await post.json()).toEqual({ data: { leads: { totalCount: expect.any(Number) } } });
    const url = `${t.url}?query=${encodeURIComponent(query)}`;
    expect((await fetch(url, { headers: auth() })).status).toBe(400);
    const get = await fetch(url, { headers: { ...auth(), 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    const name = 'Made by a GET fetch';
    const mutation = `${t.url}?query=${encodeURIComponent(`mutation { createLead(input: { name: "${name}" }) { lead { id } } }`)}`;
    expect((await fetch(mutation, { headers: { ...auth(), 'apollo-require-preflight': 'true' } })).status).toBe(405);
    const check = await fetch(t.url, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ leads(filter: { search: "${name}" }) { totalCount } }` }) });
    expect(await check.json()).toEqual({ data: { leads: { totalCount: 0 } } });
  });
});
