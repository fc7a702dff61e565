import type { EntityManager } from '@mikro-orm/postgresql';
import { Alert } from '../../entities/alert.entity';
import { CallAnalysis } from '../../entities/call-analysis.entity';
import { Call } from '../../entities/call.entity';
import { Lead } from '../../entities/lead.entity';
import { Quote } from '../../entities/quote.entity';
import { TranscriptSegment } from '../../entities/transcript.entity';
import type { EventLoad } from './fan-out';

/** What an event's subscribers need besides the event itself, loaded once per organization (FanOut). */
export interface EventData {
  /** Null when DELETED or already gone. */
  leadChanged: Lead | null;
  callUpdated: Call | null;
  liveCallAnalysis: { segment: TranscriptSegment | null; analysis: CallAnalysis | null };
  alertRaised: Alert | null;
  alertUpdated: Alert | null;
  hotLead: { lead: Lead | null; alert: Alert | null };
  budgetAlert: Alert | null;
  /** Null when the quote is gone. */
  quoteUpdated: Quote | null;
}

/**
 * One load per event name, in a fork bound to the event's organization (the
 * tenant filter applies: a stray id of another organization loads nothing).
 */
export const EVENT_LOADS: EventLoad<{ em: EntityManager }> = {
  leadChanged: async (e, { em }): Promise<EventData['leadChanged']> => (e.kind === 'DELETED' ? null : em.findOne(Lead, e.leadId)),
  callUpdated: (e, { em }): Promise<EventData['callUpdated']> => em.findOne(Call, e.callId),
  liveCallAnalysis: async (e, { em }): Promise<EventData['liveCallAnalysis']> => {
    const [segment, analysis] = await Promise.all([e.segmentId ? em.findOne(TranscriptSegment, e.segmentId) : null, em.findOne(CallAnalysis, { call: e.callId })]);
    return { segment, analysis };
  },
  alertRaised: (e, { em }): Promise<EventData['alertRaised']> => em.findOne(Alert, e.alertId),
  alertUpdated: (e, { em }): Promise<EventData['alertUpdated']> => em.findOne(Alert, e.alertId),
  hotLead: async (e, { em }): Promise<EventData['hotLead']> => {
    const [lead, alert] = await Promise.all([em.findOne(Lead, e.leadId), em.findOne(Alert, e.alertId)]);
    return { lead, alert };
  },
  budgetAlert: (e, { em }): Promise<EventData['budgetAlert']> => em.findOne(Alert, e.alertId),
  quoteUpdated: (e, { em }): Promise<EventData['quoteUpdated']> => em.findOne(Quote, e.quoteId),
};
