import http from 'node:http';
import net from 'node:net';
import { startTestServer, type TestServer } from '../support/server';

/** Sends `head` and then one more byte every `everyMs`, until the server closes; what it answered and when. */
function trickle(port: number, head: string, drip: string, everyMs: number, giveUpMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write(head));
    let answer = '';
    const timer = setInterval(() => socket.writable && socket.write(drip), everyMs);
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server still held the connection after ${giveUpMs} ms`));
    }, giveUpMs);
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: performance.now() - started });
    });
  });
}

describe('slow clients', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('slow clients are cut off at HTTP_HEADERS_TIMEOUT_MS (408), not held ~40 s', async () => {
    const { answer, closedAfterMs } = await trickle(t.server.port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n', 'x', 100, 15_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // The timeout plus at most one check interval (1 s) and room for a busy machine; before the fix ~30-40 s.
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(5000);
  });

  it('a client sending its body slowly is cut off at HTTP_REQUEST_TIMEOUT_MS', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n';
    const { closedAfterMs } = await trickle(t.server.port, head, ' ', 100, 15_000);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1900);
    expect(closedAfterMs).toBeLessThan(6000);
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM resets no keep-alive request: 32 keep-alive clients sending during the drain get answers (Connection: close) or a refused connection, never ECONNRESET', async () => {
    const t = await startTestServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    const errors: string[] = [];
    let answered = 0;
    let toldToClose = 0;
    let draining = false;
    const request = () =>
      new Promise<void>((resolve, reject) => {
        const body = JSON.stringify({ query: '{ __typename }' });
        const req = http.request(
          { agent, host: '127.0.0.1', port: t.server.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => {
              answered++;
              if (draining && res.headers.connection === 'close') toldToClose++;
              resolve();
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const perClient = new Array<number>(32).fill(0);
    const client = async (_: unknown, i: number) => {
      for (;;) {
        try {
          await request();
          perClient[i]!++;
        } catch (err) {
          errors.push((err as NodeJS.ErrnoException).code ?? String(err));
          return;
        }
      }
    };
    try {
      const clients = Array.from({ length: 32 }, client);
      // Every client on its own open keep-alive socket before SIGTERM: connections still being accepted are another matter.
      while (perClient.some((n) => n < 3)) await new Promise((r) => setTimeout(r, 20));
      draining = true;
      const closing = t.server.close();
      await Promise.all(clients);
      await closing;
      expect(answered).toBeGreaterThan(32);
      expect(toldToClose).toBeGreaterThan(0);
      // After the drain the port is closed: a new connection is refused (safe to retry), nothing is reset.
      expect(errors.filter((code) => code !== 'ECONNREFUSED')).toEqual([]);
    } finally {
      agent.destroy();
      if (!draining) await t.server.close();
      await t.app.close();
      await t.infra.dispose();
    }
  });
});
