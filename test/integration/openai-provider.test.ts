/**
 * The OpenAI-compatible provider, through the real `openai` SDK, against a
 * fake OpenAI server on 127.0.0.1: structured output, cost, retries, the
 * circuit breaker and the fallback to a local analyzer.
 *
 * The fallback is the real LocalCallAnalyzer, injected as the provider's
 * `CallAnalyzer` dependency.
 */
import type { CallAnalyzer, CallContext, SegmentInput } from '../../src/services/ai/ai.types';
import { LocalCallAnalyzer } from '../../src/services/ai/local/local-analyzer';
import { OpenAiCallAnalyzer, OpenAiTranscriber, type OpenAiProviderOptions } from '../../src/services/ai/openai/openai-provider';
import { isCircuitOpenError, ServiceCircuit, type CircuitStateName } from '../../src/services/ai/openai/openai-resilience';
import { buildPriceTable, computeCostMicroDollars } from '../../src/services/ai/openai/price-table';
import { loadPrompt } from '../../src/services/ai/prompts/prompts';
import { fakeReply, startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai';

const segments: SegmentInput[] = [
  { sequence: 10, speaker: 'AGENT', text: 'Thanks for calling Summit Roofing, how can I help?', startMs: 0, endMs: 3000 },
  { sequence: 11, speaker: 'CUSTOMER', text: 'Hail hit us last night. How much would a full inspection cost?', startMs: 3200, endMs: 8000 },
  { sequence: 12, speaker: 'AGENT', text: 'It is free. Could we come Tuesday at 3?', startMs: 8200, endMs: 11000 },
  { sequence: 13, speaker: 'CUSTOMER', text: 'Tuesday at 3 works, I will send you photos today.', startMs: 11200, endMs: 15000 },
];
const context: CallContext = { callStartedAt: new Date('2025-03-07T16:00:00Z'), timezone: 'America/Chicago' };

const modelAnswer = {
  summary: 'Customer with hail damage booked a free roof inspection for Tuesday at 3 pm.',
  sentiment: {
    label: 'POSITIVE',
    score: 0.6,
    bySpeaker: { AGENT: { label: 'POSITIVE', score: 0.5 }, CUSTOMER: { label: 'POSITIVE', score: 0.4 } },
  },
  buyingSignals: [
    { kind: 'PRICING_INQUIRY', quote: 'How much would a full inspection cost?', segmentSequence: 11 },
    { kind: 'URGENCY', quote: 'Hail hit us last night.', segmentSequence: 11 },
  ],
  objections: [],
  actionItems: [{ description: 'Send photos of the damage', owner: 'CUSTOMER', dueAt: '2025-03-07T23:59:00-06:00', segmentSequence: 13 }],
  appointments: [
    { startsAt: '2025-03-11T15:00:00-05:00', durationMinutes: 60, purpose: 'INSPECTION', location: null, quote: 'Tuesday at 3 works', segmentSequence: 13 },
  ],
};

const fallback: CallAnalyzer = new LocalCallAnalyzer();

let fake: FakeOpenAi;
let fetchSpy: jest.SpiedFunction<typeof fetch>;

beforeAll(async () => {
  // Installed before any SDK client exists, so every request the SDK makes passes through it.
  fetchSpy = jest.spyOn(globalThis, 'fetch');
  fake = await startFakeOpenAi();
});

afterEach(() => {
  expect(fake.pending()).toBe(0); // every scripted reply was used
  fake.requests.length = 0;
});

afterAll(async () => {
  const targets = fetchSpy.mock.calls
    .map(([input]) => String(input instanceof Request ? input.url : input))
    .filter((target) => !target.startsWith('data:')); // the SDK probes FormData support with a local data: URL
  fetchSpy.mockRestore();
  await fake.close();
  // No request ever left 127.0.0.1: every one the SDK made went to the fake.
  expect(targets.length).toBeGreaterThan(0);
  expect(targets.filter((target) => !target.startsWith(`${fake.url}/v1/`))).toEqual([]);
});

function options(overrides: Partial<OpenAiProviderOptions> = {}): OpenAiProviderOptions {
  return {
    apiKey: fake.apiKey,
    baseUrl: `${fake.url}/v1`,
    timeoutMs: 2000,
    retries: 2,
    initialBackoffMs: 10,
    maxBackoffMs: 40,
    breakerThreshold: 3,
    breakerCooldownMs: 60_000,
    ...overrides,
  };
}

describe('OpenAiCallAnalyzer', () => {
  it('sends the versioned prompt with a strict JSON schema and maps the structured answer', async () => {
    fake.script(fakeReply.chat(modelAnswer, { prompt_tokens: 2000, completion_tokens: 500 }, 'gpt-4o-mini-2024-07-18'));
    const outcome = await new OpenAiCallAnalyzer(options(), fallback).analyzeCall(segments, context);

    expect(outcome.degraded).toBe(false);
    const { analysis, usage } = outcome;
    expect(analysis).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini-2024-07-18', promptVersion: 'call-analysis.v1' });
    expect(analysis.summary).toBe(modelAnswer.summary);
    expect(analysis.sentiment.bySpeaker.CUSTOMER).toEqual({ label: 'POSITIVE', score: 0.4 });
    expect(analysis.buyingSignals.map((s) => [s.kind, s.segmentSequence])).toEqual([['PRICING_INQUIRY', 11], ['URGENCY', 11]]);
    expect(analysis.actionItems[0]?.dueAt?.toISOString()).toBe('2025-03-08T05:59:00.000Z');
    expect(analysis.appointments[0]?.startsAt).toEqual(new Date('2025-03-11T20:00:00Z'));
    // Metrics are counted from the segments, not asked of the model.
    expect(analysis.metrics.questionsAsked).toEqual({ agent: 2, customer: 1 });
    expect(analysis.metrics.agentTalkRatio).toBeCloseTo(5800 / (5800 + 8600));
    // 2000 × $0.15/M + 500 × $0.60/M = $0.0006 (dated snapshot priced like its alias)
    expect(usage).toEqual({
      operation: 'CALL_ANALYSIS',
      provider: 'openai',
      model: 'gpt-4o-mini-2024-07-18',
      inputTokens: 2000,
      outputTokens: 500,
      audioSeconds: 0,
      costMicroDollars: 600,
    });

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions', authorized: true });
    const body = request?.json as { model: string; response_format: any; messages: Array<{ role: string; content: string }> };
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'call_analysis', strict: true } });
    expect(body.response_format.json_schema.schema.properties.buyingSignals.items.properties.kind.enum).toContain('PURCHASE_INTENT');
    expect(body.messages[0]).toEqual({ role: 'system', content: loadPrompt('call-analysis', 'v1').text });
    const user = JSON.parse(body.messages[1]?.content ?? '{}');
    expect(user.callStartedAtLocal).toContain('Friday');
    expect(user.segments.map((s: SegmentInput) => s.sequence)).toEqual([10, 11, 12, 13]);
  });

  it('retries a 429 after the Retry-After it was given, then succeeds', async () => {
    fake.script(fakeReply.rateLimited(1), fakeReply.chat(modelAnswer));
    const started = Date.now();
    const outcome = await new OpenAiCallAnalyzer(options(), fallback).analyzeCall(segments, context);
    expect(outcome.degraded).toBe(false);
    expect(outcome.analysis.provider).toBe('openai');
    expect(fake.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: it degrades at once', async () => {
    fake.script(fakeReply.rateLimited(120));
    const outcome = await new OpenAiCallAnalyzer(options({ maxRetryAfterMs: 5000 }), fallback).analyzeCall(segments, context);
    expect(outcome).toMatchObject({ degraded: true, degradation: { reason: 'PROVIDER_FAILED' } });
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back to the local analyzer when 500s persist, and opens the breaker', async () => {
    const analyzer = new OpenAiCallAnalyzer(options({ retries: 1, breakerThreshold: 2 }), fallback);
    const transitions: CircuitStateName[] = [];
    analyzer.circuit.onStateChange((status) => transitions.push(status.state));
    fake.script(...Array.from({ length: 4 }, () => fakeReply.serverError(500)));

    const first = await analyzer.analyzeCall(segments, context);
    expect(first).toMatchObject({ degraded: true, degradation: { reason: 'PROVIDER_FAILED' } });
    expect(first.analysis.provider).toBe('local');
    expect(first.usage.provider).toBe('local');
    expect(fake.requests).toHaveLength(2); // first try + one retry
    expect(analyzer.circuit.status).toMatchObject({ state: 'closed', consecutiveFailures: 1 });

    const second = await analyzer.analyzeCall(segments, context);
    expect(second.degraded).toBe(true);
    expect(fake.requests).toHaveLength(4);
    expect(analyzer.circuit.status).toMatchObject({ name: 'openai.chat', state: 'open', consecutiveFailures: 2 });
    expect(analyzer.circuit.status.lastFailure).toMatch(/500/);
    expect(transitions).toEqual(['open']);

    // Open: the provider is not called at all.
    const third = await analyzer.analyzeCall(segments, context);
    expect(third).toMatchObject({ degraded: true, degradation: { reason: 'CIRCUIT_OPEN' } });
    expect(third.analysis.provider).toBe('local');
    expect(fake.requests).toHaveLength(4);
  });

  it('retries a request that timed out, and succeeds', async () => {
    fake.script(fakeReply.hang(), fakeReply.chat(modelAnswer));
    const outcome = await new OpenAiCallAnalyzer(options({ timeoutMs: 200 }), fallback).analyzeCall(segments, context);
    expect(outcome.degraded).toBe(false);
    expect(fake.requests).toHaveLength(2);
  });

  it('degrades when every attempt times out', async () => {
    fake.script(fakeReply.hang(), fakeReply.hang());
    const started = Date.now();
    const outcome = await new OpenAiCallAnalyzer(options({ timeoutMs: 200, retries: 1 }), fallback).analyzeCall(segments, context);
    // Under plain Node the SDK reports APIConnectionTimeoutError; inside jest's sandbox the abort error comes
    // from another realm and the SDK can only tell "connection error". Both are retried the same way.
    expect(outcome).toMatchObject({ degraded: true, degradation: { reason: 'PROVIDER_FAILED', message: expect.stringMatching(/timed out|connection error/i) } });
    expect(fake.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ['malformed JSON', fakeReply.malformedJson(), /not valid JSON/],
    ['a schema-invalid answer', fakeReply.schemaInvalid(), /failed validation/],
    ['an unknown signal kind', fakeReply.chat({ ...modelAnswer, buyingSignals: [{ kind: 'LOVES_US', quote: 'x', segmentSequence: 11 }] }), /buyingSignals\.0\.kind/],
    ['a segment that does not exist', fakeReply.chat({ ...modelAnswer, objections: [{ kind: 'PRICE', quote: 'x', segmentSequence: 99 }] }), /does not refer to a segment/],
    ['a date without offset', fakeReply.chat({ ...modelAnswer, appointments: [{ ...modelAnswer.appointments[0], startsAt: 'Tuesday 3pm' }] }), /startsAt/],
  ])('treats %s as a failure: falls back without retrying, and counts it', async (_name, reply, message) => {
    fake.script(reply);
    const analyzer = new OpenAiCallAnalyzer(options(), fallback);
    const outcome = await analyzer.analyzeCall(segments, context);
    expect(outcome).toMatchObject({ degraded: true, degradation: { reason: 'PROVIDER_FAILED', message: expect.stringMatching(message) } });
    expect(outcome.analysis.provider).toBe('local');
    expect(fake.requests).toHaveLength(1);
    expect(analyzer.circuit.status.consecutiveFailures).toBe(1);
  });

  it('does not retry a rejected API key, but degrades', async () => {
    const outcome = await new OpenAiCallAnalyzer(options({ apiKey: 'sk-wrong' }), fallback).analyzeCall(segments, context);
    expect(outcome).toMatchObject({ degraded: true, degradation: { message: expect.stringMatching(/401/) } });
    expect(fake.requests).toEqual([expect.objectContaining({ authorized: false })]);
  });

  it('half-opens after the cooldown, and closes again on a successful trial call', async () => {
    const analyzer = new OpenAiCallAnalyzer(options({ retries: 0, breakerThreshold: 1, breakerCooldownMs: 300 }), fallback);
    const transitions: CircuitStateName[] = [];
    analyzer.circuit.onStateChange((status) => transitions.push(status.state));

    fake.script(fakeReply.serverError(503));
    await analyzer.analyzeCall(segments, context);
    const openedAt = analyzer.circuit.status.changedAt;
    expect(analyzer.circuit.status.state).toBe('open');
    expect((await analyzer.analyzeCall(segments, context)).degraded).toBe(true); // still cooling down
    expect(fake.requests).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 350));
    fake.script(fakeReply.chat(modelAnswer));
    const trial = await analyzer.analyzeCall(segments, context);
    expect(trial.degraded).toBe(false);
    expect(transitions).toEqual(['open', 'half-open', 'closed']);
    expect(analyzer.circuit.status).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    expect(analyzer.circuit.status.changedAt.getTime()).toBeGreaterThan(openedAt.getTime());
  });

  it('re-opens when the trial call fails', async () => {
    const analyzer = new OpenAiCallAnalyzer(options({ retries: 0, breakerThreshold: 1, breakerCooldownMs: 100 }), fallback);
    fake.script(fakeReply.serverError(500));
    await analyzer.analyzeCall(segments, context);
    await new Promise((resolve) => setTimeout(resolve, 150));
    fake.script(fakeReply.serverError(502));
    const trial = await analyzer.analyzeCall(segments, context);
    expect(trial).toMatchObject({ degraded: true, degradation: { reason: 'PROVIDER_FAILED' } });
    expect(analyzer.circuit.status.state).toBe('open');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('OpenAiTranscriber', () => {
  it('uploads the audio to Whisper and maps verbose_json segments, priced by duration', async () => {
    fake.script(
      fakeReply.transcription(93.5, [
        { start: 0, end: 4.2, text: 'Hi, this is Dana from Summit Roofing.' },
        { start: 4.5, end: 9.75, text: 'I was hoping to get a quote for the roof.' },
      ]),
    );
    const audio = Buffer.from('ID3 not really an mp3');
    const { transcription, usage } = await new OpenAiTranscriber(options()).transcribe(audio, 'call.mp3');

    expect(transcription).toEqual({
      language: 'english',
      durationSeconds: 93.5,
      segments: [
        { sequence: 0, speaker: 'CUSTOMER', text: 'Hi, this is Dana from Summit Roofing.', startMs: 0, endMs: 4200 },
        { sequence: 1, speaker: 'CUSTOMER', text: 'I was hoping to get a quote for the roof.', startMs: 4500, endMs: 9750 },
      ],
    });
    // 93.5 s at $0.006/min = $0.00935
    expect(usage).toMatchObject({ operation: 'TRANSCRIPTION', provider: 'openai', model: 'whisper-1', audioSeconds: 93.5, costMicroDollars: 9350 });

    const [request] = fake.requests;
    expect(request).toMatchObject({ path: '/v1/audio/transcriptions', authorized: true });
    expect(request?.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json' });
    expect(request?.file?.filename).toBe('call.mp3');
    expect(request?.file?.bytes.equals(audio)).toBe(true);
  });

  it('rejects a malformed body, and shares a breaker when given one', async () => {
    const circuit = new ServiceCircuit('openai', { retries: 0, breakerThreshold: 1, breakerCooldownMs: 60_000 });
    const transcriber = new OpenAiTranscriber(options({ circuit }));
    const analyzer = new OpenAiCallAnalyzer(options({ circuit }), fallback);

    fake.script(fakeReply.malformedJson());
    await expect(transcriber.transcribe(Buffer.from('x'), 'call.wav')).rejects.toThrow();
    expect(circuit.status.state).toBe('open');

    const error = await transcriber.transcribe(Buffer.from('x'), 'call.wav').catch((e: unknown) => e);
    expect(isCircuitOpenError(error)).toBe(true);
    expect(await analyzer.analyzeCall(segments, context)).toMatchObject({ degradation: { reason: 'CIRCUIT_OPEN' } });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('price table', () => {
  const table = buildPriceTable({ 'llama-3.1-8b': { inputPerMillionTokens: 0.05, outputPerMillionTokens: 0.08 } });

  it('rounds up to whole micro-dollars without float noise', () => {
    expect(computeCostMicroDollars(table, { model: 'gpt-4o-mini', inputTokens: 1000 })).toBe(150);
    expect(computeCostMicroDollars(table, { model: 'gpt-4o-mini', inputTokens: 1 })).toBe(1);
    expect(computeCostMicroDollars(table, { model: 'gpt-4o', inputTokens: 1000, outputTokens: 1000 })).toBe(12_500);
    expect(computeCostMicroDollars(table, { model: 'whisper-1', audioSeconds: 60 })).toBe(6000);
  });

  it('applies overrides and prices unknown models at zero', () => {
    expect(computeCostMicroDollars(table, { model: 'llama-3.1-8b', inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBe(130_000);
    expect(computeCostMicroDollars(table, { model: 'my-self-hosted-model', inputTokens: 5000 })).toBe(0);
  });
});
