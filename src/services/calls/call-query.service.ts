import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRow } from '../../db/read-rows';
import { ActionItem } from '../../entities/action-item.entity';
import { Appointment, type AppointmentStatus } from '../../entities/appointment.entity';
import { CallAnalysis } from '../../entities/call-analysis.entity';
import { Call, type CallDirection, type CallStatus } from '../../entities/call.entity';
import { Transcript, TranscriptSegment } from '../../entities/transcript.entity';
import { NotFoundError } from '../../errors';
import { isUuid } from '../lead.service';
import { findPage, type Page, type PageArgs } from '../pagination';

export interface CallFilter {
  leadId?: string | null;
  status?: CallStatus[] | null;
  direction?: CallDirection | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
  sentiment?: string[] | null;
  hasBuyingSignal?: boolean | null;
}

const CALL_ORDER: Record<'CREATED_AT' | 'STARTED_AT' | 'DURATION', keyof Call> = {
  CREATED_AT: 'createdAt',
  STARTED_AT: 'startedAt',
  DURATION: 'durationOrder',
};

/** Analysis conditions are subqueries keyed by the (tenant-filtered) call's id. */
function callWhere(filter: CallFilter = {}): FilterQuery<Call> {
  const and: FilterQuery<Call>[] = [];
  if (filter.leadId) and.push(isUuid(filter.leadId) ? { lead: filter.leadId } : { id: { $in: [] } });
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.direction) and.push({ direction: filter.direction });
  if (filter.startedAfter) and.push({ startedAt: { $gte: filter.startedAfter } });
  if (filter.startedBefore) and.push({ startedAt: { $lt: filter.startedBefore } });
  if (filter.sentiment?.length) {
    const slots = filter.sentiment.map(() => '?').join(', ');
    and.push({ [raw((a) => `${a}.id in (select ca.call_id from call_analysis ca where ca.sentiment->>'label' in (${slots}))`, filter.sentiment)]: true } as FilterQuery<Call>);
  }
  if (filter.hasBuyingSignal != null) {
    const op = filter.hasBuyingSignal ? 'in' : 'not in';
    and.push({ [raw((a) => `${a}.id ${op} (select ca.call_id from call_analysis ca where jsonb_array_length(ca.buying_signals) > 0)`)]: true } as FilterQuery<Call>);
  }
  return and.length ? { $and: and } : {};
}

export function findCalls(em: EntityManager, filter: CallFilter | undefined, order: { field: keyof typeof CALL_ORDER; direction: 'ASC' | 'DESC' }, page: PageArgs, maxPageSize: number): Promise<Page<ReadRow>> {
  const orderBy = { [CALL_ORDER[order.field]]: order.direction === 'ASC' ? 'asc' : 'desc' } as QueryOrderMap<Call>;
  return findPage(em, Call, () => callWhere(filter), orderBy, page, maxPageSize, filter);
}

export async function findCallOrFail(em: EntityManager, id: string): Promise<Call> {
  const call = isUuid(id) ? await em.findOne(Call, id) : null;
  if (!call) throw new NotFoundError('Call', id);
  return call;
}

export interface AppointmentFilter {
  status?: AppointmentStatus[] | null;
  leadId?: string | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
}

export function findAppointments(em: EntityManager, filter: AppointmentFilter | undefined, page: PageArgs, maxPageSize: number): Promise<Page<ReadRow>> {
  const where = (): FilterQuery<Appointment> => {
    const w: FilterQuery<Appointment> & Record<string, unknown> = {};
    if (filter?.status?.length) w.status = { $in: filter.status };
    if (filter?.leadId) Object.assign(w, isUuid(filter.leadId) ? { lead: filter.leadId } : { id: { $in: [] } });
    if (filter?.startsAfter || filter?.startsBefore) {
      w.startsAt = { ...(filter.startsAfter ? { $gte: filter.startsAfter } : {}), ...(filter.startsBefore ? { $lt: filter.startsBefore } : {}) };
    }
    return w;
  };
  return findPage(em, Appointment, where, { startsAt: 'asc' }, page, maxPageSize, filter);
}
