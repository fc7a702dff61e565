import type { Config } from '../../config';
import type { AiUsageRecord, CallAnalysisResult, CallAnalyzer, Transcriber } from './ai.types';
import { LocalCallAnalyzer } from './local/local-analyzer';
import { ServiceCircuit } from './openai/openai-resilience';
import { OpenAiCallAnalyzer, OpenAiTranscriber, type OpenAiProviderOptions } from './openai/openai-provider';
import { modelPriceOverridesSchema } from './openai/price-table';

/** What a call analysis produced, and whether the configured provider had to be replaced by the local one. */
export interface AnalysisOutcome {
  analysis: CallAnalysisResult;
  usage: AiUsageRecord;
  degraded: boolean;
}

export interface AiServices {
  /** OpenAI (with the local analyzer as fallback) when configured, else the local analyzer. */
  analyze(segments: Parameters<CallAnalyzer['analyzeCall']>[0], context: Parameters<CallAnalyzer['analyzeCall']>[1]): Promise<AnalysisOutcome>;
  /** The local analyzer on its own (budget DEGRADE policy, tests). */
  local: LocalCallAnalyzer;
  /** Whisper; null when OpenAI is not configured. */
  transcriber: Transcriber | null;
  /** The provider's breaker, for system status; null without OpenAI. */
  circuit: ServiceCircuit | null;
}

/** One place that decides which AI provider runs (DESIGN.md §7). */
export function createAiServices(config: Config): AiServices {
  const local = new LocalCallAnalyzer();
  if (!config.openai) {
    return {
      local,
      transcriber: null,
      circuit: null,
      analyze: async (segments, context) => ({ ...(await local.analyzeCall(segments, context)), degraded: false }),
    };
  }
  const circuit = new ServiceCircuit('openai', {});
  const options: OpenAiProviderOptions = {
    apiKey: config.openai.apiKey,
    baseUrl: config.openai.baseUrl,
    model: config.openai.model,
    transcriptionModel: config.openai.transcriptionModel,
    timeoutMs: config.openai.timeoutMs,
    priceOverrides: modelPriceOverridesSchema.parse(config.aiModelPrices),
    circuit,
  };
  const analyzer = new OpenAiCallAnalyzer(options, local);
  return {
    local,
    transcriber: new OpenAiTranscriber(options),
    circuit,
    analyze: async (segments, context) => {
      const outcome = await analyzer.analyzeCall(segments, context);
      return { analysis: outcome.analysis, usage: outcome.usage, degraded: outcome.degraded };
    },
  };
}
