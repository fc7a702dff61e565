import type { CallUpdatedEvent, EventMap, EventName, LeadChangedEvent } from './events';

/** One event as a unit of work collected it, before publishing. */
export type PublishedEvent = { [K in EventName]: { name: K; payload: EventMap[K] } }[EventName];

/**
 * Subscribers see one event per thing changed per commit, whatever number of
 * steps the commit took (a lead created and then scored by three rules is one
 * CREATED). Pure: takes the events of one commit in order, returns those to publish.
 *
 * - leadChanged, per lead: UPDATEs merge into one with the union of
 *   changedFields; CREATED then UPDATED stays CREATED; anything then DELETED
 *   is DELETED; CREATED then DELETED is nothing (nobody saw it).
 * - callUpdated, per call and kind: one event, with the last status.
 * - every other event passes through as is.
 *
 * A merged event takes the place of the first one of its group and the
 * time of the last.
 */
export function coalesceEvents(events: readonly PublishedEvent[]): PublishedEvent[] {
  const out: Array<PublishedEvent | null> = [];
  const slot = new Map<string, number>();
  for (const event of events) {
    const key = groupKey(event);
    const at = key === null ? undefined : slot.get(key);
    if (key === null || at === undefined) {
      if (key !== null) slot.set(key, out.length);
      out.push(event);
      continue;
    }
    const held = out[at];
    out[at] = held ? merge(held, event) : event;
  }
  return out.filter((e): e is PublishedEvent => e !== null);
}

function groupKey(event: PublishedEvent): string | null {
  switch (event.name) {
    case 'leadChanged':
      return `lead:${event.payload.organizationId}:${event.payload.leadId}`;
    case 'callUpdated':
      return `call:${event.payload.organizationId}:${event.payload.callId}:${event.payload.kind}`;
    default:
      return null;
  }
}

/** Two events of one group (same name, same key), the second one later; null drops both. */
function merge(first: PublishedEvent, next: PublishedEvent): PublishedEvent | null {
  if (first.name === 'leadChanged' && next.name === 'leadChanged') {
    const payload = mergeLeadChanges(first.payload, next.payload);
    return payload && { name: 'leadChanged', payload };
  }
  if (first.name === 'callUpdated' && next.name === 'callUpdated') {
    const payload: CallUpdatedEvent = { ...first.payload, status: next.payload.status, at: next.payload.at };
    return { name: 'callUpdated', payload };
  }
  return next;
}

function mergeLeadChanges(a: LeadChangedEvent, b: LeadChangedEvent): LeadChangedEvent | null {
  if (b.kind === 'DELETED') return a.kind === 'CREATED' ? null : { ...b };
  if (a.kind === 'DELETED') return { ...a, at: b.at }; // nothing after a delete is visible
  if (a.kind === 'CREATED') return { ...a, at: b.at };
  return { ...a, changedFields: [...new Set([...a.changedFields, ...b.changedFields])], at: b.at };
}
