/**
 * The OpenAI-compatible implementations of the AI contract (DESIGN.md §7):
 * call analysis through chat completions with JSON-schema structured output,
 * transcription through Whisper. Usage is read from each response and priced
 * with the price table.
 *
 * Every request goes through an ServiceCircuit (our retries inside a circuit
 * breaker; the SDK's retries are off so there is exactly one retry layer).
 * When the analysis cannot come from the provider — breaker open, retries
 * exhausted, or an unusable answer — the injected fallback analyzer (the
 * local one) answers instead, and the outcome says so: `degraded: true` with
 * a reason, and `analysis.provider === 'local'`. Transcription has no local
 * equivalent, so its failures reach the caller (`isCircuitOpenError` tells
 * "not attempted" from "failed").
 */
import OpenAI, { toFile } from 'openai';
import { z } from 'zod';
import type {
  AiUsageRecord,
  CallAnalysisResult,
  CallAnalyzer,
  CallContext,
  SegmentInput,
  Speaker,
  TranscriptionResult,
  Transcriber,
} from '../ai.types';
import { conversationMetrics, countQuestions } from '../local/metrics';
import { loadPrompt, type Prompt } from '../prompts/prompts';
import { CALL_ANALYSIS_RESPONSE_FORMAT, InvalidModelAnswerError, parseCallAnalysisAnswer } from './call-analysis.schema';
import { ServiceCircuit, isCircuitOpenError, type ResilienceOptions } from './openai-resilience';
import { buildPriceTable, computeCostMicroDollars, type ModelPrice, type PriceTable } from './price-table';

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface OpenAiProviderOptions extends ResilienceOptions {
  apiKey: string;
  /** OpenAI-compatible endpoint including `/v1` (OPENAI_BASE_URL, e.g. a self-hosted model). Default: OpenAI. */
  baseUrl?: string;
  /** Chat model for call analysis. Default 'gpt-4o-mini'. */
  model?: string;
  /** Transcription model; must support `verbose_json`. Default 'whisper-1'. */
  transcriptionModel?: string;
  /** Per-request timeout of a chat completion. Default 60,000 ms. */
  timeoutMs?: number;
  /** Per-request timeout of a transcription; audio takes longer. Default 180,000 ms. */
  transcriptionTimeoutMs?: number;
  /** Prices per model, replacing the defaults of the price table for those models. */
  priceOverrides?: Record<string, ModelPrice>;
  /**
   * Breaker (with retries) to use instead of a private one — pass the same
   * instance to the analyzer and the transcriber to have one status for the
   * provider. When given, the retry/breaker settings above are ignored.
   */
  circuit?: ServiceCircuit;
  /** Prompt version of the call analysis. Default 'v1' (→ promptVersion 'call-analysis.v1'). */
  promptVersion?: string;
  /**
   * Whisper does not tell speakers apart, yet every segment needs one. Default
   * 'CUSTOMER': lead scoring looks for the customer's signals, and missing
   * them costs more than crediting the agent's words to the customer.
   */
  transcriptSpeaker?: Speaker;
}

export type DegradationReason = 'CIRCUIT_OPEN' | 'PROVIDER_FAILED';

/** What OpenAiCallAnalyzer returns: the CallAnalyzer result plus whether it had to degrade. */
export type AnalyzeCallOutcome = { analysis: CallAnalysisResult; usage: AiUsageRecord } & (
  | { degraded: false }
  | { degraded: true; degradation: { reason: DegradationReason; message: string } }
);

/** The SDK client, configured only from what we pass: config.ts is the one reader of process.env. */
export function createOpenAiClient(options: Pick<OpenAiProviderOptions, 'apiKey' | 'baseUrl'>, timeoutMs: number): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? DEFAULT_OPENAI_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: timeoutMs,
    maxRetries: 0, // ours (ServiceCircuit) is the only retry layer
  });
}

export class OpenAiCallAnalyzer implements CallAnalyzer {
  readonly circuit: ServiceCircuit;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly prompt: Prompt;
  private readonly prices: PriceTable;

  constructor(
    options: OpenAiProviderOptions,
    private readonly fallback: CallAnalyzer,
  ) {
    this.client = createOpenAiClient(options, options.timeoutMs ?? 60_000);
    this.circuit = options.circuit ?? new ServiceCircuit('openai.chat', options);
    this.model = options.model ?? 'gpt-4o-mini';
    this.prompt = loadPrompt('call-analysis', options.promptVersion ?? 'v1');
    this.prices = buildPriceTable(options.priceOverrides);
  }

  async analyzeCall(segments: SegmentInput[], context: CallContext): Promise<AnalyzeCallOutcome> {
    // Built outside the breaker: a bad timezone is our bug, not the provider's failure.
    const userMessage = JSON.stringify(describeCall(segments, context));
    try {
      const result = await this.circuit.execute(() => this.requestAnalysis(userMessage, segments));
      return { ...result, degraded: false };
    } catch (error) {
      const reason: DegradationReason = isCircuitOpenError(error) ? 'CIRCUIT_OPEN' : 'PROVIDER_FAILED';
      const local = await this.fallback.analyzeCall(segments, context);
      return { analysis: local.analysis, usage: local.usage, degraded: true, degradation: { reason, message: errorMessage(error) } };
    }
  }

