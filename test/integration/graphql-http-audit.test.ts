import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/server';

/**
 * GraphQL-over-HTTP conformance (https://graphql.github.io/graphql-over-http/),
 * checked by the graphql-http audit suite against a real server on a real port.
 * Every MUST audit is a test that fails with the auditor's reason; SHOULD and
 * MAY audits are one test that fails on any failure not accepted below.
 */
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

// The URL is read lazily by each audit, so the list can be built before the server starts.
const audits = serverAudits({ url: () => t.url, fetchFn: (...args: Parameters<typeof fetch>) => fetch(...args) });

describe('GraphQL over HTTP: MUST', () => {
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        const body = await result.response.text().catch(() => '<unreadable body>');
        throw new Error(`${result.reason}\nstatus ${result.response.status}, content-type ${result.response.headers.get('content-type')}\n${body}`);
      }
    });
  }
});

/**
 * Recommendations we knowingly do not follow, with the reason. Anything else
 * failing is a regression; one of these starting to pass is fine.
 */
const ACCEPTED: Record<string, string> = {
  // Apollo's CSRF prevention (kept on) refuses GETs without a preflight-forcing header.
  'MAY accept application/x-www-form-urlencoded formatted GET requests': 'CSRF prevention',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json': 'CSRF prevention',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json': 'CSRF prevention',
  // Apollo answers request errors with 400 whatever the Accept header says.
  'SHOULD use 200 status code on document parsing failure when accepting application/json': 'Apollo uses 400',
  'SHOULD use 200 status code on document validation failure when accepting application/json': 'Apollo uses 400',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': 'Apollo uses 400',
};

describe('GraphQL over HTTP: SHOULD and MAY', () => {
  it('meets every recommendation except the accepted ones', async () => {
    const failures: string[] = [];
    for (const audit of audits.filter((a) => !a.name.startsWith('MUST'))) {
      const result = await audit.fn();
      if (result.status !== 'ok' && !(audit.name in ACCEPTED)) failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('CSRF prevention (must stay on while the audits pass)', () => {
  it.each([
    ['a text/plain POST', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }],
    ['a GET without a preflight header', { method: 'GET' }],
  ])('refuses %s, which a browser would send cross-site without a preflight', async (_, init) => {
    const url = init.method === 'GET' ? `${t.url}?query=${encodeURIComponent('{ __typename }')}` : t.url;
    const res = await fetch(url, init as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});
