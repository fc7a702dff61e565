import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLInterfaceType } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { UpdateLeadDocument } from '../../generated/graphql';
import { gqlOk } from '../../support/client';
import { createTenant, type Tenant } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * Apollo Client 4 set up as README "Clients" says: HTTP for queries and
 * mutations, graphql-ws for subscriptions through a split link, a normalized
 * cache with relayStylePagination on `leads`. Real HTTP and WebSocket.
 */

interface LeadNode {
  __typename: 'Lead';
  id: string;
  name: string;
  score: number;
}
interface LeadsPage {
  leads: {
    totalCount: number;
    edges: Array<{ cursor: string; node: LeadNode }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const LEADS: TypedDocumentNode<LeadsPage, { first?: number; after?: string | null; search?: string }> = gql`
  query ApolloLeads($first: Int, $after: String, $search: String) {
    leads(first: $first, after: $after, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges { cursor node { id name score } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;
const RENAME: TypedDocumentNode<{ updateLead: { lead: LeadNode } }, { id: string; name: string }> = gql`
  mutation ApolloRename($id: ID!, $name: String!) {
    updateLead(input: { id: $id, name: $name }) { lead { id name score } }
  }
`;
const CHANGES: TypedDocumentNode<{ leadChanged: { kind: string; leadId: string; lead: LeadNode | null } }, Record<string, never>> = gql`
  subscription ApolloLeadChanges {
    leadChanged { kind leadId lead { id name score } }
  }
`;

const NODE: TypedDocumentNode<{ node: (LeadNode & { __typename: string }) | null }, { id: string }> = gql`
  query ApolloNode($id: ID!) {
    node(id: $id) { __typename id ... on Lead { name score } }
  }
`;
const LAST_LEADS: TypedDocumentNode<LeadsPage, { last: number; before?: string | null }> = gql`
  query ApolloLastLeads($last: Int, $before: String) {
    leads(last: $last, before: $before, filter: { search: "Apollo" }, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges { cursor node { id name score } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

/** Apollo's possibleTypes from the committed schema (what codegen's fragment-matcher plugin writes), so fragments on Node match. */
function possibleTypes(): Record<string, string[]> {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../src/schema/schema.graphql'), 'utf8'));
  return { Node: schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((type) => type.name) };
}

let t: TestServer;
let org: Tenant;
let ws: WsClient;
let client: ApolloClient;
const httpRequests: string[] = [];
const names = ['Apollo A', 'Apollo B', 'Apollo C', 'Apollo D', 'Apollo E'];
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
  for (const name of names) ids.set(name, (await org.lead({ name })).id);
  ws = createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${org.token}` } });
  const http = new HttpLink({
    uri: t.url,
    headers: { authorization: `Bearer ${org.token}` },
    fetch: async (input, init) => {
      httpRequests.push(String(JSON.parse(String(init?.body)).operationName));
      return fetch(input, init);
    },
  });
  client = new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => {
        const main = getMainDefinition(query);
        return main.kind === 'OperationDefinition' && main.operation === 'subscription';
      },
      new GraphQLWsLink(ws),
      http,
    ),
    cache: new InMemoryCache({ possibleTypes: possibleTypes(), typePolicies: { Query: { fields: { leads: relayStylePagination(['filter', 'orderBy']) } } } }),
  });
}, 120_000);
afterAll(async () => {
  client?.stop();
  await ws?.dispose();
  await t?.close();
});

/** The normalized cache's entries, by cache id. */
const cached = () => client.cache.extract() as Record<string, Record<string, unknown>>;
const namesOf = (page: LeadsPage | undefined) => page?.leads.edges.map((e) => e.node.name);

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(10);
  }
}

describe('Apollo Client 4', () => {
  it('pages forward with relayStylePagination: fetchMore appends to one cached list', async () => {
    const query = client.watchQuery({ query: LEADS, variables: { first: 2, search: 'Apollo' } });
    const seen: LeadsPage[] = [];
    const sub = query.subscribe({ next: (r) => r.data && seen.push(r.data as LeadsPage) });
    try {
      await until(() => seen.length > 0, 'first page');
      expect(namesOf(seen.at(-1))).toEqual(['Apollo A', 'Apollo B']);
      expect(seen.at(-1)?.leads.pageInfo.hasNextPage).toBe(true);

      await query.fetchMore({ variables: { after: seen.at(-1)?.leads.pageInfo.endCursor } });
      // The watched query re-reads the merged field from the cache: the first page, then the second.
      await until(() => namesOf(seen.at(-1))?.length === 4, `four leads in the list; saw ${JSON.stringify(seen.map(namesOf))}`);
      await query.fetchMore({ variables: { after: seen.at(-1)?.leads.pageInfo.endCursor } });
      await until(() => namesOf(seen.at(-1))?.length === 5, 'five leads in the list');
      const merged = seen.at(-1);
      expect(namesOf(merged)).toEqual(names);
      expect(merged?.leads.pageInfo.hasNextPage).toBe(false);
      expect(merged?.leads.totalCount).toBe(5);
      expect(httpRequests.filter((n) => n === 'ApolloLeads')).toHaveLength(3);
    } finally {
      sub.unsubscribe();
    }
  });

  it('normalizes by __typename and id: a mutation result updates the cached list without a refetch', async () => {
    const query = client.watchQuery({ query: LEADS, variables: { first: 5, search: 'Apollo' } });
    const seen: LeadsPage[] = [];
    const sub = query.subscribe({ next: (r) => r.data && seen.push(r.data as LeadsPage) });
    try {
      await until(() => seen.length > 0, 'the list');
      const before = httpRequests.length;
      await client.mutate({ mutation: RENAME, variables: { id: ids.get('Apollo C')!, name: 'Apollo C (renamed)' } });
      await until(() => namesOf(seen.at(-1))?.includes('Apollo C (renamed)') === true, 'the renamed lead in the list');
      // Only the mutation went over the wire.
      expect(httpRequests.slice(before)).toEqual(['ApolloRename']);
      const entries = Object.keys(cached()).filter((k) => k.startsWith('Lead:'));
      expect(entries.sort()).toEqual([...ids.values()].map((id) => `Lead:${id}`).sort());
    } finally {
      sub.unsubscribe();
    }
  });

  it('subscriptions go over graphql-ws through the split link, and their events update the cache', async () => {
    const query = client.watchQuery({ query: LEADS, variables: { first: 5, search: 'Apollo' } });
    const seen: LeadsPage[] = [];
    const listSub = query.subscribe({ next: (r) => r.data && seen.push(r.data as LeadsPage) });
    const events: Array<{ leadId: string; lead: LeadNode | null }> = [];
    const before = httpRequests.length;
    const eventsSub = client.subscribe({ query: CHANGES }).subscribe({ next: (r) => r.data && events.push(r.data.leadChanged) });
    try {
      const idA = ids.get('Apollo A')!;
      // Until the server has the subscription, an update may not be seen: touch the lead until one arrives.
      for (let attempt = 0; events.length === 0 && attempt < 40; attempt++) {
        await gqlOk(t.url, UpdateLeadDocument, { input: { id: idA, tags: [`touch-${attempt}`] } }, { token: org.token });
        await sleep(100);
      }
      expect(events.length).toBeGreaterThan(0);
      // Someone else renames A, over plain HTTP: this client learns it only from the event.
      await gqlOk(t.url, UpdateLeadDocument, { input: { id: idA, name: 'Apollo A (live)' } }, { token: org.token });
      await until(() => events.some((e) => e.lead?.name === 'Apollo A (live)'), 'the rename event');
      await until(() => namesOf(seen.at(-1))?.[0] === 'Apollo A (live)', 'the list showing the event');
      expect(httpRequests.slice(before)).not.toContain('ApolloLeadChanges');
      expect(cached()[`Lead:${idA}`]).toMatchObject({ name: 'Apollo A (live)' });
    } finally {
      eventsSub.unsubscribe();
      listSub.unsubscribe();
    }
  });
});

describe('Apollo Client 4 with Node', () => {
  it('a lead read through leads and through node(id:) is one cache entry: a refetch by node updates the list', async () => {
    const query = client.watchQuery({ query: LEADS, variables: { first: 5, search: 'Apollo' } });
    const seen: LeadsPage[] = [];
    const sub = query.subscribe({ next: (r) => r.data && seen.push(r.data as LeadsPage) });
    try {
      await until(() => seen.length > 0, 'the list');
      const id = ids.get('Apollo B')!;
      await gqlOk(t.url, UpdateLeadDocument, { input: { id, name: 'Apollo B (by node)' } }, { token: org.token });
      const { data } = await client.query({ query: NODE, variables: { id }, fetchPolicy: 'network-only' });
      expect(data?.node).toMatchObject({ __typename: 'Lead', id, name: 'Apollo B (by node)' });
      // The node's answer went into the same Lead entry the list points at.
      await until(() => namesOf(seen.at(-1))?.includes('Apollo B (by node)') === true, 'the list showing what node(id:) read');
      expect(Object.keys(cached()).filter((k) => k.endsWith(id))).toEqual([`Lead:${id}`]);
      expect(cached().ROOT_QUERY[`node({"id":"${id}"})`]).toEqual({ __ref: `Lead:${id}` });
    } finally {
      sub.unsubscribe();
    }
  });

  it('ids are cache keys across types: with dataIdFromObject = id, node(id:) is answered from the cache', async () => {
    const requests: string[] = [];
    const byId = new ApolloClient({
      link: new HttpLink({
        uri: t.url,
        headers: { authorization: `Bearer ${org.token}` },
        fetch: async (input, init) => {
          requests.push(String(JSON.parse(String(init?.body)).operationName));
          return fetch(input, init);
        },
      }),
      cache: new InMemoryCache({
        possibleTypes: possibleTypes(),
        dataIdFromObject: (object) => (typeof object.id === 'string' ? object.id : undefined),
        typePolicies: { Query: { fields: { node: { read: (existing, { args, toReference }) => existing ?? toReference(String(args?.id)) } } } },
      }),
    });
    try {
      await byId.query({ query: LEADS, variables: { first: 5, search: 'Apollo' } });
      const id = ids.get('Apollo D')!;
      const { data } = await byId.query({ query: NODE, variables: { id } });
      expect(data?.node).toMatchObject({ __typename: 'Lead', id, name: 'Apollo D' });
      expect(requests).toEqual(['ApolloLeads']);
    } finally {
      byId.stop();
    }
  });

  it('pages backward with relayStylePagination: last/before prepend to the cached list', async () => {
    // A fresh cache: the shared one already holds this (same filter and order) list, complete.
    const fresh = new ApolloClient({
      link: new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${org.token}` } }),
      cache: new InMemoryCache({ typePolicies: { Query: { fields: { leads: relayStylePagination(['filter', 'orderBy']) } } } }),
    });
    const query = fresh.watchQuery({ query: LAST_LEADS, variables: { last: 2 } });
    const seen: LeadsPage[] = [];
    const sub = query.subscribe({ next: (r) => r.data && seen.push(r.data as LeadsPage) });
    try {
      await until(() => seen.length > 0, 'the last page');
      const last = ['Apollo D', 'Apollo E'];
      expect(namesOf(seen.at(-1))).toEqual(last);
      expect(seen.at(-1)?.leads.pageInfo.hasPreviousPage).toBe(true);
      await query.fetchMore({ variables: { before: seen.at(-1)?.leads.pageInfo.startCursor } });
      await until(() => namesOf(seen.at(-1))?.length === 4, `four leads; saw ${JSON.stringify(seen.map(namesOf))}`);
      expect(namesOf(seen.at(-1))?.slice(2)).toEqual(last);
      await query.fetchMore({ variables: { before: seen.at(-1)?.leads.pageInfo.startCursor } });
      await until(() => namesOf(seen.at(-1))?.length === 5, 'five leads');
      expect(seen.at(-1)?.leads.pageInfo.hasPreviousPage).toBe(false);
      expect(namesOf(seen.at(-1))?.at(0)).toMatch(/^Apollo A/);
    } finally {
      sub.unsubscribe();
      fresh.stop();
    }
  });
});
