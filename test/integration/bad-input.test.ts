import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import { AuditEvent } from '../../src/entities/audit-event.entity';
import { Lead } from '../../src/entities/lead.entity';
import { CreateLeadDocument, LeadChangedDocument, LeadsDocument } from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Bad requests over HTTP and graphql-ws: each gets its own code, every error
 * carries the request id, and nothing reaches the database.
 */

interface Answer {
  status: number;
  headers: Headers;
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

/** A POST as any client could send it: `body` is sent as is when it is a string. */
async function post(url: string, body: unknown, token?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  return { status: res.status, headers: res.headers, data: json.data, errors: json.errors };
}

/** The answer is an error with this code, and every error in it names the request. */
function expectError(r: { errors?: readonly GraphQLFormattedError[] }, code: string): GraphQLFormattedError {
  expect(r.errors?.length).toBeGreaterThan(0);
  expect(codeOf(r)).toBe(code);
  for (const e of r.errors!) expect(e.extensions?.requestId).toEqual(expect.any(String));
  return r.errors![0]!;
}

/** Rows in the real database, across every organization (the tenant filter is off on purpose). */
async function rowCounts(t: TestServer) {
  const em = t.app.orm.em.fork();
  return { leads: await em.count(Lead, {}, { filters: false }), auditEvents: await em.count(AuditEvent, {}, { filters: false }) };
}

/** Runs `fn` and asserts the database has exactly as many leads and audit events afterwards. */
async function changesNothing(t: TestServer, fn: () => Promise<void>): Promise<void> {
  const before = await rowCounts(t);
  await fn();
  expect(await rowCounts(t)).toEqual(before);
}

/** What a graphql-ws subscribe comes back with: an `error` message, a close, or data. */
function wsOutcome(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ errors?: readonly GraphQLFormattedError[]; closeCode?: number; data?: unknown }> {
  return new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve({ data: value.data, errors: value.errors }),
        error: (err) => {
          if (Array.isArray(err)) resolve({ errors: err as GraphQLFormattedError[] });
          else resolve({ closeCode: (err as { code?: number }).code });
        },
        complete: () => resolve({}),
      },
    );
  });
}

const CREATE_LEAD = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }';
const LEAD_FIELDS = 'id name email phone company source status tags customFields externalId score temperature createdAt updatedAt lastActivityAt';

describe('with the default limits', () => {
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    t = await startTestServer();
    org = await createTenant(t);
  });
  afterAll(() => t?.close());

  it('answers a malformed JSON body with 400 BAD_REQUEST', async () => {
    await changesNothing(t, async () => {
      const r = await post(t.url, `{"query": "${CREATE_LEAD}", "variables": {"input": {"name": "Half`, org.token);
      expect(r.status).toBe(400);
      expectError(r, 'BAD_REQUEST');
    });
  });

  it('refuses a batched request (JSON array) with 400, running none of it', async () => {
    await changesNothing(t, async () => {
      const op = { query: CREATE_LEAD, variables: { input: { name: 'Batched' } } };
      const r = await post(t.url, [op, op], org.token);
      expect(r.status).toBe(400);
      expect(expectError(r, 'BAD_REQUEST').message).toMatch(/batch/i);
    });
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    await changesNothing(t, async () => {
      const r = await post(t.url, { query: 'mutation { createLead(input: { name: "Unknown field" }) { lead { id nope } } }' }, org.token);
      expect(r.status).toBe(400);
      expect(expectError(r, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/"nope"/);
      expect(r.data).toBeUndefined();
    });
  });

  it('answers an unknown input field in variables with BAD_USER_INPUT', async () => {
    await changesNothing(t, async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Sneaky', isAdmin: true } as never }, { token: org.token });
      const error = expectError(r, 'BAD_USER_INPUT');
      expect(error.message).toMatch(/"isAdmin"/);
      expect(error.extensions?.field).toMatch(/^input/);
    });
  });

  it('answers an invalid email in variables with BAD_USER_INPUT naming input.email', async () => {
    await changesNothing(t, async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Bad Email', email: 'not-an-email' } }, { token: org.token });
      expect(expectError(r, 'BAD_USER_INPUT').extensions?.field).toBe('input.email');
    });
  });

  it.each([
    ['not E.164 at all', 'call me maybe'],
    ['E.164-shaped but not a real number', '+1555'],
  ])('answers an invalid phone (%s) with BAD_USER_INPUT naming input.phone', async (_, phone) => {
    await changesNothing(t, async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Bad Phone', phone } }, { token: org.token });
      expect(expectError(r, 'BAD_USER_INPUT').extensions?.field).toBe('input.phone');
    });
  });

  it('answers first: 100000 with BAD_USER_INPUT naming first', async () => {
    const r = await gql(t.url, LeadsDocument, { first: 100000 }, { token: org.token });
    expect(expectError(r, 'BAD_USER_INPUT').extensions?.field).toBe('first');
  });

  it('allows introspection by default (the control for the production server below)', async () => {
    const r = await post(t.url, { query: '{ __schema { queryType { name } } }' });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses a costly page (first: 100 of everything, with every call\'s transcript) over the default cost limit', async () => {
    const r = await post(t.url, { query: `{ leads(first: 100) { edges { node { ${LEAD_FIELDS} owner { id name email } calls { transcript { segments { text } } } } } } }` }, org.token);
    expect(r.status).toBe(400);
    expect(expectError(r, 'QUERY_TOO_COMPLEX').message).toMatch(/cost limit of 50000/i);
  });
});

