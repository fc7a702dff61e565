import type { EntityManager } from '@mikro-orm/postgresql';
import { matchProducts, type ProductMatch } from '../product.queries';
import { REVIEW_BELOW, type Draft, type DraftedLine } from './draft.types';
import { readRequest, singular, type RequestPhrase } from './request-phrases';

export const LOCAL_DRAFTER_VERSION = 'local-quote-draft.v1';

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).map(singular));
}

/** How well a product answers a phrase: share of the phrase's words it contains, and whether the units agree. */
function fit(phrase: RequestPhrase, product: ProductMatch): { score: number; unitAgrees: boolean } {
  const words = wordsOf(`${product.sku} ${product.name} ${product.unit}`);
  const terms = phrase.terms.filter((t) => t !== phrase.unit);
  const hits = terms.filter((t) => words.has(t) || [...words].some((w) => w.startsWith(t) || t.startsWith(w))).length;
  const coverage = terms.length ? hits / terms.length : 0;
  const unitAgrees = phrase.unit != null && singular(product.unit.toLowerCase()) === phrase.unit;
  return { score: coverage + (unitAgrees ? 0.5 : 0), unitAgrees };
}

export function titleOf(request: string): string {
  const first = request.trim().split(/[\n.;]/)[0]!.trim();
  return (first.length > 80 ? `${first.slice(0, 77)}…` : first) || 'Quote';
}

/**
 * The deterministic drafter: each phrase of the request is searched in the
 * catalog (full-text, prefix, OR of its words) and the candidate that covers
 * most of its words (units agreeing count extra) becomes the line. A phrase
 * with a quantity and no match becomes a custom, unpriced line for review.
 */
export async function draftLocally(em: EntityManager, organizationId: string, currency: string, request: string): Promise<Draft> {
  const lines: Array<DraftedLine & { hadQuantity: boolean }> = [];
  for (const phrase of readRequest(request)) {
    const candidates = await matchProducts(em, organizationId, phrase.terms, currency);
    const ranked = candidates.map((p) => ({ p, ...fit(phrase, p) })).sort((a, b) => b.score - a.score || b.p.rank - a.p.rank);
    const best = ranked[0];
    const hadQuantity = phrase.quantityMilli != null;
    if (best && best.score > 0) {
      const coverage = Math.min(1, best.score - (best.unitAgrees ? 0.5 : 0));
      const confidence = round2(Math.min(1, 0.35 + 0.4 * coverage + (best.unitAgrees ? 0.2 : 0) + (hadQuantity ? 0.05 : 0)));
      const line = {
        productId: best.p.id,
        description: best.p.name,
        quantityMilli: phrase.quantityMilli ?? 1000,
        unit: best.p.unit,
        sourcePhrase: phrase.text,
        confidence,
        needsReview: confidence < REVIEW_BELOW || (phrase.unit != null && !best.unitAgrees),
        hadQuantity,
      };
      // The same product named twice ("Cat6 cabling: 24 drops"): keep the phrase that gave a quantity.
      const same = lines.findIndex((l) => l.productId === line.productId);
      if (same >= 0) {
        if (!lines[same]!.hadQuantity && hadQuantity) lines[same] = line;
        continue;
      }
      lines.push(line);
    } else if (hadQuantity) {
      lines.push({
        productId: null,
        description: phrase.text,
        quantityMilli: phrase.quantityMilli!,
        unit: phrase.unit ?? 'each',
        sourcePhrase: phrase.text,
        confidence: 0.3,
        needsReview: true,
        hadQuantity,
      });
    }
  }
  return {
    title: titleOf(request),
    lines: lines.map(({ hadQuantity: _h, ...l }) => l),
    usage: { operation: 'QUOTE_DRAFT', provider: 'local', model: LOCAL_DRAFTER_VERSION, inputTokens: 0, outputTokens: 0, audioSeconds: 0, costMicroDollars: 0 },
    provider: 'LOCAL',
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
