import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { isTwimlOk, TRANSCRIPTION_PATH, transcriptionParams, WebhookClient } from '../twilio-webhook';

/**
 * Worker thread: live calls streaming at once. Each call has its own
 * graphql-ws connection subscribed to `liveCallAnalysis(callId)` (a dashboard
 * watching it), opened once and kept for the whole session, and on every
 * `stream` command its own loop posting a signed transcription webhook every
 * `intervalMs` (open loop: the next segment is due whether or not the last
 * was answered, as speech is). Latency is from just before a segment's POST
 * to its event arriving at the subscriber; posting and receiving share this
 * thread's clock.
 *
 * Reports: `LiveReady` once every subscriber is confirmed, then a `LiveOutcome` per `LiveCommand`.
 */
export interface LiveSetup {
  origin: string;
  wsUrl: string;
  /** A `calls:read` key, sent in connection_init. */
  apiKey: string;
  twilio: { accountSid: string; authToken: string; publicBaseUrl: string };
  /** Live calls without segments yet. */
  calls: Array<{ callSid: string; callId: string }>;
}

export interface LiveCommand {
  durationMs: number;
  intervalMs: { min: number; max: number };
  /** Seeds each call's schedule, so runs with the same seed post the same pattern. */
  seed: number;
}

export interface LiveReady {
  kind: 'ready';
  /** Segments posted until every subscriber had seen one (not measured). */
  handshakeSegments: number;
  failureCount: number;
  failures: string[];
}

export interface LiveOutcome {
  kind: 'outcome';
  /** Measured segments posted (handshakes excluded). */
  sent: number;
  received: number;
  /** Of the measured segments: POST → event at the subscriber. */
  latenciesMs: number[];
  /** Of the measured segments: POST → its 200. */
  answeredMs: number[];
  /** Posted but never delivered within the settle time. */
  missing: number;
  /** Events for a sequence not awaited (a duplicate) or for another call. */
  unexpected: number;
  failureCount: number;
  failures: string[];
  /** The posting window: `durationMs` in seconds (answers and events may come later). */
  seconds: number;
}

/** The dashboard's document, as in test/operations/calls.graphql: the event, the stored segment and the updated analysis. */
const LIVE_CALL_ANALYSIS = `subscription LiveCallAnalysis($callId: ID!) {
  liveCallAnalysis(callId: $callId) {
    callId sequence final
    segment { sequence speaker text }
    segmentSentiment { label score }
    newBuyingSignals { kind quote }
    newObjections { kind }
    analysis { kind segmentsAnalyzed sentiment { label score } metrics { agentTalkRatio questionsByCustomer } }
  }
}`;

type LiveEvent = FormattedExecutionResult<{ liveCallAnalysis: { callId: string; sequence: number; final: boolean } }>;

/** A subscription is ready once one of its events arrives; until then another segment is posted HANDSHAKE_WAIT_MS after the last one was answered, at most HANDSHAKE_ATTEMPTS times. */
const HANDSHAKE_ATTEMPTS = 20;
const HANDSHAKE_WAIT_MS = 500;
/** After the last POST is answered: how long events may still be on their way. */
const SETTLE_MS = 5_000;
const MAX_FAILURE_MESSAGES = 10;

/** What one stream (or the handshake) saw; a fresh one per command. */
class Tally {
  sent = 0;
  received = 0;
  unexpected = 0;
  handshakeSegments = 0;
  failureCount = 0;
  readonly latenciesMs: number[] = [];
  readonly answeredMs: number[] = [];
  readonly failures: string[] = [];

  fail(message: string): void {
    this.failureCount++;
    if (this.failures.length < MAX_FAILURE_MESSAGES) this.failures.push(message);
  }
}

/** One live call: its subscriber, its webhook loop, and the segments awaiting their event. */
class CallStream {
  /** Sequence → when its POST started (measured segments). */
  readonly pending = new Map<number, number>();
  private readonly handshakes = new Set<number>();
  private ready = false;
  private onReady: (() => void) | undefined;
  private readonly client: Client;
  private next = 1;
  private failed = false;
  /** Where events and failures are counted; replaced for each command. */
  tally = new Tally();

