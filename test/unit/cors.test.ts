import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '../../src/config';
import { cors } from '../../src/http/cors';

/** CORS_* settings: how they are read and refused, and what credentials change on the wire. */

describe('CORS_ORIGINS', () => {
  const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
    try {
      loadConfig({ NODE_ENV: 'test', ...env });
      return [];
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
  };

  it('is a comma-separated list of exact origins; unset means none, credentials off, preflights cached 600 s', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).cors).toEqual({ origins: [], credentials: false, maxAgeSeconds: 600 });
    const config = loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: ' https://admin.example.com,http://localhost:5173 ,', CORS_CREDENTIALS: 'true', CORS_MAX_AGE_SECONDS: '60' });
    expect(config.cors).toEqual({ origins: ['https://admin.example.com', 'http://localhost:5173'], credentials: true, maxAgeSeconds: 60 });
  });

  it('refuses what a browser never sends as Origin, naming each, all at once', () => {
    const problems = problemsOf({ CORS_ORIGINS: '*,https://admin.example.com/,admin.example.com,https://ok.example.com,https://app.example.com/login' });
    expect(problems).toEqual([
      'CORS_ORIGINS: "*" is not accepted: list each origin',
      'CORS_ORIGINS: "https://admin.example.com/" must be written as its origin "https://admin.example.com" (scheme://host[:port], no path or trailing slash)',
      'CORS_ORIGINS: "admin.example.com" is not an origin (scheme://host[:port])',
      'CORS_ORIGINS: "https://app.example.com/login" must be written as its origin "https://app.example.com" (scheme://host[:port], no path or trailing slash)',
    ]);
  });
});

describe('cors() on a real socket', () => {
  let server: Server;
  let url: string;
  let credentials = false;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const policy = cors({ origins: ['https://admin.example.com'], credentials, maxAgeSeconds: 600 });
      if (req.method === 'OPTIONS') return policy.preflight(req, res);
      policy.decorate(req, res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const preflight = () => fetch(url, { method: 'OPTIONS', headers: { origin: 'https://admin.example.com', 'access-control-request-method': 'POST' } });

  it('sends Access-Control-Allow-Credentials only with CORS_CREDENTIALS=true, on preflights and responses', async () => {
    credentials = false;
    expect((await preflight()).headers.get('access-control-allow-credentials')).toBeNull();
    credentials = true;
    expect((await preflight()).headers.get('access-control-allow-credentials')).toBe('true');
    const res = await fetch(url, { method: 'POST', headers: { origin: 'https://admin.example.com' } });
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    // Never with a wildcard: credentials require the exact origin echoed.
    expect(res.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
  });

  it('an OPTIONS that is not a preflight (no Access-Control-Request-Method) gets Allow only', async () => {
    const res = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://admin.example.com' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });
});
