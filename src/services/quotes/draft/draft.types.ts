import type { AiUsageRecord } from '../../ai/ai.types';

/** A catalog product as drafters see it. */
export interface CatalogItem {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  unit: string;
  unitPriceMinor: number;
  taxRateMilli: number;
}

/** One line a drafter proposes; productId null is a custom line (no price, flagged for review). */
export interface DraftedLine {
  productId: string | null;
  description: string;
  quantityMilli: number;
  unit: string;
  /** The words of the request it came from. */
  sourcePhrase: string;
  /** 0–1. */
  confidence: number;
  needsReview: boolean;
}

export interface Draft {
  title: string;
  lines: DraftedLine[];
  usage: AiUsageRecord;
  provider: 'LOCAL' | 'OPENAI';
}

/** Below this confidence a line is flagged for review even when it matched a product. */
export const REVIEW_BELOW = 0.6;
