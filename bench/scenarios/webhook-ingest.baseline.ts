import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import twilio from 'twilio';
import type { BenchTwilio } from '../switchboard';
import { TRANSCRIPTION_PATH } from '../twilio-webhook';

/**
 * The floor for the transcription webhook: node:http, the same Twilio
 * signature check (the twilio SDK's validateRequest over the public URL), and
 * one insert into a plain table with pg — no call lookup, no transaction, no
 * analysis, no publish. Replays insert nothing (primary key, on conflict do nothing).
 */
export interface WebhookBaseline {
  origin: string;
  close(): Promise<void>;
}

export interface WebhookBaselineOptions {
  databaseUrl: string;
  poolSize: number;
  twilio: BenchTwilio;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const MAX_BODY_BYTES = 64 * 1024;

/** The scenario counts its rows after every run. */
export const BASELINE_TABLE = 'bench_transcript_segment';

const CREATE_TABLE_SQL = `
  create table if not exists ${BASELINE_TABLE} (
    call_sid text not null,
    sequence integer not null,
    track text not null,
    text text not null,
    confidence real,
    spoken_at timestamptz,
    created_at timestamptz not null default now(),
    primary key (call_sid, sequence)
  )`;

const INSERT_SQL = `
  insert into ${BASELINE_TABLE} (call_sid, sequence, track, text, confidence, spoken_at)
  values ($1, $2, $3, $4, $5, $6)
  on conflict do nothing`;

export async function startWebhookBaseline(options: WebhookBaselineOptions): Promise<WebhookBaseline> {
  // As the ORM's pool (tarn): idle connections live 30 s, so neither side reconnects between rounds.
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize, idleTimeoutMillis: 30_000 });
  await pool.query(CREATE_TABLE_SQL);
  const { authToken, publicBaseUrl } = options.twilio;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) reply(res, 500, err instanceof Error ? err.message : 'internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== TRANSCRIPTION_PATH) return reply(res, 404, 'not found');
    const params = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const signature = req.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || !twilio.validateRequest(authToken, signature, `${publicBaseUrl}${req.url}`, params)) return reply(res, 403, 'invalid signature');
    const data = JSON.parse(params.TranscriptionData ?? '{}') as { transcript?: string; confidence?: number };
    await pool.query(INSERT_SQL, [params.CallSid, Number(params.SequenceId), params.Track, data.transcript ?? '', data.confidence ?? null, params.Timestamp ?? null]);
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    res.end(EMPTY_TWIML);
  }

  server.keepAliveTimeout = 5_000; // as the API's server
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}
