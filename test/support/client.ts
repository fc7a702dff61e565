import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
  headers: Headers;
}

/** A typed GraphQL-over-HTTP call, as a real client makes it. */
export async function gql<T, V>(url: string, doc: TypedDocumentNode<T, V>, variables?: V, options: { token?: string; headers?: Record<string, string> } = {}): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/**
 * Root fields of an answer without errors: the schema's only nullable root fields (`lead`, `call`,
 * `alert` by id) answer null only together with a NOT_FOUND error, so here they are never null.
 */
export type WithoutErrors<T> = { [K in keyof T]-?: NonNullable<T[K]> };

/** The data of a call that must succeed; throws with the errors otherwise. */
export async function gqlOk<T, V>(url: string, doc: TypedDocumentNode<T, V>, variables?: V, options: { token?: string } = {}): Promise<WithoutErrors<T>> {
  const r = await gql(url, doc, variables, options);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as WithoutErrors<T>;
}

export function codeOf(r: { errors?: readonly GraphQLFormattedError[] }): string | undefined {
  return r.errors?.[0]?.extensions?.code as string | undefined;
}

export function wsClient(wsUrl: string, token: string | null, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
}

/** Collects a subscription's events; `next(n)` waits for the n-th. */
export function subscribe<T, V>(client: Client, doc: TypedDocumentNode<T, V>, variables?: V) {
  const events: Array<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }> = [];
  const waiters: Array<() => void> = [];
  let error: unknown;
  let completed = false;
  const dispose = client.subscribe<T>(
    { query: print(doc), variables: variables as Record<string, unknown> | undefined },
    {
      next: (value) => {
        events.push(value as (typeof events)[number]);
        waiters.splice(0).forEach((w) => w());
      },
      error: (err) => {
        error = err;
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => {
        completed = true;
        waiters.splice(0).forEach((w) => w());
      },
    },
  );
  return {
    events,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    dispose,
    async waitFor(count: number, timeoutMs = 5000): Promise<typeof events> {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && !error && !completed) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${count} events; got ${events.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, Math.min(left, 100));
        });
      }
      if (error && events.length < count) throw new Error(`subscription failed: ${JSON.stringify(error)}`);
      return events;
    },
  };
}

/** Resolves once the client has an acknowledged connection (so later publishes are not missed). */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const offOk = client.on('connected', () => {
      offOk();
      offErr();
      resolve();
    });
    const offErr = client.on('closed', (e) => {
      offOk();
      offErr();
      reject(e);
    });
  });
}
