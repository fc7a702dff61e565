import { randomBytes } from 'node:crypto';
import http from 'node:http';
import twilio from 'twilio';
import type { BenchTwilio } from './switchboard';

/**
 * Twilio's side of the calls scenarios: a throwaway account, webhook
 * requests signed with the twilio SDK's own signature function over the
 * public URL (as Twilio signs them), sent to the local server. Loaded by the
 * load-generating worker threads too, so it imports nothing of Switchboard.
 */
export const TRANSCRIPTION_PATH = '/webhooks/twilio/transcription';

/** A fresh account per run: a leaked token from a benchmark signs nothing real. */
export function benchTwilio(): BenchTwilio {
  return { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: randomBytes(16).toString('hex'), publicBaseUrl: 'https://switchboard.example.com' };
}

export function randomCallSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

/** What a conversation sounds like: agent and customer alternate, with the signals and objections the analyzer looks for. */
const LINES: Array<[track: 'inbound_track' | 'outbound_track', text: string]> = [
  ['outbound_track', 'Thanks for calling Alvarez Roofing, this is Sam. How can I help?'],
  ['inbound_track', 'Hi, we have a leak in the roof and it is pretty urgent, water is coming into the kitchen.'],
  ['outbound_track', 'Sorry to hear that. We can definitely help with that.'],
  ['inbound_track', 'How much would a repair like that cost? Our budget is around five thousand dollars.'],
  ['outbound_track', 'Most repairs like that are between two and four thousand. How about an inspection on Tuesday at 3?'],
  ['inbound_track', 'Honestly that sounds expensive, I got a cheaper quote from another company last week.'],
  ['outbound_track', 'I understand. Our quote includes a ten year warranty on labour and materials.'],
  ['inbound_track', "Okay, Tuesday at 3 works. Let's go ahead and book it. Can you send me the quote as well?"],
  ['outbound_track', "Perfect. I'll send you a confirmation email by Friday."],
  ['inbound_track', 'Great, thank you so much, that is really helpful.'],
];

/** A final real-time transcription event as Twilio sends it; the sequence picks the line, so every call tells the same story. */
export function transcriptionParams(accountSid: string, callSid: string, sequence: number, at: Date): Record<string, string> {
  const [track, transcript] = LINES[(sequence - 1 + LINES.length) % LINES.length]!;
  return {
    AccountSid: accountSid,
    CallSid: callSid,
    TranscriptionSid: `GT${callSid.slice(2)}`,
    TranscriptionEvent: 'transcription-content',
    TranscriptionData: JSON.stringify({ transcript, confidence: 0.93 }),
    Track: track,
    Final: 'true',
    SequenceId: String(sequence),
    Timestamp: at.toISOString(),
    LanguageCode: 'en-US',
  };
}

export interface WebhookResponse {
  status: number;
  body: string;
}

/** Seconds before a webhook request counts as failed; Twilio itself gives up after 15. */
const TIMEOUT_MS = 10_000;

/**
 * Keep-alive HTTP client for one server's webhooks, signing each request on
 * the fly (HMAC-SHA1 over the URL and the sorted parameters).
 */
export class WebhookClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    origin: string,
    private readonly signing: Pick<BenchTwilio, 'authToken' | 'publicBaseUrl'>,
    maxSockets: number,
  ) {
    this.target = new URL(origin);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  post(path: string, params: Record<string, string>): Promise<WebhookResponse> {
    const body = new URLSearchParams(params).toString();
    const signature = twilio.getExpectedTwilioSignature(this.signing.authToken, `${this.signing.publicBaseUrl}${path}`, params);
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-twilio-signature': signature };
    return new Promise((resolve, reject) => {
      const req = http.request({ agent: this.agent, host: this.target.hostname, port: this.target.port, method: 'POST', path, headers, timeout: TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer from ${path} within ${TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A 200 with TwiML is what Twilio expects back from every webhook. */
export function isTwimlOk(r: WebhookResponse): boolean {
  return r.status === 200 && r.body.startsWith('<?xml');
}
