/**
 * The Twilio SDK client, optionally pointed at another API base
 * (TWILIO_API_BASE_URL, read by config.ts): a local fake in tests, or a
 * self-hosted proxy. Integrations know the vendor SDK and its config only.
 *
 * How the base is changed: twilio-node accepts a custom `httpClient` — its
 * documented extension point, through which every REST request of every
 * domain passes. Ours subclasses the SDK's RequestClient and rewrites the
 * origin of `https://*.twilio.com` URLs to the base, keeping path and query
 * and sending the original host in `X-Forwarded-Host` so a proxy can route
 * non-`api` domains. (The other knobs do not fit: `edge`/`region` only
 * rename the host within twilio.com; `client.api.baseUrl` exists per domain
 * and would have to be patched on each.)
 *
 * Recording media is not an SDK call: `downloadTwilioRecording` fetches it
 * with the account's basic auth, through the same rewrite.
 */
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';

export type TwilioClient = twilio.Twilio;

export interface TwilioClientOptions {
  accountSid: string;
  authToken: string;
  /** Send every Twilio REST request here instead of https://*.twilio.com (tests, proxies). Absent: Twilio itself. */
  apiBaseUrl?: string;
  /** Per-request timeout. Default 30,000 ms (the SDK's). */
  timeoutMs?: number;
}

const TWILIO_HOST = /(^|\.)twilio\.com$/i;

/** `https://api.twilio.com/2010-04-01/…?x=1` → `<apiBaseUrl>/2010-04-01/…?x=1`; other URLs unchanged. */
export function rewriteTwilioUrl(uri: string, apiBaseUrl: string | undefined): string {
  if (!apiBaseUrl) return uri;
  const url = new URL(uri);
  if (!TWILIO_HOST.test(url.hostname)) return uri;
  const base = new URL(apiBaseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${basePath}${url.pathname}${url.search}`;
}

/** The SDK's own HTTP client with one change: Twilio URLs go to `apiBaseUrl`. */
export class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiBaseUrl: string,
    options?: RequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const target = rewriteTwilioUrl(opts.uri, this.apiBaseUrl);
    if (target === opts.uri) return super.request(opts);
    const headers = { ...opts.headers, 'X-Forwarded-Host': new URL(opts.uri).host };
    return super.request({ ...opts, uri: target, headers });
  }
}

export function createTwilioClient(options: TwilioClientOptions): TwilioClient {
  const httpClient = options.apiBaseUrl
    ? new BaseUrlRequestClient(options.apiBaseUrl, { timeout: options.timeoutMs })
    : undefined;
  // The SDK's 429 auto-retry stays off: retries belong to our job layer, like for OpenAI.
  return twilio(options.accountSid, options.authToken, { httpClient, timeout: options.timeoutMs, autoRetry: false });
}

/** A client for a fake or proxy at `apiBaseUrl` (the shape tests use). */
export function createTwilioClientFor(apiBaseUrl: string, accountSid: string, authToken: string): TwilioClient {
  return createTwilioClient({ accountSid, authToken, apiBaseUrl });
}

export class TwilioRecordingDownloadError extends Error {
  override readonly name = 'TwilioRecordingDownloadError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * Downloads a recording's audio. `recordingUrl` is what Twilio sends in the
 * RecordingUrl webhook parameter (no extension: we add `.mp3` or `.wav`).
 * The account's credentials are only ever sent to twilio.com or to the
 * configured base — never to a host that merely appears in a webhook.
 */
export async function downloadTwilioRecording(
  options: TwilioClientOptions,
  recordingUrl: string,
  format: 'mp3' | 'wav' = 'mp3',
): Promise<{ audio: Buffer; contentType: string; filename: string }> {
  const source = new URL(recordingUrl);
  const baseHost = options.apiBaseUrl ? new URL(options.apiBaseUrl).host : null;
  if (!TWILIO_HOST.test(source.hostname) && source.host !== baseHost) {
    throw new TwilioRecordingDownloadError(`Refusing to send Twilio credentials to ${source.host}`, null);
  }
  if (!/\.(mp3|wav)$/i.test(source.pathname)) source.pathname += `.${format}`;
  const target = rewriteTwilioUrl(source.toString(), options.apiBaseUrl);
  const credentials = Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64');
  const response = await fetch(target, {
    headers: { Authorization: `Basic ${credentials}` },
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  if (!response.ok) {
    throw new TwilioRecordingDownloadError(`Recording download failed with HTTP ${response.status}`, response.status);
  }
  const filename = source.pathname.split('/').pop() ?? `recording.${format}`;
  const contentType = response.headers.get('content-type') ?? (format === 'mp3' ? 'audio/mpeg' : 'audio/wav');
  return { audio: Buffer.from(await response.arrayBuffer()), contentType, filename };
}