  private async requestAnalysis(userMessage: string, segments: SegmentInput[]) {
    const completion = await this.client.chat.completions.create({
      model: this.model,
      messages: [
        { role: 'system', content: this.prompt.text },
        { role: 'user', content: userMessage },
      ],
      response_format: CALL_ANALYSIS_RESPONSE_FORMAT,
    });
    const choice = completion.choices[0];
    if (!choice) throw new InvalidModelAnswerError('Model returned no choices');
    if (choice.message.refusal) throw new InvalidModelAnswerError('Model refused to answer');
    if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') {
      throw new InvalidModelAnswerError(`Model answer cut off (finish_reason ${choice.finish_reason})`);
    }
    const answered = parseCallAnalysisAnswer(choice.message.content, new Set(segments.map((s) => s.sequence)));
    // The response names the exact snapshot that answered (e.g. gpt-4o-mini-2024-07-18); that is what we record.
    const model = completion.model || this.model;
    const inputTokens = completion.usage?.prompt_tokens ?? 0;
    const outputTokens = completion.usage?.completion_tokens ?? 0;
    const analysis: CallAnalysisResult = {
      ...answered,
      // Counted, not asked of the model, with the local analyzer's arithmetic so both providers agree.
      metrics: conversationMetrics(segments.map((s) => ({ ...s, questions: countQuestions(s.text) }))),
      provider: 'openai',
      model,
      promptVersion: this.prompt.id,
    };
    const usage: AiUsageRecord = {
      operation: 'CALL_ANALYSIS',
      provider: 'openai',
      model,
      inputTokens,
      outputTokens,
      audioSeconds: 0,
      costMicroDollars: computeCostMicroDollars(this.prices, { model, inputTokens, outputTokens }),
    };
    return { analysis, usage };
  }
}

/** The verbose_json fields we rely on; anything else in the answer is ignored. */
const verboseTranscriptionZ = z.object({
  duration: z.number().nonnegative(),
  language: z.string().nullish(),
  text: z.string(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).nullish(),
  usage: z.object({ type: z.literal('duration'), seconds: z.number().nonnegative() }).nullish(),
});

export class OpenAiTranscriber implements Transcriber {
  readonly circuit: ServiceCircuit;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly prices: PriceTable;
  private readonly speaker: Speaker;

  constructor(options: OpenAiProviderOptions) {
    this.client = createOpenAiClient(options, options.transcriptionTimeoutMs ?? 180_000);
    this.circuit = options.circuit ?? new ServiceCircuit('openai.transcription', options);
    this.model = options.transcriptionModel ?? 'whisper-1';
    this.prices = buildPriceTable(options.priceOverrides);
    this.speaker = options.transcriptSpeaker ?? 'CUSTOMER';
  }

  async transcribe(audio: Buffer, filename: string): Promise<{ transcription: TranscriptionResult; usage: AiUsageRecord }> {
    const file = await toFile(audio, filename);
    const answer = await this.circuit.execute(async () => {
      const raw = await this.client.audio.transcriptions.create({ file, model: this.model, response_format: 'verbose_json' });
      const parsed = verboseTranscriptionZ.safeParse(raw);
      if (!parsed.success) throw new InvalidModelAnswerError('Transcription is not verbose_json (does the model support it?)');
      return parsed.data;
    });
    // Some servers return only text; it still becomes one segment spanning the recording.
    const spans = answer.segments ?? [{ start: 0, end: answer.duration, text: answer.text }];
    const segments = spans
      .map((span) => ({ ...span, text: span.text.trim() }))
      .filter((span) => span.text.length > 0)
      .map((span, index) => ({
        sequence: index,
        speaker: this.speaker,
        text: span.text,
        startMs: Math.round(span.start * 1000),
        endMs: Math.round(span.end * 1000),
      }));
    const audioSeconds = answer.usage?.seconds ?? answer.duration;
    return {
      transcription: { segments, language: answer.language ?? null, durationSeconds: answer.duration },
      usage: {
        operation: 'TRANSCRIPTION',
        provider: 'openai',
        model: this.model,
        inputTokens: 0,
        outputTokens: 0,
        audioSeconds,
        costMicroDollars: computeCostMicroDollars(this.prices, { model: this.model, audioSeconds }),
      },
    };
  }
}

/** The user message: the call as data, with its start in the organization's timezone for relative dates. */
function describeCall(segments: SegmentInput[], context: CallContext) {
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone: context.timezone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).format(context.callStartedAt);
  return {
    callStartedAt: context.callStartedAt.toISOString(),
    callStartedAtLocal: local,
    timezone: context.timezone,
    segments: [...segments]
      .sort((a, b) => a.sequence - b.sequence)
      .map(({ sequence, speaker, startMs, text }) => ({ sequence, speaker, startMs, text })),
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
