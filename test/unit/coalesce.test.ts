import { coalesceEvents, type PublishedEvent } from '../../src/services/pubsub/coalesce';

const lead = (leadId: string, kind: 'CREATED' | 'UPDATED' | 'DELETED', changedFields: string[], at: string): PublishedEvent => ({
  name: 'leadChanged',
  payload: { organizationId: 'org', leadId, kind, changedFields, at },
});
const call = (callId: string, kind: 'STARTED' | 'UPDATED' | 'ENDED', status: string): PublishedEvent => ({
  name: 'callUpdated',
  payload: { organizationId: 'org', callId, kind, status, at: '2031-01-01T00:00:00.000Z' },
});

describe('coalesceEvents (one event per thing changed per commit)', () => {
  it('leadChanged: CREATED followed by profile-rule UPDATEs in one commit stays one CREATED', () => {
    const out = coalesceEvents([lead('a', 'CREATED', [], 't1'), lead('a', 'UPDATED', ['score'], 't2'), lead('a', 'UPDATED', ['score', 'temperature'], 't3')]);
    expect(out).toEqual([lead('a', 'CREATED', [], 't3')]);
  });

  it('leadChanged: UPDATEs of one lead merge into one with the union of changedFields; other leads keep their place', () => {
    const out = coalesceEvents([lead('a', 'UPDATED', ['company'], 't1'), lead('b', 'UPDATED', ['name'], 't2'), lead('a', 'UPDATED', ['score'], 't3')]);
    expect(out).toEqual([lead('a', 'UPDATED', ['company', 'score'], 't3'), lead('b', 'UPDATED', ['name'], 't2')]);
  });

  it('leadChanged: an update then a delete is a DELETED; a create then a delete is nothing', () => {
    expect(coalesceEvents([lead('a', 'UPDATED', ['name'], 't1'), lead('a', 'DELETED', [], 't2')])).toEqual([lead('a', 'DELETED', [], 't2')]);
    expect(coalesceEvents([lead('a', 'CREATED', [], 't1'), lead('a', 'DELETED', [], 't2')])).toEqual([]);
  });

  it('callUpdated: one event per call and kind, STARTED and ENDED of one commit both kept', () => {
    const out = coalesceEvents([call('c', 'STARTED', 'RINGING'), call('c', 'ENDED', 'COMPLETED'), call('c', 'ENDED', 'COMPLETED')]);
    expect(out.map((e) => e.name === 'callUpdated' && [e.payload.kind, e.payload.status])).toEqual([
      ['STARTED', 'RINGING'],
      ['ENDED', 'COMPLETED'],
    ]);
  });

  it('passes other events through unchanged and in order', () => {
    const alert: PublishedEvent = { name: 'alertRaised', payload: { organizationId: 'org', alertId: 'x', created: true, type: 'HOT_LEAD', severity: 'HIGH', at: 't' } };
    expect(coalesceEvents([alert, alert])).toEqual([alert, alert]);
  });
});
