import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import type { Scope } from '../scope';
import type { AfterCommit } from '../unit-of-work';

export interface AlertOccurrence {
  type: AlertType;
  severity: AlertSeverity;
  title: string;
  body?: string;
  subjectType?: string;
  subjectId?: string;
  /** Same key while an alert is unresolved → the same alert, counted again. */
  dedupKey: string;
}

export interface RaisedAlert {
  alertId: string;
  /** False when an unresolved alert with this key existed and was counted again. */
  created: boolean;
  count: number;
}

/**
 * The one way any flow raises an alert. A new alert starts at escalation
 * level 1 and its first notifications are queued after commit. Deduplication is enforced by the
 * database (a partial unique index on unresolved alerts), so concurrent
 * occurrences of one key yield one row whose count is the number of
 * occurrences. Publishes after commit.
 */
export async function raiseAlert(tx: EntityManager, scope: Scope, after: AfterCommit, occurrence: AlertOccurrence): Promise<RaisedAlert> {
  const rows = await tx.execute<Array<{ id: string; inserted: boolean; count: number }>>(
    `insert into "alert" ("id", "created_at", "updated_at", "organization_id", "type", "severity", "title", "body", "subject_type", "subject_id", "dedup_key", "status", "count", "last_seen_at", "escalation_level", "escalated_at")
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, now(), 1, now())
     on conflict ("organization_id", "dedup_key") where "status" <> 'RESOLVED'
     do update set "count" = "alert"."count" + 1, "last_seen_at" = now(), "updated_at" = now()
     returning "id", (xmax = 0) as "inserted", "count"`,
    [
      scope.organizationId,
      occurrence.type,
      occurrence.severity,
      occurrence.title,
      occurrence.body ?? null,
      occurrence.subjectType ?? null,
      occurrence.subjectId ?? null,
      occurrence.dedupKey,
    ],
  );
  const row = rows[0]!;
  // A new alert reaches level 1 at once; a repeat occurrence only counts.
  if (row.inserted) after.enqueue('notify-alert', { organizationId: scope.organizationId, alertId: row.id, level: 1 }, { jobId: `notify-${row.id}-1` });
  after.publish('alertRaised', {
    organizationId: scope.organizationId,
    alertId: row.id,
    created: row.inserted,
    type: occurrence.type,
    severity: occurrence.severity,
    at: new Date().toISOString(),
  });
  return { alertId: row.id, created: row.inserted, count: Number(row.count) };
}
