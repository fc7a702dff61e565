import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRow } from '../../db/read-rows';
import { Alert, type AlertSeverity, AlertStatus, type AlertType } from '../../entities/alert.entity';
import { NotFoundError } from '../../errors';
import { isUuid } from '../lead.service';
import { findPage, type Page, type PageArgs } from '../pagination';

export interface AlertFilter {
  status?: AlertStatus[] | null;
  severity?: AlertSeverity[] | null;
  type?: AlertType[] | null;
  subjectType?: string | null;
  subjectId?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

function alertWhere(filter: AlertFilter = {}): FilterQuery<Alert> {
  const w: Record<string, unknown> = {};
  if (filter.status?.length) w.status = { $in: filter.status };
  if (filter.severity?.length) w.severity = { $in: filter.severity };
  if (filter.type?.length) w.type = { $in: filter.type };
  if (filter.subjectType) w.subjectType = filter.subjectType;
  if (filter.subjectId) w.subjectId = filter.subjectId;
  if (filter.createdAfter || filter.createdBefore) {
    w.createdAt = { ...(filter.createdAfter ? { $gte: filter.createdAfter } : {}), ...(filter.createdBefore ? { $lt: filter.createdBefore } : {}) };
  }
  return w as FilterQuery<Alert>;
}

/** Newest activity first. */
export function findAlerts(em: EntityManager, filter: AlertFilter | undefined, page: PageArgs, maxPageSize: number): Promise<Page<ReadRow>> {
  return findPage(em, Alert, () => alertWhere(filter), { lastSeenAt: 'desc' }, page, maxPageSize, filter);
}

export async function findAlertOrFail(em: EntityManager, id: string): Promise<Alert> {
  const alert = isUuid(id) ? await em.findOne(Alert, id) : null;
  if (!alert) throw new NotFoundError('Alert', id);
  return alert;
}

/** The dashboard badge: alerts needing someone, by severity. */
export async function alertCounts(em: EntityManager, statuses: AlertStatus[] = [AlertStatus.OPEN]): Promise<Record<AlertSeverity | 'total', number>> {
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as AlertSeverity[];
  const counts = await Promise.all(severities.map((severity) => em.count(Alert, { status: { $in: statuses }, severity })));
  const bySeverity = Object.fromEntries(severities.map((s, i) => [s, counts[i]!])) as Record<AlertSeverity, number>;
  return { ...bySeverity, total: counts.reduce((a, b) => a + b, 0) };
}
