import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The floor to compare Switchboard against: what the leads-list query costs
 * when written by hand — node:http, one pg Pool of the same size, one SQL
 * query with a join, the same JSON shape. Authentication is a string
 * comparison with the one API key it serves (no lookup), and the body is
 * read and parsed but not interpreted: this endpoint answers one query only.
 */
export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

export interface BaselineOptions {
  databaseUrl: string;
  poolSize: number;
  organizationId: string;
  apiKey: string;
  pageSize: number;
}

interface LeadRow {
  id: string;
  name: string;
  score: number;
  temperature: string;
  tags: string[];
  owner_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
}

const LEADS_SQL = `
  select l.id, l.name, l.score, l.temperature, l.tags, u.id as owner_id, u.name as owner_name, u.email as owner_email
  from lead l
  left join "user" u on u.id = l.owner_id
  where l.organization_id = $1
  order by l.created_at desc, l.id desc
  limit $2`;

export async function startBaselineServer(options: BaselineOptions): Promise<BaselineServer> {
  // The ORM's pool (tarn) keeps idle connections 30 s; so does this one, so neither reconnects between rounds.
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize, idleTimeoutMillis: 30_000 });
  const expectedAuthorization = `Bearer ${options.apiKey}`;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { errors: [{ message: err instanceof Error ? err.message : 'internal error' }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'not found' }] });
    if (req.headers.authorization !== expectedAuthorization) return send(res, 401, { errors: [{ message: 'unauthenticated' }] });
    JSON.parse(await readBody(req));
    const { rows } = await pool.query<LeadRow>(LEADS_SQL, [options.organizationId, options.pageSize]);
    send(res, 200, { data: { leads: { edges: rows.map((row) => ({ node: toNode(row) })) } } });
  }

  server.keepAliveTimeout = 5_000; // as the API's server
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}

/** Field order as the GraphQL selection, so both targets send the same bytes. */
function toNode(row: LeadRow) {
  return {
    id: row.id,
    name: row.name,
    score: row.score,
    temperature: row.temperature,
    tags: row.tags,
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name, email: row.owner_email } : null,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
