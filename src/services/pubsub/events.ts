/**
 * Every event a subscription can carry. Payloads are plain JSON (ids, ISO
 * strings) because they cross Redis; every one names its organization, which
 * is how the subscription side drops other tenants' events.
 */
export type LeadChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export interface LeadChangedEvent {
  organizationId: string;
  leadId: string;
  kind: LeadChangeKind;
  changedFields: string[];
  /** ISO time of the commit that produced it. */
  at: string;
}

export interface AlertRaisedEvent {
  organizationId: string;
  alertId: string;
  /** False when an open alert with the same dedup key was counted again. */
  created: boolean;
  type: string;
  severity: string;
  at: string;
}

export type CallChangeKind = 'STARTED' | 'UPDATED' | 'ENDED';

export interface CallUpdatedEvent {
  organizationId: string;
  callId: string;
  kind: CallChangeKind;
  status: string;
  at: string;
}

/** One final segment taken into a live call's rolling analysis. */
export interface LiveCallAnalysisEvent {
  organizationId: string;
  callId: string;
  segmentId: string;
  sequence: number;
  /** The analysis after this segment; new signals and objections found in it. */
  newBuyingSignals: Array<{ kind: string; quote: string; segmentSequence: number }>;
  newObjections: Array<{ kind: string; quote: string; segmentSequence: number }>;
  segmentSentiment: { label: string; score: number };
  /** True for the event that carries the final (post-call) analysis. */
  final: boolean;
  at: string;
}

export type AlertChange = 'ACKNOWLEDGED' | 'RESOLVED' | 'SNOOZED' | 'ESCALATED';

export interface AlertUpdatedEvent {
  organizationId: string;
  alertId: string;
  change: AlertChange;
  at: string;
}

/** A lead crossed into HOT. */
export interface HotLeadEvent {
  organizationId: string;
  leadId: string;
  alertId: string;
  score: number;
  reason: string;
  at: string;
}

/** The month's AI spend crossed a threshold of the budget. */
export interface BudgetAlertEvent {
  organizationId: string;
  alertId: string;
  period: string;
  threshold: number;
  spentMicros: number;
  budgetMicros: number;
  at: string;
}

export type QuoteChangeKind = 'CREATED' | 'UPDATED' | 'DRAFTED' | 'SENT' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED' | 'WITHDRAWN';

/** A quote changed (services/quotes); the subscription reloads the quote by id. */
export interface QuoteUpdatedEvent {
  organizationId: string;
  quoteId: string;
  leadId: string;
  kind: QuoteChangeKind;
  status: string;
  version: number;
  at: string;
}

export interface EventMap {
  leadChanged: LeadChangedEvent;
  alertRaised: AlertRaisedEvent;
  callUpdated: CallUpdatedEvent;
  liveCallAnalysis: LiveCallAnalysisEvent;
  alertUpdated: AlertUpdatedEvent;
  hotLead: HotLeadEvent;
  budgetAlert: BudgetAlertEvent;
  quoteUpdated: QuoteUpdatedEvent;
}

export type EventName = keyof EventMap;
