import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItem } from './entities/action-item.entity';
import { Appointment } from './entities/appointment.entity';
import { CallAnalysis } from './entities/call-analysis.entity';
import { Call } from './entities/call.entity';
import { Lead } from './entities/lead.entity';
import type { ScoreEvent } from './entities/score-event.entity';
import { Transcript, type TranscriptSegment } from './entities/transcript.entity';
import { User } from './entities/user.entity';
import { byCall, callsOfLeads, segmentsOfTranscripts } from './services/calls/call-query.service';
import { scoreEventsOfLeads } from './services/lead-query.service';

function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function oneByCall<T extends { call: { id: string } }>(em: EntityManager, entity: typeof CallAnalysis | typeof Transcript) {
  return new DataLoader<string, T | null>(async (ids) => (await byCall<T>(em, entity, ids)).map((rows) => rows[0] ?? null));
}

/**
 * Per-request batch loaders over the request's tenant-bound fork, so nested
 * fields cost one query per level, not one per row.
 */
export function createLoaders(em: EntityManager) {
  return {
    userById: byId<User>(em, User),
    leadById: byId<Lead>(em, Lead),
    callById: byId<Call>(em, Call),
    scoreEventsByLead: new DataLoader<string, ScoreEvent[]>((ids) => scoreEventsOfLeads(em, ids)),
    callsByLead: new DataLoader<string, Call[]>((ids) => callsOfLeads(em, ids)),
    transcriptByCall: oneByCall<Transcript>(em, Transcript),
    analysisByCall: oneByCall<CallAnalysis>(em, CallAnalysis),
    actionItemsByCall: new DataLoader<string, ActionItem[]>((ids) => byCall<ActionItem>(em, ActionItem, ids)),
    appointmentsByCall: new DataLoader<string, Appointment[]>((ids) => byCall<Appointment & { call: { id: string } }>(em, Appointment, ids)),
    segmentsByTranscript: new DataLoader<string, TranscriptSegment[]>((ids) => segmentsOfTranscripts(em, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
