/**
 * Drafting through an OpenAI-compatible chat model with structured output:
 * the schema's productId is an enum of the organization's catalog ids (or
 * null), so the model can only name real products; the answer is validated
 * again on return (schema, ids, quantities) and anything off becomes a custom
 * line for review. Usage is priced with the shared price table.
 */
import type OpenAI from 'openai';
import { z } from 'zod';
import type { AiUsageRecord } from '../../ai/ai.types';
import { InvalidModelAnswerError } from '../../ai/openai/call-analysis.schema';
import { createOpenAiClient, type OpenAiProviderOptions } from '../../ai/openai/openai-provider';
import type { ServiceCircuit } from '../../ai/openai/openai-resilience';
import { buildPriceTable, computeCostMicroDollars, type PriceTable } from '../../ai/openai/price-table';
import { loadPrompt, type Prompt } from '../../ai/prompts/prompts';
import { MAX_QUANTITY } from '../quote-input';
import { parseScaled } from '../quote-money';
import { REVIEW_BELOW, type CatalogItem, type Draft, type DraftedLine } from './draft.types';

/** Most products offered to the model in one request (the enum's size; larger catalogs are pre-filtered by full-text search). */
export const MAX_CATALOG_IN_PROMPT = 200;

const answerZ = z.object({
  title: z.string(),
  lines: z
    .array(
      z.object({
        productId: z.string().nullable(),
        description: z.string(),
        quantity: z.string(),
        unit: z.string(),
        sourcePhrase: z.string(),
        confidence: z.number(),
      }),
    )
    .max(200),
});

export function quoteDraftResponseFormat(catalogIds: string[]) {
  return {
    type: 'json_schema' as const,
    json_schema: {
      name: 'quote_draft',
      strict: true,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'lines'],
        properties: {
          title: { type: 'string' },
          lines: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['productId', 'description', 'quantity', 'unit', 'sourcePhrase', 'confidence'],
              properties: {
                productId: { type: ['string', 'null'], enum: [...catalogIds, null] },
                description: { type: 'string' },
                quantity: { type: 'string' },
                unit: { type: 'string' },
                sourcePhrase: { type: 'string' },
                confidence: { type: 'number' },
              },
            },
          },
        },
      },
    },
  };
}

export class OpenAiQuoteDrafter {
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly prompt: Prompt;
  private readonly prices: PriceTable;

  constructor(
    options: OpenAiProviderOptions,
    readonly circuit: ServiceCircuit,
  ) {
    this.client = createOpenAiClient(options, options.timeoutMs ?? 60_000);
    this.model = options.model ?? 'gpt-4o-mini';
    this.prompt = loadPrompt('quote-draft', 'v1');
    this.prices = buildPriceTable(options.priceOverrides);
  }

  /** Throws when the provider cannot answer usably (the caller degrades to the local drafter). */
  async draft(request: string, catalog: CatalogItem[]): Promise<Draft> {
    const ids = catalog.map((c) => c.id);
    const user = JSON.stringify({
      request,
      catalog: catalog.map((c) => ({ id: c.id, sku: c.sku, name: c.name, description: c.description, unit: c.unit })),
    });
    return this.circuit.execute(async () => {
      const completion = await this.client.chat.completions.create({
        model: this.model,
        messages: [
          { role: 'system', content: this.prompt.text },
          { role: 'user', content: user },
        ],
        response_format: quoteDraftResponseFormat(ids),
      });
      const choice = completion.choices[0];
      if (!choice?.message.content || choice.message.refusal) throw new InvalidModelAnswerError('Model gave no usable answer');
      if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') throw new InvalidModelAnswerError(`Model answer cut off (${choice.finish_reason})`);
      let json: unknown;
      try {
        json = JSON.parse(choice.message.content);
      } catch {
        throw new InvalidModelAnswerError('Model answer is not JSON');
      }
      const parsed = answerZ.safeParse(json);
      if (!parsed.success) throw new InvalidModelAnswerError('Model answer does not match the quote draft schema');
      const model = completion.model || this.model;
      const inputTokens = completion.usage?.prompt_tokens ?? 0;
      const outputTokens = completion.usage?.completion_tokens ?? 0;
      const usage: AiUsageRecord = {
        operation: 'QUOTE_DRAFT',
        provider: 'openai',
        model,
        inputTokens,
        outputTokens,
        audioSeconds: 0,
        costMicroDollars: computeCostMicroDollars(this.prices, { model, inputTokens, outputTokens }),
      };
      const byId = new Map(catalog.map((c) => [c.id, c]));
      return { title: parsed.data.title.slice(0, 200), lines: parsed.data.lines.map((l) => checkedLine(l, byId)), usage, provider: 'OPENAI' };
    });
  }
}

/** The model's line, checked again: an id outside the catalog or an unreadable quantity is kept only as a line for review. */
function checkedLine(l: z.infer<typeof answerZ>['lines'][number], byId: Map<string, CatalogItem>): DraftedLine {
  const product = l.productId ? byId.get(l.productId) : undefined;
  const parsedQty = parseScaled(l.quantity);
  const quantityOk = parsedQty != null && parsedQty > 0 && parsedQty <= MAX_QUANTITY * 1000;
  const confidence = Math.max(0, Math.min(1, Number.isFinite(l.confidence) ? l.confidence : 0));
  return {
    productId: product?.id ?? null,
    description: (product?.name ?? l.description.trim()) || l.sourcePhrase.trim() || 'Item',
    quantityMilli: quantityOk ? parsedQty : 1000,
    unit: product?.unit ?? (l.unit.trim().slice(0, 32) || 'each'),
    sourcePhrase: l.sourcePhrase.slice(0, 500),
    confidence,
    needsReview: !product || !quantityOk || confidence < REVIEW_BELOW,
  };
}
