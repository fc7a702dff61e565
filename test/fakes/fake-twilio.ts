/**
 * A real HTTP server on 127.0.0.1 speaking enough of Twilio's REST wire
 * format for the real `twilio` SDK (pointed at it with
 * createTwilioClientFor): create a call, send a message, and serve
 * recording media. It checks basic auth (account SID : auth token) and that
 * the path's account is the caller's, records every request, and can be told
 * to fail the next requests (for retry tests).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedTwilioRequest {
  method: string;
  path: string;
  authorized: boolean;
  /** Original host sent by our base-URL client, e.g. api.twilio.com. */
  forwardedHost: string | undefined;
  /** Decoded form body of POSTs. */
  form: Record<string, string>;
}

export interface FakeTwilio {
  url: string;
  accountSid: string;
  authToken: string;
  requests: RecordedTwilioRequest[];
  /** Registers recording media; returns its sid and the URL Twilio would put in RecordingUrl. */
  addRecording(audio?: Buffer): { sid: string; recordingUrl: string };
  /** The next `count` requests answer `status` (Twilio error JSON) instead of succeeding. */
  failNext(count?: number, status?: number): void;
  close(): Promise<void>;
}

const ACCOUNT_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/(.+)$/;

export async function startFakeTwilio(
  accountSid = `AC${'0'.repeat(31)}1`,
  authToken = 'fake-twilio-auth-token',
): Promise<FakeTwilio> {
  const requests: RecordedTwilioRequest[] = [];
  const recordings = new Map<string, Buffer>();
  let failures: { remaining: number; status: number } = { remaining: 0, status: 500 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => sendTwilioError(res, 500, `fake-twilio: ${String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readBody(req)).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const match = ACCOUNT_PATH.exec(path);
    const recorded: RecordedTwilioRequest = {
      method: req.method ?? '',
      path,
      authorized: req.headers.authorization === expectedAuth && match?.[1] === accountSid,
      forwardedHost: header(req, 'x-forwarded-host'),
      form: Object.fromEntries(new URLSearchParams(body)),
    };
    requests.push(recorded);
    if (!recorded.authorized) return sendTwilioError(res, 401, 'Authenticate', 20003);
    if (failures.remaining > 0) {
      failures = { ...failures, remaining: failures.remaining - 1 };
      return sendTwilioError(res, failures.status, 'Scripted failure', 20500);
    }
    const resource = match?.[2] ?? '';
    if (req.method === 'POST' && resource === 'Calls.json') return sendJson(res, 201, callResource(recorded.form));
    if (req.method === 'POST' && resource === 'Messages.json') return sendJson(res, 201, messageResource(recorded.form));
    const media = /^Recordings\/(RE[0-9a-f]{32})\.(mp3|wav)$/.exec(resource);
    if (req.method === 'GET' && media) {
      const audio = recordings.get(media[1] ?? '');
      if (!audio) return sendTwilioError(res, 404, 'The requested resource was not found', 20404);
      res.writeHead(200, { 'content-type': media[2] === 'mp3' ? 'audio/mpeg' : 'audio/x-wav' }).end(audio);
      return;
    }
    sendTwilioError(res, 404, `fake-twilio: no route for ${req.method} ${path}`, 20404);
  }

  function callResource(form: Record<string, string>) {
    const sid = newSid('CA');
    return {
      ...commonFields(sid, 'Calls'),
      to: form.To ?? null,
      from: form.From ?? null,
      status: 'queued',
      direction: 'outbound-api',
      start_time: null,
      end_time: null,
      duration: null,
      price: null,
      answered_by: null,
      parent_call_sid: null,
    };
  }

  function messageResource(form: Record<string, string>) {
    const sid = newSid('SM');
    return {
      ...commonFields(sid, 'Messages'),
      to: form.To ?? null,
      from: form.From ?? null,
      messaging_service_sid: form.MessagingServiceSid ?? null,
      body: form.Body ?? '',
      status: 'queued',
      direction: 'outbound-api',
      num_segments: '1',
      num_media: '0',
      price: null,
      error_code: null,
      error_message: null,
    };
  }

  function commonFields(sid: string, collection: string) {
    const now = new Date().toUTCString();
    return {
      sid,
      account_sid: accountSid,
      api_version: '2010-04-01',
      date_created: now,
      date_updated: now,
      uri: `/2010-04-01/Accounts/${accountSid}/${collection}/${sid}.json`,
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    addRecording(audio = Buffer.from('ID3fake-mp3-bytes')) {
      const sid = newSid('RE');
      recordings.set(sid, audio);
      return { sid, recordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${sid}` };
    },
    failNext(count = 1, status = 500) {
      failures = { remaining: count, status };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function newSid(prefix: 'CA' | 'SM' | 'RE'): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Twilio's error body: the SDK turns it into a RestException with `status` and `code`. */
function sendTwilioError(res: ServerResponse, status: number, message: string, code = 20500): void {
  if (res.headersSent) return;
  sendJson(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