  constructor(
    private readonly call: LiveSetup['calls'][number],
    private readonly setup: LiveSetup,
    private readonly webhooks: WebhookClient,
  ) {
    this.client = createClient({ url: setup.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${setup.apiKey}` }, retryAttempts: 0, lazy: true });
  }

  /** Subscribes, and resolves once the server has acknowledged the connection (the subscription itself is confirmed by `handshake`). */
  subscribe(): Promise<void> {
    const acknowledged = new Promise<void>((resolve) => {
      const off = this.client.on('connected', () => {
        off();
        resolve();
      });
      setTimeout(resolve, HANDSHAKE_ATTEMPTS * HANDSHAKE_WAIT_MS).unref(); // a refused connection shows up as a subscription error
    });
    this.client.subscribe<LiveEvent['data']>(
      { query: LIVE_CALL_ANALYSIS, variables: { callId: this.call.callId } },
      {
        next: (result) => this.onEvent(result as LiveEvent, performance.now()),
        error: (err) => {
          this.failed = true;
          this.tally.fail(`${this.call.callSid}: subscription failed: ${describe(err)}`);
        },
        complete: () => this.tally.fail(`${this.call.callSid}: subscription completed while the call was live`),
      },
    );
    return acknowledged;
  }

  /** Posts segments until the subscriber has seen one: from then on, no event can be missed for want of a subscription. */
  async handshake(): Promise<void> {
    for (let attempt = 0; attempt < HANDSHAKE_ATTEMPTS && !this.failed; attempt++) {
      const sequence = this.next++;
      this.handshakes.add(sequence);
      this.tally.handshakeSegments++;
      await this.post(sequence, false);
      if (await this.readyWithin(HANDSHAKE_WAIT_MS)) return;
    }
    if (!this.failed) this.tally.fail(`${this.call.callSid}: the subscriber saw none of ${HANDSHAKE_ATTEMPTS} segments`);
  }

  private readyWithin(ms: number): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.onReady = undefined;
        resolve(false);
      }, ms);
      this.onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  /** A segment every min–max ms (uniform, from a seeded generator) until `durationMs` after `started`. */
  async stream(started: number, { durationMs, intervalMs }: LiveCommand, random: () => number): Promise<void> {
    const posts: Array<Promise<void>> = [];
    let due = started + random() * intervalMs.max; // calls out of phase, as real ones are
    while (due < started + durationMs) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const sequence = this.next++;
      this.pending.set(sequence, performance.now());
      this.tally.sent++;
      posts.push(this.post(sequence, true));
      due += intervalMs.min + random() * (intervalMs.max - intervalMs.min);
    }
    await Promise.all(posts);
  }

  private async post(sequence: number, measured: boolean): Promise<void> {
    const started = performance.now();
    try {
      const response = await this.webhooks.post(TRANSCRIPTION_PATH, transcriptionParams(this.setup.twilio.accountSid, this.call.callSid, sequence, new Date()));
      if (!isTwimlOk(response)) return this.tally.fail(`${this.call.callSid} #${sequence}: answered ${response.status}: ${response.body.slice(0, 300)}`);
      if (measured) this.tally.answeredMs.push(performance.now() - started);
    } catch (err) {
      this.tally.fail(`${this.call.callSid} #${sequence}: ${describe(err)}`);
    }
  }

  private onEvent(result: LiveEvent, at: number): void {
    const event = result.data?.liveCallAnalysis;
    if (result.errors?.length || !event) return this.tally.fail(`${this.call.callSid}: event with errors ${JSON.stringify(result.errors ?? result).slice(0, 300)}`);
    if (event.callId !== this.call.callId || event.final) {
      this.tally.unexpected++;
      return this.tally.fail(`${this.call.callSid}: unexpected event ${JSON.stringify(event).slice(0, 300)}`);
    }
    const sentAt = this.pending.get(event.sequence);
    if (sentAt !== undefined) {
      this.pending.delete(event.sequence);
      this.tally.received++;
      this.tally.latenciesMs.push(at - sentAt);
    } else if (this.handshakes.delete(event.sequence)) {
      this.ready = true;
      this.onReady?.();
    } else {
      this.tally.unexpected++;
      this.tally.fail(`${this.call.callSid}: event for sequence ${event.sequence}, not awaited (a duplicate?)`);
    }
  }
}

/** Connects every subscriber and confirms it with a handshake segment; a failure is reported in `LiveReady`. */
async function open(setup: LiveSetup, webhooks: WebhookClient): Promise<{ streams: CallStream[]; ready: LiveReady }> {
  const streams = setup.calls.map((call) => new CallStream(call, setup, webhooks));
  const tally = new Tally();
  streams.forEach((s) => (s.tally = tally));
  await Promise.all(streams.map((s) => s.subscribe()));
  await Promise.all(streams.map((s) => s.handshake()));
  return { streams, ready: { kind: 'ready', handshakeSegments: tally.handshakeSegments, failureCount: tally.failureCount, failures: tally.failures } };
}

/** Every call streams for `durationMs`; then up to SETTLE_MS for the last events. */
async function stream(streams: CallStream[], command: LiveCommand): Promise<LiveOutcome> {
  const tally = new Tally();
  streams.forEach((s) => (s.tally = tally));
  const started = performance.now();
  await Promise.all(streams.map((s, i) => s.stream(started, command, seededRandom(command.seed * 1000 + i))));
  const settleBy = performance.now() + SETTLE_MS;
  while (streams.some((s) => s.pending.size) && performance.now() < settleBy) await sleep(10);
  const missing = streams.reduce((n, s) => n + s.pending.size, 0);
  streams.forEach((s) => s.pending.clear());
  const { sent, received, unexpected, failureCount, latenciesMs, answeredMs, failures } = tally;
  return { kind: 'outcome', sent, received, latenciesMs, answeredMs, missing, unexpected, failureCount, failures, seconds: command.durationMs / 1000 };
}

async function serve(setup: LiveSetup): Promise<void> {
  const port = parentPort!;
  const webhooks = new WebhookClient(setup.origin, setup.twilio, setup.calls.length);
  const { streams, ready } = await open(setup, webhooks);
  // One command at a time: the scenario waits for each report before sending the next.
  port.on('message', (command: LiveCommand) => {
    void stream(streams, command).then((outcome) => port.postMessage(outcome));
  });
  port.postMessage(ready);
}

/** mulberry32: small, fast, good enough to spread a schedule; same seed, same schedule. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'code' in err) return `closed with ${String((err as { code: unknown }).code)} ${String((err as { reason?: unknown }).reason ?? '')}`;
  return JSON.stringify(err);
}

// A rejection is left unhandled on purpose: it ends the worker with an 'error' that the session rejects with.
void serve(workerData as LiveSetup);
