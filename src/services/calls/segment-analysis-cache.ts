import type { SegmentAnalysis } from '../ai/local/local-analyzer';

/**
 * A bounded memo of per-segment analyses so a live call's rolling analysis
 * costs one segment's NLP per new segment. Only an optimization: a miss (a
 * restart, or the segment arriving at another API process) recomputes.
 */
export class SegmentAnalysisCache {
  private readonly entries = new Map<string, SegmentAnalysis>();

  constructor(private readonly capacity = 20_000) {}

  get(callId: string, sequence: number, text: string, compute: () => SegmentAnalysis): SegmentAnalysis {
    const key = `${callId}:${sequence}:${text}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
