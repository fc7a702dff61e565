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

export interface EventMap {
  leadChanged: LeadChangedEvent;
}

export type EventName = keyof EventMap;
