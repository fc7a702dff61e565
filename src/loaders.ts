import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItem } from './entities/action-item.entity';
import { Appointment } from './entities/appointment.entity';
import { CallAnalysis } from './entities/call-analysis.entity';
import { Call } from './entities/call.entity';
import { Lead } from './entities/lead.entity';
import { NotificationDelivery } from './entities/notification-delivery.entity';
import { ScoreEvent } from './entities/score-event.entity';
import { Transcript, TranscriptSegment } from './entities/transcript.entity';
import { User } from './entities/user.entity';
import { childPages, countChildren, findRows, type ChildListSpec, type ChildPageQuery, type ReadRow } from './db/read-rows';

/** The child lists of the schema, each with its parent reference and order (the index it needs leads with both). */
export const CHILD_LISTS = {
  /** Lead.calls / callsConnection: newest first. */
  leadCalls: { entity: Call, parent: 'lead', order: ['createdAt', 'id'], direction: 'desc' },
  /** Lead.scoreHistory: newest first in the order the changes were applied, not by time. */
  leadScoreHistory: { entity: ScoreEvent, parent: 'lead', order: ['sequence', 'id'], direction: 'desc' },
  /** Transcript.segments: in sequence order. */
  transcriptSegments: { entity: TranscriptSegment, parent: 'transcript', order: ['sequence', 'id'], direction: 'asc' },
  callActionItems: { entity: ActionItem, parent: 'call', order: ['createdAt', 'id'], direction: 'asc' },
  callAppointments: { entity: Appointment, parent: 'call', order: ['createdAt', 'id'], direction: 'asc' },
  alertDeliveries: { entity: NotificationDelivery, parent: 'alert', order: ['createdAt', 'id'], direction: 'asc' },
} satisfies Record<string, ChildListSpec>;

export type ChildList = keyof typeof CHILD_LISTS;
export interface ChildPage {
  rows: ReadRow[];
  hasMore: boolean;
}

function byKey(em: EntityManager, entity: EntityName<object>, key: 'id' | 'call') {
  return new DataLoader<string, ReadRow | null>(async (ids) => {
    const rows = await findRows(em, entity, { [key]: { $in: [...ids] } });
    const column = key === 'id' ? 'id' : `${key}Id`;
    const map = new Map(rows.map((r) => [r[column] as string, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * Per-request batch loaders of the read path (db/read-rows.ts): plain rows
 * over the request's tenant-bound fork, one statement per level of the
 * query — never one per row, and for child lists never more rows than the
 * page asked for (a LATERAL … LIMIT per parent).
 */
export function createLoaders(em: EntityManager) {
  const pages = new Map<string, DataLoader<string, ChildPage>>();
  const counts = new Map<ChildList, DataLoader<string, number>>();
  return {
    userById: byKey(em, User, 'id'),
    leadById: byKey(em, Lead, 'id'),
    callById: byKey(em, Call, 'id'),
    transcriptByCall: byKey(em, Transcript, 'call'),
    analysisByCall: byKey(em, CallAnalysis, 'call'),
    /** One parent's page of a child list; parents asking the same page share one statement. */
    childPage(list: ChildList, query: ChildPageQuery): DataLoader<string, ChildPage> {
      const key = JSON.stringify([list, query.limit, query.backward, query.after ?? null, query.before ?? null]);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => childPages(em, CHILD_LISTS[list], ids, query));
        pages.set(key, loader);
      }
      return loader;
    },
    /** How many children a parent has: one grouped count for every parent of the level. */
    childCount(list: ChildList): DataLoader<string, number> {
      let loader = counts.get(list);
      if (!loader) {
        const spec = CHILD_LISTS[list];
        loader = new DataLoader((ids) => countChildren(em, spec.entity, spec.parent, ids));
        counts.set(list, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
