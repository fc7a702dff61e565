import { LeadsDocument } from '../generated/graphql';
import { gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Browsers on other origins and simple clients: CORS_ORIGINS answers the
 * preflights of listed origins only, and CSRF prevention still refuses every
 * request that could be sent without one — with a 400 saying what to send.
 */

const ADMIN = 'https://admin.example.com';
const DEV = 'http://localhost:5173';
const EVIL = 'https://evil.example.net';

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  t = await startTestServer({ CORS_ORIGINS: `${ADMIN}, ${DEV}` });
  org = await createTenant(t);
}, 120_000);
afterAll(() => t?.close());

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

function preflight(origin: string, method = 'POST', headers = 'content-type, authorization') {
  return fetch(t.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });
}

/** A query over GET, the way urql and graphql-request (method GET) send it. */
function getQuery(query: string, headers: Record<string, string> = {}) {
  const url = new URL(t.url);
  url.searchParams.set('query', query);
  return fetch(url, { headers: { authorization: `Bearer ${org.token}`, accept: 'application/graphql-response+json, application/json', ...headers } });
}

const TOTAL = '{ leads(first: 1) { totalCount } }';

describe('preflight (OPTIONS /graphql)', () => {
  it('a listed origin gets 204 with Allow-Origin, methods, the headers clients send, and Max-Age', async () => {
    const res = await preflight(ADMIN, 'POST', 'content-type, authorization, apollo-require-preflight');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ADMIN);
    expect(res.headers.get('access-control-allow-methods')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(res.headers.get('access-control-allow-headers')?.split(', ')).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name']));
    expect(res.headers.get('access-control-max-age')).toBe('600');
    // Credentials are off unless CORS_CREDENTIALS=true.
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    // The second listed origin is matched exactly, as the browser writes it.
    expect((await preflight(DEV)).headers.get('access-control-allow-origin')).toBe(DEV);
  });

  it('an unlisted origin, or a listed one spelled differently, gets no CORS header at all', async () => {
    for (const origin of [EVIL, `${ADMIN}/`, 'https://ADMIN.example.com.evil.net', 'http://admin.example.com', 'null']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(corsHeaders(res)).toEqual([]);
    }
  });

  it('is answered before authentication: a bad token on the real request is the real request\'s problem', async () => {
    const res = await fetch(t.url, { method: 'OPTIONS', headers: { origin: ADMIN, 'access-control-request-method': 'POST', authorization: 'Bearer nonsense' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ADMIN);
  });
});

describe('actual responses', () => {
  it('carry Allow-Origin, Vary: Origin and the readable headers for a listed origin', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { origin: ADMIN, 'content-type': 'application/json', authorization: `Bearer ${org.token}` },
      body: JSON.stringify({ query: TOTAL }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { leads: { totalCount: number } } }).data.leads.totalCount).toBe(0);
    expect(res.headers.get('access-control-allow-origin')).toBe(ADMIN);
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(res.headers.get('access-control-expose-headers')?.split(', ')).toEqual(expect.arrayContaining(['x-request-id', 'ratelimit-remaining', 'retry-after']));
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a refusal (401) also carries them, so the page can read why', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { origin: DEV, 'content-type': 'application/json', authorization: 'Bearer nonsense' }, body: JSON.stringify({ query: TOTAL }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(DEV);
  });

  it('an unlisted origin gets its answer without CORS headers (the browser withholds it from the page), but with Vary: Origin', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/json', authorization: `Bearer ${org.token}` }, body: JSON.stringify({ query: TOTAL }) });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
  });
});

describe('CSRF prevention stays on', () => {
  it('a GET query without a preflight-forcing header is refused with a 400 that says what to send', async () => {
    const res = await getQuery(TOTAL);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error.extensions).toMatchObject({ code: 'CSRF_PREFLIGHT_REQUIRED', headers: ['apollo-require-preflight', 'x-apollo-operation-name'], contentType: 'application/json' });
    expect(typeof error.extensions.requestId).toBe('string');
    expect(error.message).toContain('apollo-require-preflight');
    expect(error.message).toContain('Content-Type: application/json');
    expect(error.message).toContain('preferGetMethod: false');
  });

  it('a GET query with apollo-require-preflight or x-apollo-operation-name runs', async () => {
    await org.lead({ name: 'Counted over GET' });
    const headers: Array<Record<string, string>> = [{ 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'Total' }];
    for (const header of headers) {
      const res = await getQuery(TOTAL, header);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { leads: { totalCount: 1 } } });
    }
  });

  it('a form-like POST (text/plain, the classic cross-site form) is refused the same way, and runs nothing', async () => {
    const name = 'Made by a form post';
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'text/plain', authorization: `Bearer ${org.token}` },
      body: JSON.stringify({ query: `mutation { createLead(input: { name: "${name}" }) { lead { id } } }` }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('CSRF_PREFLIGHT_REQUIRED');
    expect((await gqlOk(t.url, LeadsDocument, { filter: { search: name } }, { token: org.token })).leads.totalCount).toBe(0);
  });

  it('a mutation over GET is refused even with the header, and stores nothing', async () => {
    const name = 'Made over GET';
    const res = await getQuery(`mutation { createLead(input: { name: "${name}" }) { lead { id } } }`, { 'apollo-require-preflight': 'true', origin: ADMIN });
    expect(res.status).toBe(405);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].message).toMatch(/only support query operations/);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect((await gqlOk(t.url, LeadsDocument, { filter: { search: name } }, { token: org.token })).leads.totalCount).toBe(0);
  });
});
