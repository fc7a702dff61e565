import type { EntityManager } from '@mikro-orm/postgresql';
import { Speaker, TranscriptSource } from '../../entities/transcript.entity';
import { BadUserInputError } from '../../errors';
import type { Scope } from '../scope';
import type { SegmentIn } from './live-analysis';

export interface StoredSegment {
  id: string;
  sequence: number;
  speaker: Speaker;
  text: string;
  startMs: number;
  endMs: number;
}

function check(segment: SegmentIn, index: number): void {
  const field = (name: string) => `input.segments.${index}.${name}`;
  if (!Number.isInteger(segment.sequence) || segment.sequence < 0) throw BadUserInputError.forField(field('sequence'), 'must be a whole number ≥ 0');
  if (!segment.text.trim() || segment.text.length > 10_000) throw BadUserInputError.forField(field('text'), 'must be 1–10000 characters');
  if (segment.startMs < 0 || segment.endMs < segment.startMs) throw BadUserInputError.forField(field('endMs'), 'must not be before startMs');
  if (segment.confidence != null && (segment.confidence < 0 || segment.confidence > 1)) throw BadUserInputError.forField(field('confidence'), 'must be between 0 and 1');
}

/**
 * Writes a batch of segments in ONE statement (the transcript row is
 * upserted in the same one), idempotent by (call, sequence): a replayed final
 * segment changes nothing; a partial is replaced by a later partial or by its
 * final. Returns the segments that became final just now, in sequence order,
 * and how many final segments the call had before (the statement's snapshot),
 * so a caller holding the call's earlier finals in memory knows whether its
 * copy is complete.
 */
export async function insertSegments(tx: EntityManager, scope: Scope, callId: string, segments: SegmentIn[], source: TranscriptSource): Promise<{ fresh: StoredSegment[]; finalsBefore: number }> {
  segments.forEach(check);
  const bySequence = new Map<number, SegmentIn>();
  for (const s of segments) {
    const held = bySequence.get(s.sequence);
    if (!held || (!held.isFinal && s.isFinal !== false)) bySequence.set(s.sequence, s);
  }
  const rows = [...bySequence.values()].sort((a, b) => a.sequence - b.sequence);
  const values = rows.map(() => '(gen_random_uuid(), now(), now(), ?, (select id from t), ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  const params = [
    scope.organizationId,
    callId,
    source,
    ...rows.flatMap((s) => [scope.organizationId, callId, s.sequence, s.speaker as string, s.text.trim(), Math.round(s.startMs), Math.round(s.endMs), s.confidence ?? null, s.isFinal !== false]),
    callId,
  ];
  const written = await tx.execute<Array<{ id: string | null; sequence: number; speaker: Speaker; text: string; start_ms: number; end_ms: number; is_final: boolean; finals_before: number }>>(
    `with t as (
       insert into "transcript" ("id", "created_at", "updated_at", "organization_id", "call_id", "source")
       values (gen_random_uuid(), now(), now(), ?, ?, ?)
       on conflict ("call_id") do update set "updated_at" = "transcript"."updated_at"
       returning "id"
     ), s as (
       insert into "transcript_segment" ("id", "created_at", "updated_at", "organization_id", "transcript_id", "call_id", "sequence", "speaker", "text", "start_ms", "end_ms", "confidence", "is_final")
       values ${values}
       on conflict ("call_id", "sequence") do update set
         "speaker" = excluded."speaker", "text" = excluded."text", "start_ms" = excluded."start_ms", "end_ms" = excluded."end_ms",
         "confidence" = excluded."confidence", "is_final" = excluded."is_final", "updated_at" = now()
       where "transcript_segment"."is_final" = false
       returning "id", "sequence", "speaker", "text", "start_ms", "end_ms", "is_final"
     ), before as (select count(*)::int as n from "transcript_segment" where "call_id" = ? and "is_final")
     select s.*, before.n as finals_before from before left join s on true`,
    params,
  );
  const finalsBefore = written[0]?.finals_before ?? 0;
  const fresh = written
    .filter((r) => r.id != null && r.is_final)
    .map((r) => ({ id: r.id!, sequence: r.sequence, speaker: r.speaker, text: r.text, startMs: r.start_ms, endMs: r.end_ms }))
    .sort((a, b) => a.sequence - b.sequence);
  return { fresh, finalsBefore };
}
