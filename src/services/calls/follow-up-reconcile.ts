import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItem, ActionItemStatus } from '../../entities/action-item.entity';
import { Appointment, AppointmentStatus } from '../../entities/appointment.entity';
import type { Call } from '../../entities/call.entity';
import type { ActionItemDraft, AppointmentDraft, CallAnalysisResult } from '../ai/ai.types';
import type { Scope } from '../scope';

/** Case, spacing and punctuation do not make a different proposal ("Send the quote." = "send the quote"). */
export function actionItemKey(draft: Pick<ActionItemDraft, 'description' | 'owner'>): string {
  const text = draft.description.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${draft.owner}:${text}`;
}

/** One appointment per purpose and start time. */
export function appointmentKey(draft: Pick<AppointmentDraft, 'purpose' | 'startsAt'>): string {
  return `${draft.purpose}:${new Date(draft.startsAt).toISOString()}`;
}

/** A person changed it (edited, completed, confirmed, cancelled): it is theirs now. */
function touched(row: ActionItem | Appointment): boolean {
  const initial = row instanceof ActionItem ? ActionItemStatus.OPEN : AppointmentStatus.PROPOSED;
  return !!row.touchedAt || row.status !== initial;
}

/**
 * Reconciles a call's follow-ups with a new analysis. What people touched
 * stays as they left it, and a proposal matching it (same key) is not added
 * again. An untouched proposal of the earlier analysis is updated in place
 * when proposed again and withdrawn when not. New proposals are added.
 */
export async function reconcileFollowUps(tx: EntityManager, scope: Scope, call: Call, result: CallAnalysisResult): Promise<void> {
  const [items, appointments] = await Promise.all([tx.find(ActionItem, { call: call.id }), tx.find(Appointment, { call: call.id })]);
  const base = { organization: scope.organizationId, call: call.id, lead: call.lead?.id };

  reconcile(tx, items, result.actionItems, (row) => row.proposalKey ?? actionItemKey(row), actionItemKey, (draft, row) => {
    const fields = { description: draft.description, owner: draft.owner as never, dueAt: draft.dueAt ?? undefined, proposalKey: actionItemKey(draft) };
    if (row) Object.assign(row, fields);
    else tx.create(ActionItem, { ...base, ...fields });
  });
  reconcile(tx, appointments, result.appointments, (row) => row.proposalKey ?? appointmentKey(row), appointmentKey, (draft, row) => {
    const fields = { startsAt: draft.startsAt, durationMinutes: draft.durationMinutes, purpose: draft.purpose as never, location: draft.location ?? undefined, quote: draft.quote, proposalKey: appointmentKey(draft) };
    if (row) Object.assign(row, fields);
    else tx.create(Appointment, { ...base, ...fields });
  });
}

function reconcile<Row extends ActionItem | Appointment, Draft>(
  tx: EntityManager,
  rows: Row[],
  drafts: Draft[],
  rowKey: (row: Row) => string,
  draftKey: (draft: Draft) => string,
  write: (draft: Draft, row: Row | undefined) => void,
): void {
  // Per key the row a person touched, else the first; other untouched rows with that key are duplicates.
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const held = byKey.get(rowKey(row));
    if (!held || (!touched(held) && touched(row))) byKey.set(rowKey(row), row);
  }
  const proposed = new Map(drafts.map((d) => [draftKey(d), d]));
  for (const [key, draft] of proposed) {
    const row = byKey.get(key);
    if (!row || !touched(row)) write(draft, row);
  }
  for (const row of rows) {
    const key = rowKey(row);
    if (!touched(row) && (!proposed.has(key) || byKey.get(key) !== row)) tx.remove(row);
  }
}