describe('with tight query and body limits', () => {
  let t: TestServer;
  let org: Tenant;
  let ws: Client;
  /** A valid subscription kept open on `ws` the whole time, so its one socket must survive every rejection. */
  let keeper: ReturnType<typeof subscribe<unknown, unknown>>;
  let socketCloses = 0;

  beforeAll(async () => {
    t = await startTestServer({ MAX_QUERY_DEPTH: '3', MAX_ALIASES: '3', MAX_DIRECTIVES: '3', MAX_TOKENS: '300', MAX_QUERY_COST: '80', MAX_BODY_BYTES: '2048' });
    org = await createTenant(t);
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

  // Each document breaks exactly one limit; the HTTP ones are mutations that would write if they ran.
  const limits = [
    {
      name: 'too deep',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /depth limit of 3 exceeded/i,
      http: 'mutation { createLead(input: { name: "Deep" }) { lead { owner { id } } } }',
      ws: 'subscription { leadChanged { lead { owner { id } } } }',
    },
    {
      name: 'too many aliases',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /aliases limit of 3 exceeded/i,
      http: 'mutation { createLead(input: { name: "Aliases" }) { lead { a: id b: id c: id d: id } } }',
      ws: 'subscription { leadChanged { a: leadId b: leadId c: leadId d: leadId } }',
    },
    {
      name: 'too many directives',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /directives limit of 3 exceeded/i,
      http: 'mutation { createLead(input: { name: "Directives" }) { lead { id @include(if: true) name @include(if: true) email @include(if: true) phone @include(if: true) } } }',
      ws: 'subscription { leadChanged { leadId @include(if: true) kind @include(if: true) at @include(if: true) changedFields @include(if: true) } }',
    },
    {
      name: 'too costly',
      // A lead's tags and an event's changedFields hold up to 50 each: 2 × (2 + 50) = 104 and 1 + 50 + 1 + 50 = 102, over 80.
      code: 'QUERY_TOO_COMPLEX',
      message: /cost limit of 80 exceeded/i,
      http: 'mutation { a: createLead(input: { name: "Costly" }) { lead { tags } } b: createLead(input: { name: "Costly" }) { lead { tags } } }',
      ws: 'subscription { leadChanged { changedFields lead { tags } } }',
    },
  ];

  it.each(limits)('refuses a $name operation over HTTP with $code, writing nothing', async ({ http, code, message }) => {
    await changesNothing(t, async () => {
      const r = await post(t.url, { query: http }, org.token);
      expect(r.status).toBe(400);
      expect(expectError(r, code).message).toMatch(message);
    });
  });

  it.each(limits)('refuses a $name subscription over graphql-ws with $code', async ({ ws: query, code, message }) => {
    const outcome = await wsOutcome(ws, query);
    expect(outcome.closeCode).toBeUndefined();
    expect(expectError(outcome, code).message).toMatch(message);
  });

  it('refuses too many tokens over HTTP with GRAPHQL_PARSE_FAILED, writing nothing', async () => {
    await changesNothing(t, async () => {
      const r = await post(t.url, { query: `mutation { createLead(input: { name: "Tokens" }) { lead { ${'id '.repeat(300)} } } }` }, org.token);
      expect(r.status).toBe(400);
      expect(expectError(r, 'GRAPHQL_PARSE_FAILED').message).toMatch(/more that 300 tokens/);
    });
  });

  it('refuses too many tokens over graphql-ws with GRAPHQL_PARSE_FAILED', async () => {
    const outcome = await wsOutcome(ws, `subscription { leadChanged { ${'at '.repeat(300)} } }`);
    expect(expectError(outcome, 'GRAPHQL_PARSE_FAILED').message).toMatch(/more that 300 tokens/);
  });

  it('runs nothing from a document when another operation in it breaks a limit', async () => {
    await changesNothing(t, async () => {
      const query = `mutation Write { createLead(input: { name: "Riding along" }) { lead { id } } } query Costly { users { id name email } }`;
      const r = await post(t.url, { query, operationName: 'Write' }, org.token);
      expect(expectError(r, 'QUERY_TOO_COMPLEX').message).toMatch(/cost limit/i);
    });
  });

  it('keeps the one socket open and working after the rejected subscriptions', async () => {
    expect(socketCloses).toBe(0);
    // The keeper is registered asynchronously; keep producing leads until its first event arrives.
    for (let i = 0; i < 20 && keeper.events.length === 0 && !keeper.error; i++) {
      // Not org.lead(): its selection is deeper and costlier than this server allows.
      await post(t.url, { query: CREATE_LEAD, variables: { input: { name: `After rejections ${i}` } } }, org.token);
      await keeper.waitFor(1, 250).catch(() => undefined);
    }
    expect(keeper.error).toBeUndefined();
    expect((keeper.events[0]?.data as { leadChanged?: { kind: string } } | undefined)?.leadChanged?.kind).toBe('CREATED');
    expect(socketCloses).toBe(0);
  });

  it('answers a body over MAX_BODY_BYTES with 413, writing nothing', async () => {
    await changesNothing(t, async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'x'.repeat(3000) } }, { token: org.token });
      expect(r.status).toBe(413);
      expect(expectError(r, 'BAD_REQUEST').message).toMatch(/2048 bytes/);
    });
  });

  it('answers a streamed (chunked, no content-length) body over MAX_BODY_BYTES with 413', async () => {
    await changesNothing(t, async () => {
      const body = JSON.stringify({ query: CREATE_LEAD, variables: { input: { name: 'y'.repeat(3000) } } });
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const bytes = new TextEncoder().encode(body);
          for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
          controller.close();
        },
      });
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${org.token}` },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.headers.get('content-length')).not.toBeNull();
      expect(res.status).toBe(413);
      expectError((await res.json()) as Answer, 'BAD_REQUEST');
    });
  });

  it('closes a WebSocket whose message is over MAX_BODY_BYTES (1009), writing nothing', async () => {
    const big = wsClient(t.wsUrl, org.token);
    try {
      await changesNothing(t, async () => {
        const outcome = await wsOutcome(big, `subscription { leadChanged(filter: { ownerId: "${'z'.repeat(3000)}" }) { leadId } }`);
        expect(outcome.closeCode).toBe(1009);
      });
    } finally {
      await big.dispose();
    }
  });
});

describe('in production with introspection off', () => {
  let t: TestServer;
  let org: Tenant;

  beforeAll(async () => {
    // The harness supplies a JWT_SECRET of 32+ characters, which production requires.
    t = await startTestServer({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' });
    org = await createTenant(t);
  });
  afterAll(() => t?.close());

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Lead") { fields { name } } }'],
  ])('refuses %s introspection with GRAPHQL_VALIDATION_FAILED', async (_, query) => {
    const r = await post(t.url, { query }, org.token);
    expect(r.status).toBe(400);
    expect(expectError(r, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/introspection/i);
    expect(r.data).toBeUndefined();
  });

  it('still answers __typename', async () => {
    expect((await post(t.url, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });

  it.each([
    ['an unknown field', { query: '{ me { usr { id } } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown enum value', { query: '{ leads(orderBy: { field: NAM }) { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown input field', { query: CREATE_LEAD, variables: { input: { name: 'x', tag: ['a'] } } }, 'BAD_USER_INPUT'],
  ])('gives no "Did you mean" hints for %s over HTTP', async (_, body, code) => {
    const r = await post(t.url, body, org.token);
    expectError(r, code);
    for (const e of r.errors!) expect(e.message).not.toMatch(/did you mean/i);
  });

  it('gives no "Did you mean" hints over graphql-ws', async () => {
    const client = wsClient(t.wsUrl, org.token);
    try {
      const outcome = await wsOutcome(client, 'subscription { leadChanged { leadI } }');
      expectError(outcome, 'GRAPHQL_VALIDATION_FAILED');
      for (const e of outcome.errors!) expect(e.message).not.toMatch(/did you mean/i);
    } finally {
      await client.dispose();
    }
  });

  it('still works for a valid request', async () => {
    const r = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Production lead' } }, { token: org.token });
    expect(r.createLead.lead.name).toBe('Production lead');
  });
});

describe('rate limits', () => {
  it('answers the 6th request from one IP with 429 RATE_LIMITED and Retry-After (RATE_LIMIT_PER_IP=5)', async () => {
    const t = await startTestServer({ RATE_LIMIT_PER_IP: '5' });
    try {
      for (let i = 0; i < 5; i++) expect((await post(t.url, { query: '{ __typename }' })).status).toBe(200);
      await changesNothing(t, async () => {
        const r = await post(t.url, { query: CREATE_LEAD, variables: { input: { name: 'Over the limit' } } });
        expect(r.status).toBe(429);
        const error = expectError(r, 'RATE_LIMITED');
        const retryAfter = error.extensions?.retryAfterSeconds as number;
        expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60).toBe(true);
        expect(r.headers.get('retry-after')).toBe(String(retryAfter));
      });
    } finally {
      await t.close();
    }
  });

  it('limits each API key on its own (RATE_LIMIT_PER_API_KEY=3), writing nothing over the limit', async () => {
    const t = await startTestServer({ RATE_LIMIT_PER_API_KEY: '3' });
    try {
      const org = await createTenant(t);
      const key = await org.apiKey(['leads:read', 'leads:write']);
      const other = await org.apiKey(['leads:read']);
      for (let i = 0; i < 3; i++) expect((await gql(t.url, LeadsDocument, {}, { token: key })).status).toBe(200);
      await changesNothing(t, async () => {
        const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Over the key limit' } }, { token: key });
        expect(r.status).toBe(429);
        const error = expectError(r, 'RATE_LIMITED');
        expect(r.headers.get('retry-after')).toBe(String(error.extensions?.retryAfterSeconds));
      });
      // Another key of the same organization, and the owner's session, have their own budgets.
      expect((await gqlOk(t.url, LeadsDocument, {}, { token: other })).leads.totalCount).toBe(0);
      expect((await gqlOk(t.url, LeadsDocument, {}, { token: org.token })).leads.totalCount).toBe(0);
    } finally {
      await t.close();
    }
  });
});
