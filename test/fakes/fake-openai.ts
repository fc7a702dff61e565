/**
 * A real HTTP server on 127.0.0.1 speaking enough of OpenAI's wire format for
 * the real `openai` SDK: `POST /v1/chat/completions` and
 * `POST /v1/audio/transcriptions` (multipart, verbose_json). It checks the
 * bearer key, records every request, and answers from a script — one
 * scripted reply per request, in order; with none left it answers a minimal
 * valid reply, so tests script only what they care about.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeOpenAiReply =
  | { type: 'chat'; content: unknown; usage: { prompt_tokens: number; completion_tokens: number }; model?: string }
  | { type: 'transcription'; duration: number; language: string; segments: Array<{ start: number; end: number; text: string }> }
  | { type: 'error'; status: number; headers: Record<string, string>; message: string }
  | { type: 'hang' }
  | { type: 'malformed' }
  | { type: 'schema-invalid' };

/** Builders for scripted replies. */
export const fakeReply = {
  /** A chat completion whose message content is `JSON.stringify(content)`. */
  chat: (content: unknown, usage = { prompt_tokens: 1200, completion_tokens: 300 }, model?: string): FakeOpenAiReply => ({
    type: 'chat',
    content,
    usage,
    model,
  }),
  transcription: (duration: number, segments: Array<{ start: number; end: number; text: string }>, language = 'english'): FakeOpenAiReply => ({
    type: 'transcription',
    duration,
    language,
    segments,
  }),
  rateLimited: (retryAfterSeconds: number): FakeOpenAiReply => ({
    type: 'error',
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    message: 'Rate limit reached',
  }),
  serverError: (status = 500): FakeOpenAiReply => ({ type: 'error', status, headers: {}, message: 'The server had an error' }),
  /** Never answers: the client's timeout has to end the request. */
  hang: (): FakeOpenAiReply => ({ type: 'hang' }),
  /** 200 with message content that is not JSON (or, for transcriptions, a body that is not). */
  malformedJson: (): FakeOpenAiReply => ({ type: 'malformed' }),
  /** 200 with JSON content of the wrong shape. */
  schemaInvalid: (): FakeOpenAiReply => ({ type: 'schema-invalid' }),
};

export interface RecordedOpenAiRequest {
  method: string;
  path: string;
  authorized: boolean;
  /** Parsed JSON body (chat completions). */
  json?: Record<string, unknown>;
  /** Multipart fields and the uploaded file (transcriptions). */
  fields?: Record<string, string>;
  file?: { filename: string; bytes: Buffer };
}

export interface FakeOpenAi {
  /** Origin, e.g. http://127.0.0.1:40123 — the SDK's baseURL is `${url}/v1`. */
  url: string;
  apiKey: string;
  requests: RecordedOpenAiRequest[];
  /** Queue replies for the next requests, in order. */
  script(...replies: FakeOpenAiReply[]): void;
  /** Scripted replies not used yet. */
  pending(): number;
  close(): Promise<void>;
}

const DEFAULT_CHAT = fakeReply.chat({
  summary: 'Short call.',
  sentiment: {
    label: 'NEUTRAL',
    score: 0,
    bySpeaker: { AGENT: { label: 'NEUTRAL', score: 0 }, CUSTOMER: { label: 'NEUTRAL', score: 0 } },
  },
  buyingSignals: [],
  objections: [],
  actionItems: [],
  appointments: [],
});
const DEFAULT_TRANSCRIPTION = fakeReply.transcription(2, [{ start: 0, end: 2, text: 'Hello.' }]);

export async function startFakeOpenAi(apiKey = 'sk-test-fake-openai'): Promise<FakeOpenAi> {
  const requests: RecordedOpenAiRequest[] = [];
  const queue: FakeOpenAiReply[] = [];
  let nextId = 1;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => sendError(res, 500, `fake-openai: ${String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const recorded: RecordedOpenAiRequest = {
      method: req.method ?? '',
      path,
      authorized: req.headers.authorization === `Bearer ${apiKey}`,
    };
    requests.push(recorded);
    if (!recorded.authorized) return sendError(res, 401, 'Incorrect API key provided', 'invalid_api_key');
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      recorded.json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      return answerChat(res, queue.shift() ?? DEFAULT_CHAT, String(recorded.json.model));
    }
    if (req.method === 'POST' && path === '/v1/audio/transcriptions') {
      const { fields, file } = parseMultipart(body, req.headers['content-type'] ?? '');
      recorded.fields = fields;
      recorded.file = file;
      return answerTranscription(res, queue.shift() ?? DEFAULT_TRANSCRIPTION);
    }
    sendError(res, 404, `Unknown route ${req.method} ${path}`);
  }

  function answerChat(res: ServerResponse, reply: FakeOpenAiReply, requestedModel: string): void {
    if (answeredAsFailure(res, reply)) return;
    let content: string;
    let usage = { prompt_tokens: 900, completion_tokens: 100 };
    let model = requestedModel;
    if (reply.type === 'chat') {
      content = JSON.stringify(reply.content);
      usage = reply.usage;
      model = reply.model ?? requestedModel;
    } else if (reply.type === 'malformed') {
      content = '{"summary": "The customer asked about';
    } else if (reply.type === 'schema-invalid') {
      content = JSON.stringify({ summary: 42, sentiment: 'great', buyingSignals: [{ kind: 'LOVES_US' }] });
    } else {
      return sendError(res, 500, `fake-openai: a ${reply.type} reply was scripted for a chat completion`);
    }
    sendJson(res, 200, {
      id: `chatcmpl-fake-${nextId++}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    });
  }

  function answerTranscription(res: ServerResponse, reply: FakeOpenAiReply): void {
    if (answeredAsFailure(res, reply)) return;
    if (reply.type === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"task": "transcribe", "duration":');
      return;
    }
    if (reply.type !== 'transcription') {
      return sendError(res, 500, `fake-openai: a ${reply.type} reply was scripted for a transcription`);
    }
    sendJson(res, 200, {
      task: 'transcribe',
      language: reply.language,
      duration: reply.duration,
      text: reply.segments.map((s) => s.text).join(' '),
      segments: reply.segments.map((s, id) => ({
        id,
        seek: 0,
        start: s.start,
        end: s.end,
        text: ` ${s.text}`,
        tokens: [],
        temperature: 0,
        avg_logprob: -0.2,
        compression_ratio: 1.3,
        no_speech_prob: 0.01,
      })),
    });
  }

  /** Error and hang replies look the same on every route. */
  function answeredAsFailure(res: ServerResponse, reply: FakeOpenAiReply): boolean {
    if (reply.type === 'hang') return true; // leave the request open; close() cuts it
    if (reply.type !== 'error') return false;
    const code = reply.status === 429 ? 'rate_limit_exceeded' : null;
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify({ error: { message: reply.message, type: 'fake_error', param: null, code } }));
    return true;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    script: (...replies) => void queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // hung requests included
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, message: string, code: string | null = null): void {
  if (res.headersSent) return;
  sendJson(res, status, { error: { message, type: 'invalid_request_error', param: null, code } });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Just enough multipart/form-data parsing for the SDK's uploads: text fields and one file. */
function parseMultipart(body: Buffer, contentType: string): { fields: Record<string, string>; file?: { filename: string; bytes: Buffer } } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, string> = {};
  let file: { filename: string; bytes: Buffer } | undefined;
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const name = /;\s*name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) file = { filename, bytes: Buffer.from(content) };
    else fields[name] = content.toString('utf8');
    start = next;
  }
  return { fields, file };
}
