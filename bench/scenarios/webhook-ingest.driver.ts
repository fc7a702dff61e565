import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { isTwimlOk, TRANSCRIPTION_PATH, transcriptionParams, WebhookClient } from '../twilio-webhook';

/**
 * Worker thread: drives signed transcription webhooks at a fixed concurrency
 * for a fixed time. Each request carries a new (call, sequence), so every
 * answer is a real insert, never an idempotent replay. A connection that is
 * free takes the call that has waited longest, so each call has at most one
 * request in flight and its sequences arrive in order, as Twilio sends them.
 */
export interface IngestRun {
  origin: string;
  twilio: { accountSid: string; authToken: string; publicBaseUrl: string };
  /** At least `connections` of them, all unused so far. */
  callSids: string[];
  connections: number;
  durationMs: number;
}

export interface IngestOutcome {
  /** Answers received (a failure stops the run). */
  responses: number;
  /** From the first request to the last answer. */
  seconds: number;
  latenciesMs: number[];
  statusCodes: Record<string, number>;
  failures: number;
  firstFailure?: string;
  /** Segments sent to the busiest call. */
  maxSequence: number;
}

async function drive(run: IngestRun): Promise<IngestOutcome> {
  if (run.callSids.length < run.connections) throw new Error(`${run.callSids.length} calls for ${run.connections} connections`);
  const client = new WebhookClient(run.origin, run.twilio, run.connections);
  const lastSequence = run.callSids.map(() => 0);
  const waiting = run.callSids.map((_, i) => i);
  const latenciesMs: number[] = [];
  const statusCodes: Record<string, number> = {};
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  let deadline = started + run.durationMs;

  const fail = (reason: string) => {
    failures++;
    firstFailure ??= reason;
    deadline = 0; // one failure fails the benchmark: stop now
  };

  const lane = async () => {
    while (performance.now() < deadline) {
      const call = waiting.shift()!;
      const sequence = ++lastSequence[call]!;
      const params = transcriptionParams(run.twilio.accountSid, run.callSids[call]!, sequence, new Date());
      const sent = performance.now();
      try {
        const response = await client.post(TRANSCRIPTION_PATH, params);
        latenciesMs.push(performance.now() - sent);
        statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1;
        if (!isTwimlOk(response)) fail(`sequence ${sequence} of ${run.callSids[call]} answered ${response.status}: ${response.body.slice(0, 300)}`);
      } catch (err) {
        fail(`sequence ${sequence} of ${run.callSids[call]} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      waiting.push(call);
    }
  };
  await Promise.all(Array.from({ length: run.connections }, lane));
  const seconds = (performance.now() - started) / 1000;
  client.close();
  return { responses: latenciesMs.length, seconds, latenciesMs, statusCodes, failures, firstFailure, maxSequence: Math.max(...lastSequence) };
}

// A rejection is left unhandled on purpose: it ends the worker with an 'error' that runDriver rejects with.
void drive(workerData as IngestRun).then((outcome) => parentPort!.postMessage(outcome));
