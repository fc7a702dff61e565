import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/** The README's examples are what a first user pastes: they are run here as written, against a real server. */
const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

/** The body of the first ```js block after `heading`, with its imports removed (the test passes them in). */
function jsExampleAfter(heading: string): string {
  const from = readme.indexOf(heading);
  expect(from).toBeGreaterThanOrEqual(0);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(from));
  expect(block).not.toBeNull();
  return block![1]!.replace(/^import .*$/gm, '');
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('README', () => {
  it('the graphql-ws example works on Node 20 as written (regression: it failed with "WebSocket implementation missing")', async () => {
    const tenant = await createTenant(t);
    const source = jsExampleAfter('Watch leads change live')
      .replace('ws://localhost:4000/graphql', t.wsUrl)
      .replace('<token>', tenant.token);
    const printed: unknown[] = [];
    const fakeConsole = { log: (x: unknown) => printed.push(x), error: (x: unknown) => printed.push({ error: x }) };
    const clients: Array<ReturnType<typeof createClient>> = [];
    const trackingCreateClient = (options: Parameters<typeof createClient>[0]) => {
      const c = createClient(options);
      clients.push(c);
      return c;
    };
    new Function('createClient', 'WebSocket', 'console', source)(trackingCreateClient, WebSocket, fakeConsole);
    try {
      // The subscription is live once the server has it; then a new lead reaches the example's `next`.
      for (let i = 0; i < 50 && printed.length === 0; i++) {
        await tenant.lead({ name: `Readme ${i}` });
        await sleep(100);
      }
      expect(printed[0]).toMatchObject({ data: { leadChanged: { kind: 'CREATED', lead: { status: 'NEW' } } } });
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('points only at files the repository has (regression: it linked ../shared/DESIGN.md)', () => {
    expect(readme).not.toMatch(/\.\.\/shared\//);
    for (const [, target] of readme.matchAll(/\]\(((?!https?:)[^)#]+)\)/g)) {
      expect(() => readFileSync(path.join(__dirname, '../..', target!))).not.toThrow();
    }
  });
});
