/**
 * The alert lifecycle through the running API (issue 4): deduplication under
 * concurrency, acknowledge / resolve / snooze with their audit events and
 * `alertUpdated` events, the `alerts` connection and `alertCounts`,
 * escalation by level (the escalation check is run with an explicit "now",
 * the same entry point the scheduled job uses), two workers checking at once,
 * `hotLeads` / `alertRaised(filter)`, and CIRCUIT_OPEN when a breaker opens
 * during an organization's job.
 *
 * No email, SMS or Slack is configured on the main server: every delivery it
 * plans is SKIPPED with a reason, which is what these tests read to see who
 * was notified at each level (notifications.test.ts sends for real).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp, type App } from '../../src/app';
import { AlertSeverity, AlertType } from '../../src/entities/alert.entity';
import {
  AcknowledgeAlertDocument,
  AdjustLeadScoreDocument,
  AlertCountsDocument,
  AlertDeliveriesDocument,
  AlertDocument,
  AlertRaisedIdsDocument,
  AlertsDocument,
  AlertUpdatedDocument,
  AuditEventsDocument,
  HotLeadsDocument,
  LeadDocument,
  ResolveAlertDocument,
  SnoozeAlertDocument,
  SystemStatusDocument,
  UpdateOrganizationSettingsDocument,
  UsersDocument,
  type AlertDeliveriesQuery,
  type AlertFilterInput,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTestInfra } from '../support/environment';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { alertUpdatedProbe, eventually, hotLeadProbe, primeSubscriptions, raiseAlertIn, startSlackPeer } from '../support/isolation-alerts';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

const MIN = 60_000;
/** The scheduled check stays out of the way: these tests run it themselves, with the "now" they choose. */
const QUIET_SCHEDULER = { ESCALATION_CHECK_SECONDS: '3600' };

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer(QUIET_SCHEDULER);
});
afterAll(() => t?.close());

type AlertView = NonNullable<AlertDeliveriesQuery['alert']>;
type Delivery = AlertView['deliveries'][number];

const readAlert = async (token: string, id: string): Promise<AlertView> => (await gqlOk(t.url, AlertDeliveriesDocument, { id }, { token })).alert;
const escalate = (now: Date, app: App = t.app) => app.alerts.escalateDue(app.orm, now);
const at = (iso: string, plusMs: number) => new Date(Date.parse(iso) + plusMs);

/** The deliveries of `level` once `expected` of them exist and none is still waiting to be sent. */
async function deliveriesAt(token: string, id: string, level: number, expected: number): Promise<Delivery[]> {
  return eventually(`${expected} settled level-${level} deliveries of ${id}`, async () => {
    const rows = (await readAlert(token, id)).deliveries.filter((d) => d.escalationLevel === level);
    return rows.length === expected && rows.every((d) => !['PENDING', 'HELD'].includes(d.status)) ? rows : null;
  });
}

const emailsOf = (rows: Delivery[]) => rows.filter((d) => d.channel === 'EMAIL').map((d) => d.recipient).sort();

/** An organization with a lead owned by an agent, two admins and the owner: one person (or group) per escalation level. */
async function staffedOrganization(): Promise<{ org: Tenant; leadId: string; agentEmail: string; adminEmails: string[] }> {
  const org = await createTenant(t);
  const agent = await org.user(UserRole.AGENT);
  await org.user(UserRole.ADMIN);
  await org.user(UserRole.ADMIN);
  const lead = await org.lead({ ownerId: agent.id });
  const { users } = await gqlOk(t.url, UsersDocument, {}, { token: org.token });
  return {
    org,
    leadId: lead.id,
    agentEmail: users.find((u) => u.id === agent.id)!.email,
    adminEmails: users.filter((u) => u.role === 'ADMIN').map((u) => u.email).sort(),
  };
}

describe('deduplication', () => {
  it('makes 50 concurrent occurrences of one dedupKey one alert counted 50 times; after resolveAlert a new occurrence opens a new alert', async () => {
    const org = await createTenant(t);
    const client = wsClient(t.wsUrl, org.token);
    try {
      const raised = subscribe(client, AlertRaisedIdsDocument, { filter: { type: ['SLA_AT_RISK'] } });
      await connected(client);
      const probeKey = `probe:${randomUUID()}`;
      const withoutProbes = await primeSubscriptions([raised], async () => (await raiseAlertIn(t.app, org.organizationId, { dedupKey: probeKey })).alertId);

      const dedupKey = `sla:ticket-42:${randomUUID()}`;
      const occurrence = { type: AlertType.SLA_AT_RISK, severity: AlertSeverity.MEDIUM, title: 'Ticket 42 is at risk', subjectType: 'Ticket', subjectId: 'ticket-42', dedupKey };
      // 50 units of work at once, each on its own fork and transaction, as 50 jobs would raise it.
      const results = await Promise.all(Array.from({ length: 50 }, () => raiseAlertIn(t.app, org.organizationId, occurrence)));

      expect(new Set(results.map((r) => r.alertId)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      // Each occurrence saw its own increment: the counts are exactly 1..50.
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const alertId = results[0]!.alertId;
      const rows = await sqlRows(t, 'select id, count, status from alert where organization_id = ? and dedup_key = ?', [org.organizationId, dedupKey]);
      expect(rows).toEqual([{ id: alertId, count: 50, status: 'OPEN' }]);

      const listed = await gqlOk(t.url, AlertsDocument, { filter: { subjectId: 'ticket-42' } }, { token: org.token });
      expect(listed.alerts.totalCount).toBe(1);
      expect(listed.alerts.edges[0]!.node).toMatchObject({ id: alertId, count: 50, status: 'OPEN', dedupKey, severity: 'MEDIUM', type: 'SLA_AT_RISK' });

      // Every occurrence is published after its commit; exactly one says it created the alert.
      const events = await eventually('50 alertRaised events', async () => {
        const mine = withoutProbes(raised.events).map((e) => e.data!.alertRaised);
        return mine.length >= 50 ? mine : null;
      });
      expect(events).toHaveLength(50);
      expect(events.every((e) => e.alert.id === alertId)).toBe(true);
      expect(events.filter((e) => e.created)).toHaveLength(1);

      const resolved = await gqlOk(t.url, ResolveAlertDocument, { id: alertId }, { token: org.token });
      expect(resolved.resolveAlert.alert).toMatchObject({ status: 'RESOLVED', resolvedBy: org.ownerId, count: 50 });

      const again = await raiseAlertIn(t.app, org.organizationId, occurrence);
      expect(again.created).toBe(true);
      expect(again.alertId).not.toBe(alertId);
      expect(again.count).toBe(1);
      const after = await gqlOk(t.url, AlertsDocument, { filter: { subjectId: 'ticket-42' } }, { token: org.token });
      expect(after.alerts.edges.map((e) => [e.node.id, e.node.status, e.node.count])).toEqual([
        [again.alertId, 'OPEN', 1],
        [alertId, 'RESOLVED', 50],
      ]);
    } finally {
      await client.dispose();
    }
  });
});

describe('acknowledge, resolve and snooze', () => {
  it('change the alert, write one audit event each and publish alertUpdated (filtered by severity); repeats change nothing', async () => {
    const org = await createTenant(t);
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { type: AlertType.CALL_FAILED, severity: AlertSeverity.CRITICAL, title: 'Call to the Smiths failed' });
    const client = wsClient(t.wsUrl, org.token);
    try {
      const all = subscribe(client, AlertUpdatedDocument, {});
      const critical = subscribe(client, AlertUpdatedDocument, { filter: { severity: ['CRITICAL'] } });
      const lowOnly = subscribe(client, AlertUpdatedDocument, { filter: { severity: ['LOW'] } });
      await connected(client);
      const [lowProbe, criticalProbe] = [await alertUpdatedProbe(t.app, t.url, org.token, org.organizationId), await alertUpdatedProbe(t.app, t.url, org.token, org.organizationId, AlertSeverity.CRITICAL)];
      const withoutProbes = await primeSubscriptions([all, lowOnly, critical], async () => [await lowProbe(), await criticalProbe()]);

      const ack = await gqlOk(t.url, AcknowledgeAlertDocument, { id: alertId }, { token: org.token });
      expect(ack.acknowledgeAlert.alert).toMatchObject({ id: alertId, status: 'ACKNOWLEDGED', acknowledgedBy: org.ownerId, acknowledgedByUser: { id: org.ownerId } });
      expect(Date.parse(ack.acknowledgeAlert.alert.acknowledgedAt!)).toBeGreaterThan(Date.now() - MIN);
      const ackAgain = await gqlOk(t.url, AcknowledgeAlertDocument, { id: alertId }, { token: org.token });
      expect(ackAgain.acknowledgeAlert.alert.acknowledgedAt).toBe(ack.acknowledgeAlert.alert.acknowledgedAt);

      const until = new Date(Date.now() + 2 * 3600_000);
      const snoozed = await gqlOk(t.url, SnoozeAlertDocument, { input: { id: alertId, until: until.toISOString() } }, { token: org.token });
      expect(snoozed.snoozeAlert.alert).toMatchObject({ status: 'ACKNOWLEDGED', snoozedUntil: until.toISOString(), escalatedAt: until.toISOString() });

      const resolved = await gqlOk(t.url, ResolveAlertDocument, { id: alertId }, { token: org.token });
      expect(resolved.resolveAlert.alert).toMatchObject({ status: 'RESOLVED', resolvedBy: org.ownerId });
      const resolvedAgain = await gqlOk(t.url, ResolveAlertDocument, { id: alertId }, { token: org.token });
      expect(resolvedAgain.resolveAlert.alert.resolvedAt).toBe(resolved.resolveAlert.alert.resolvedAt);

      const audit = await gqlOk(t.url, AuditEventsDocument, { filter: { entityType: 'Alert', entityId: alertId }, first: 20 }, { token: org.token });
      const trail = audit.auditEvents.edges.map((e) => e.node).reverse();
      expect(trail.map((e) => [e.action, e.actorType, e.actorId])).toEqual([
        ['alert.acknowledged', 'USER', org.ownerId],
        ['alert.snoozed', 'USER', org.ownerId],
        ['alert.resolved', 'USER', org.ownerId],
      ]);
      expect(trail.map((e) => [e.before?.status, e.after?.status])).toEqual([
        ['OPEN', 'ACKNOWLEDGED'],
        ['ACKNOWLEDGED', 'ACKNOWLEDGED'],
        ['ACKNOWLEDGED', 'RESOLVED'],
      ]);
      expect(trail[1]!.after).toMatchObject({ snoozedUntil: until.toISOString() });

      const changes = await eventually('three alertUpdated events', async () => {
        const mine = withoutProbes(all.events).map((e) => e.data!.alertUpdated);
        return mine.length >= 3 ? mine : null;
      });
      expect(changes.map((c) => [c.change, c.alert.id])).toEqual([
        ['ACKNOWLEDGED', alertId],
        ['SNOOZED', alertId],
        ['RESOLVED', alertId],
      ]);
      const criticalChanges = await eventually('three CRITICAL alertUpdated events', async () => {
        const mine = withoutProbes(critical.events);
        return mine.length >= 3 ? mine : null;
      });
      expect(criticalChanges.map((e) => e.data!.alertUpdated.change)).toEqual(['ACKNOWLEDGED', 'SNOOZED', 'RESOLVED']);
      // The LOW-only subscription saw its probes and nothing of this CRITICAL alert.
      await sleep(150);
      expect(withoutProbes(lowOnly.events)).toEqual([]);
      expect(withoutProbes(all.events)).toHaveLength(3);
    } finally {
      await client.dispose();
    }
  });

  it('refuses a snooze in the past, beyond 7 days, or of a resolved alert with BAD_USER_INPUT naming the field; unknown ids are NOT_FOUND', async () => {
    const org = await createTenant(t);
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.HIGH });
    const snooze = (id: string, until: Date) => gql(t.url, SnoozeAlertDocument, { input: { id, until: until.toISOString() } }, { token: org.token });

    for (const until of [new Date(Date.now() - MIN), new Date(Date.now() + 7 * 24 * 60 * MIN + MIN)]) {
      const r = await snooze(alertId, until);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions).toMatchObject({ field: 'input.until' });
    }
    expect((await readAlert(org.token, alertId)).snoozedUntil).toBeNull();
    const almostAWeek = new Date(Date.now() + 7 * 24 * 60 * MIN - MIN);
    expect((await gqlOk(t.url, SnoozeAlertDocument, { input: { id: alertId, until: almostAWeek.toISOString() } }, { token: org.token })).snoozeAlert.alert.snoozedUntil).toBe(almostAWeek.toISOString());

    await gqlOk(t.url, ResolveAlertDocument, { id: alertId }, { token: org.token });
    const ofResolved = await snooze(alertId, new Date(Date.now() + 3600_000));
    expect(codeOf(ofResolved)).toBe('BAD_USER_INPUT');
    expect(ofResolved.errors![0]!.extensions).toMatchObject({ field: 'input.id' });

    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect(codeOf(await gql(t.url, AlertDocument, { id }, { token: org.token }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(t.url, AcknowledgeAlertDocument, { id }, { token: org.token }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(t.url, ResolveAlertDocument, { id }, { token: org.token }))).toBe('NOT_FOUND');
      expect(codeOf(await snooze(id, new Date(Date.now() + 3600_000)))).toBe('NOT_FOUND');
    }
    // A viewer reads alerts but cannot act on them.
    const viewer = await org.user(UserRole.VIEWER);
    expect((await gqlOk(t.url, AlertDocument, { id: alertId }, { token: viewer.token })).alert.id).toBe(alertId);
    expect(codeOf(await gql(t.url, AcknowledgeAlertDocument, { id: alertId }, { token: viewer.token }))).toBe('FORBIDDEN');
  });
});

describe('alerts(filter) and alertCounts', () => {
  let org: Tenant;
  const ids: Record<string, string> = {};
  const createdAt: Record<string, string> = {};

  beforeAll(async () => {
    org = await createTenant(t);
    const plan: Array<[string, AlertSeverity, AlertType, string]> = [
      ['critical', AlertSeverity.CRITICAL, AlertType.CALL_FAILED, 'Call'],
      ['high', AlertSeverity.HIGH, AlertType.HOT_LEAD, 'Lead'],
      ['medium', AlertSeverity.MEDIUM, AlertType.NEGATIVE_CALL, 'Call'],
      ['low', AlertSeverity.LOW, AlertType.SLA_AT_RISK, 'Ticket'],
      ['acked', AlertSeverity.HIGH, AlertType.SLA_BREACHED, 'Ticket'],
      ['resolved', AlertSeverity.CRITICAL, AlertType.CALL_FAILED, 'Call'],
    ];
    for (const [name, severity, type, subjectType] of plan) {
      ids[name] = (await raiseAlertIn(t.app, org.organizationId, { severity, type, subjectType, subjectId: `${name}-subject`, title: `${name} alert` })).alertId;
      createdAt[name] = (await readAlert(org.token, ids[name]!)).createdAt;
      await sleep(5);
    }
    await gqlOk(t.url, AcknowledgeAlertDocument, { id: ids.acked! }, { token: org.token });
    await gqlOk(t.url, ResolveAlertDocument, { id: ids.resolved! }, { token: org.token });
  });

  const list = async (filter: AlertFilterInput) => (await gqlOk(t.url, AlertsDocument, { filter, first: 50 }, { token: org.token })).alerts;
  const namesOf = (conn: Awaited<ReturnType<typeof list>>) => conn.edges.map((e) => Object.keys(ids).find((k) => ids[k] === e.node.id)).sort();

  it('filters by status, severity, type, subject and creation time, newest activity first', async () => {
    const all = await list({});
    expect(all.totalCount).toBe(6);
    expect(all.edges.map((e) => e.node.id)).toEqual(['resolved', 'acked', 'low', 'medium', 'high', 'critical'].map((n) => ids[n]));
    expect(namesOf(await list({ status: ['OPEN'] }))).toEqual(['critical', 'high', 'low', 'medium']);
    expect(namesOf(await list({ status: ['ACKNOWLEDGED', 'RESOLVED'] }))).toEqual(['acked', 'resolved']);
    expect(namesOf(await list({ severity: ['CRITICAL'] }))).toEqual(['critical', 'resolved']);
    expect(namesOf(await list({ severity: ['HIGH'], status: ['OPEN'] }))).toEqual(['high']);
    expect(namesOf(await list({ type: ['CALL_FAILED', 'NEGATIVE_CALL'] }))).toEqual(['critical', 'medium', 'resolved']);
    expect(namesOf(await list({ subjectType: 'Ticket' }))).toEqual(['acked', 'low']);
    expect(namesOf(await list({ subjectType: 'Call', subjectId: 'medium-subject' }))).toEqual(['medium']);
    expect(namesOf(await list({ createdAfter: createdAt.low }))).toEqual(['acked', 'low', 'resolved']);
    expect(namesOf(await list({ createdBefore: createdAt.low }))).toEqual(['critical', 'high', 'medium']);
    expect(namesOf(await list({ createdAfter: createdAt.medium, createdBefore: createdAt.acked }))).toEqual(['low', 'medium']);
    expect((await list({ type: ['BUDGET_THRESHOLD'] })).totalCount).toBe(0);
  });

  it('pages with first/after without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 4; page++) {
      const conn = (await gqlOk(t.url, AlertsDocument, { first: 4, after }, { token: org.token })).alerts;
      expect(conn.totalCount).toBe(6);
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual((await list({})).edges.map((e) => e.node.id));
  });

  it('counts alerts by severity for the badge: OPEN by default, or the statuses asked for', async () => {
    expect((await gqlOk(t.url, AlertCountsDocument, {}, { token: org.token })).alertCounts).toEqual({ critical: 1, high: 1, medium: 1, low: 1, total: 4 });
    expect((await gqlOk(t.url, AlertCountsDocument, { status: ['ACKNOWLEDGED'] }, { token: org.token })).alertCounts).toEqual({ critical: 0, high: 1, medium: 0, low: 0, total: 1 });
    expect((await gqlOk(t.url, AlertCountsDocument, { status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] }, { token: org.token })).alertCounts).toEqual({ critical: 2, high: 2, medium: 1, low: 1, total: 6 });
  });
});

describe('escalation', () => {
  let staff: Awaited<ReturnType<typeof staffedOrganization>>;
  beforeAll(async () => {
    staff = await staffedOrganization();
  });

  it('takes an unacknowledged CRITICAL to the admins at 5 minutes (not at 4:59), then to the owners 5 minutes later, notifying each level once', async () => {
    const { org, leadId, agentEmail, adminEmails } = staff;
    const client = wsClient(t.wsUrl, org.token);
    try {
      const updates = subscribe(client, AlertUpdatedDocument, { filter: { severity: ['CRITICAL'] } });
      await connected(client);
      const withoutProbes = await primeSubscriptions([updates], await alertUpdatedProbe(t.app, t.url, org.token, org.organizationId, AlertSeverity.CRITICAL));

      const { alertId } = await raiseAlertIn(t.app, org.organizationId, { type: AlertType.CALL_FAILED, severity: AlertSeverity.CRITICAL, subjectType: 'Lead', subjectId: leadId, title: 'Missed a call from a hot lead' });
      // Level 1 is the lead's owner. Nothing is configured on this server: each channel is SKIPPED, saying why.
      const level1 = await deliveriesAt(org.token, alertId, 1, 3);
      expect(level1.map((d) => [d.channel, d.status, d.lastError]).sort()).toEqual([
        ['EMAIL', 'SKIPPED', 'EMAIL is not configured'],
        ['SLACK', 'SKIPPED', 'Slack is not configured for this organization'],
        ['SMS', 'SKIPPED', 'SMS is not configured'],
      ]);
      expect(emailsOf(level1)).toEqual([agentEmail]);
      expect(level1.every((d) => d.attempts === 0 && d.sentAt === null)).toBe(true);

      const raised = await readAlert(org.token, alertId);
      expect(raised.escalationLevel).toBe(1);
      const raisedAt = raised.escalatedAt;

      await escalate(at(raisedAt, 4 * MIN + 59_000));
      await escalate(at(raisedAt, 5 * MIN - 1));
      expect((await readAlert(org.token, alertId)).escalationLevel).toBe(1);

      const fiveMinutes = at(raisedAt, 5 * MIN + 1);
      await escalate(fiveMinutes);
      expect(await readAlert(org.token, alertId)).toMatchObject({ escalationLevel: 2, escalatedAt: fiveMinutes.toISOString(), status: 'OPEN' });
      const level2 = await deliveriesAt(org.token, alertId, 2, 5);
      expect(emailsOf(level2)).toEqual(adminEmails);
      expect(level2.map((d) => d.channel).sort()).toEqual(['EMAIL', 'EMAIL', 'SLACK', 'SMS', 'SMS']);

      await escalate(at(fiveMinutes.toISOString(), 5 * MIN - 1));
      expect((await readAlert(org.token, alertId)).escalationLevel).toBe(2);
      const tenMinutes = at(fiveMinutes.toISOString(), 5 * MIN);
      await escalate(tenMinutes);
      expect((await readAlert(org.token, alertId)).escalationLevel).toBe(3);
      const level3 = await deliveriesAt(org.token, alertId, 3, 3);
      expect(emailsOf(level3)).toEqual([org.ownerEmail]);

      // Level 3 is the top: later checks change nothing and notify nobody again.
      await escalate(at(tenMinutes.toISOString(), 60 * MIN));
      const final = await readAlert(org.token, alertId);
      expect(final.escalationLevel).toBe(3);
      expect(final.deliveries.map((d) => d.escalationLevel).sort()).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3]);

      const escalations = await eventually('two ESCALATED events', async () => {
        const mine = withoutProbes(updates.events).map((e) => e.data!.alertUpdated);
        return mine.length >= 2 ? mine : null;
      });
      expect(escalations.map((e) => [e.change, e.alert.id])).toEqual([
        ['ESCALATED', alertId],
        ['ESCALATED', alertId],
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('leaves an acknowledged alert where it is', async () => {
    const { org } = staff;
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL });
    await gqlOk(t.url, AcknowledgeAlertDocument, { id: alertId }, { token: org.token });
    const { escalatedAt } = (await gqlOk(t.url, AlertDocument, { id: alertId }, { token: org.token })).alert;
    await escalate(at(escalatedAt, 5 * MIN + 1));
    await escalate(at(escalatedAt, 24 * 60 * MIN));
    const alert = await readAlert(org.token, alertId);
    expect(alert).toMatchObject({ escalationLevel: 1, status: 'ACKNOWLEDGED' });
  });

  it('waits out a snooze, then gives the escalation its full minutes again', async () => {
    const { org } = staff;
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL });
    const raisedAt = (await readAlert(org.token, alertId)).escalatedAt;
    const until = new Date(Date.now() + 30 * MIN);
    await gqlOk(t.url, SnoozeAlertDocument, { input: { id: alertId, until: until.toISOString() } }, { token: org.token });

    await escalate(at(raisedAt, 10 * MIN));
    await escalate(new Date(until.getTime() - 1));
    await escalate(new Date(until.getTime() + 5 * MIN - 1));
    expect((await readAlert(org.token, alertId)).escalationLevel).toBe(1);
    await escalate(new Date(until.getTime() + 5 * MIN));
    expect((await readAlert(org.token, alertId)).escalationLevel).toBe(2);
  });

  it('gives a HIGH alert 15 minutes and notifies the admins by email and Slack only; a MEDIUM one never escalates', async () => {
    const { org, adminEmails } = staff;
    const high = (await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.HIGH })).alertId;
    const medium = (await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.MEDIUM })).alertId;
    const raisedAt = (await readAlert(org.token, high)).escalatedAt;

    await escalate(at(raisedAt, 5 * MIN + 1));
    await escalate(at(raisedAt, 15 * MIN - 1));
    expect((await readAlert(org.token, high)).escalationLevel).toBe(1);
    await escalate(at(raisedAt, 15 * MIN + 1));
    expect((await readAlert(org.token, high)).escalationLevel).toBe(2);
    const level2 = await deliveriesAt(org.token, high, 2, 3);
    expect(level2.map((d) => d.channel).sort()).toEqual(['EMAIL', 'EMAIL', 'SLACK']);
    expect(emailsOf(level2)).toEqual(adminEmails);

    await escalate(at(raisedAt, 7 * 24 * 60 * MIN));
    expect((await readAlert(org.token, medium)).escalationLevel).toBe(1);
  });

  it("honours the organization's own escalation minutes", async () => {
    const fast = await createTenant(t);
    const settings = await gqlOk(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { escalationMinutes: { critical: 2 } } } }, { token: fast.token });
    expect(settings.updateOrganization.organization.alertSettings.escalationMinutes).toEqual({ critical: 2, high: 15 });
    // Regression: the nested input's own rules (1–1440 minutes) were not checked, so 0 escalated on every check.
    const invalid = await gql(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { escalationMinutes: { critical: 0 } } } }, { token: fast.token });
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.errors![0]!.extensions).toMatchObject({ field: 'input.alertSettings.escalationMinutes.critical' });

    const inFast = (await raiseAlertIn(t.app, fast.organizationId, { severity: AlertSeverity.CRITICAL })).alertId;
    const inDefault = (await raiseAlertIn(t.app, staff.org.organizationId, { severity: AlertSeverity.CRITICAL })).alertId;
    const raisedAt = (await readAlert(staff.org.token, inDefault)).escalatedAt;
    const fastRaisedAt = (await readAlert(fast.token, inFast)).escalatedAt;

    await escalate(at(fastRaisedAt, 2 * MIN - 1));
    expect((await readAlert(fast.token, inFast)).escalationLevel).toBe(1);
    await escalate(at(raisedAt, 2 * MIN + 1));
    expect((await readAlert(fast.token, inFast)).escalationLevel).toBe(2);
    expect((await readAlert(staff.org.token, inDefault)).escalationLevel).toBe(1);
  });
});

describe('two workers running the escalation check at once', () => {
  it('escalate each due alert exactly once: one level bump, one ESCALATED event, one set of deliveries per level', async () => {
    // A database of its own, so that the check's return values count only these alerts.
    const infra = await createTestInfra(QUIET_SCHEDULER);
    const server = await startTestServer({}, infra);
    // Services mode: a second process on the same database and Redis. Embedded mode has one process: it runs the check twice concurrently.
    const second: App = infra.mode === 'services' ? await createApp(infra.sibling()) : server.app;
    let ownClient: ReturnType<typeof wsClient> | undefined;
    try {
      const org = await createTenant(server);
      await org.user(UserRole.ADMIN);
      const ids = (await Promise.all(Array.from({ length: 8 }, (_, i) => raiseAlertIn(server.app, org.organizationId, { severity: AlertSeverity.CRITICAL, title: `Due ${i}` })))).map((r) => r.alertId);
      const read = async (id: string) => (await gqlOk(server.url, AlertDeliveriesDocument, { id }, { token: org.token })).alert;
      for (const id of ids) {
        await eventually(`level-1 deliveries of ${id}`, async () => (await read(id)).deliveries.length === 3);
      }
      ownClient = wsClient(server.wsUrl, org.token);
      const updates = subscribe(ownClient, AlertUpdatedDocument, {});
      await connected(ownClient);
      // The probe is LOW: it never escalates, so the checks' counts are about the eight alerts alone.
      const withoutProbes = await primeSubscriptions([updates], await alertUpdatedProbe(server.app, server.url, org.token, org.organizationId));

      const latest = Math.max(...(await Promise.all(ids.map(async (id) => Date.parse((await read(id)).escalatedAt)))));
      for (const [round, level] of [[1, 2], [2, 3]] as const) {
        const now = new Date(latest + round * 5 * MIN + 1);
        const [a, b] = await Promise.all([server.app.alerts.escalateDue(server.app.orm, now), second.alerts.escalateDue(second.orm, now)]);
        expect(a + b).toBe(ids.length);
        const rows = await sqlRows(server, 'select escalation_level from alert where id in (?)', [ids]);
        expect(rows.map((r) => r.escalation_level)).toEqual(ids.map(() => level));
        for (const id of ids) {
          const deliveries = await eventually(`level-${level} deliveries of ${id}`, async () => {
            const all = (await read(id)).deliveries;
            return all.some((d) => d.escalationLevel === level) ? all : null;
          });
          expect(deliveries.filter((d) => d.escalationLevel === level).length).toBe(3);
        }
      }
      const escalated = await eventually('16 ESCALATED events', async () => {
        const mine = withoutProbes(updates.events);
        return mine.length >= 2 * ids.length ? mine : null;
      });
      await sleep(200);
      expect(withoutProbes(updates.events)).toHaveLength(2 * ids.length);
      const perAlert = new Map<string, number>();
      for (const e of escalated) perAlert.set(e.data!.alertUpdated.alert.id, (perAlert.get(e.data!.alertUpdated.alert.id) ?? 0) + 1);
      expect(escalated.every((e) => e.data!.alertUpdated.change === 'ESCALATED')).toBe(true);
      expect([...perAlert.keys()].sort()).toEqual([...ids].sort());
      expect([...perAlert.values()].every((n) => n === 2)).toBe(true);
      // Every level's deliveries exist once per alert, whichever process won.
      const counts = await sqlRows(server, 'select alert_id, escalation_level, count(*)::int as n from notification_delivery where alert_id in (?) group by 1, 2', [ids]);
      expect(counts).toHaveLength(ids.length * 3);
      expect(counts.every((r) => r.n === 3)).toBe(true);
    } finally {
      await ownClient?.dispose();
      if (second !== server.app) await second.close();
      await server.close();
      await infra.dispose();
    }
  }, 45_000);
});

describe('hotLeads and alertRaised(filter)', () => {
  it('deliver a lead crossing into HOT after commit, to the subscriptions whose filter matches', async () => {
    const org = await createTenant(t);
    const client = wsClient(t.wsUrl, org.token);
    try {
      const hot = subscribe(client, HotLeadsDocument);
      const hotAlerts = subscribe(client, AlertRaisedIdsDocument, { filter: { type: ['HOT_LEAD'] } });
      const criticalAlerts = subscribe(client, AlertRaisedIdsDocument, { filter: { severity: ['CRITICAL'] } });
      await connected(client);
      const withoutProbes = await primeSubscriptions([hot, hotAlerts], await hotLeadProbe(t.url, org.token, () => org.lead({ name: 'Probe lead' })));
      const probeKey = `probe:${randomUUID()}`;
      const withoutCriticalProbes = await primeSubscriptions([criticalAlerts], async () => (await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL, dedupKey: probeKey })).alertId);

      const lead = await org.lead({ name: 'Dana Whitfield' });
      const warm = await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 50, reason: 'asked about timing' } }, { token: org.token });
      expect(warm.adjustLeadScore.lead.temperature).not.toBe('HOT');
      const crossed = await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 40, reason: 'asked for a quote on call' } }, { token: org.token });
      expect(crossed.adjustLeadScore.lead.temperature).toBe('HOT');
      // Already hot: no new crossing.
      await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 5, reason: 'opened the email' } }, { token: org.token });
      const other = await org.lead({ name: 'Second lead' });
      await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: other.id, delta: 95, reason: 'ready to sign' } }, { token: org.token });

      const hotEvents = await eventually('two hotLeads events', async () => {
        const mine = withoutProbes(hot.events).map((e) => e.data!.hotLeads);
        return mine.length >= 2 ? mine : null;
      });
      expect(hotEvents.map((e) => [e.lead.id, e.lead.temperature, e.reason, e.alert.type])).toEqual([
        [lead.id, 'HOT', '+40 asked for a quote on call', 'HOT_LEAD'],
        [other.id, 'HOT', '+95 ready to sign', 'HOT_LEAD'],
      ]);
      // Published after commit: what the event names is already readable through the API.
      const alert = (await gqlOk(t.url, AlertDocument, { id: hotEvents[0]!.alert.id }, { token: org.token })).alert;
      expect(alert).toMatchObject({ type: 'HOT_LEAD', severity: 'HIGH', subjectType: 'Lead', subjectId: lead.id, status: 'OPEN' });
      expect((await gqlOk(t.url, LeadDocument, { id: lead.id }, { token: org.token })).lead.temperature).toBe('HOT');

      const raisedEvents = await eventually('two HOT_LEAD alertRaised events', async () => {
        const mine = withoutProbes(hotAlerts.events).map((e) => e.data!.alertRaised);
        return mine.length >= 2 ? mine : null;
      });
      expect(raisedEvents.map((e) => [e.alert.type, e.created, e.alert.id])).toEqual([
        ['HOT_LEAD', true, hotEvents[0]!.alert.id],
        ['HOT_LEAD', true, hotEvents[1]!.alert.id],
      ]);
      await sleep(150);
      expect(withoutCriticalProbes(criticalAlerts.events)).toEqual([]);
      expect(withoutProbes(hot.events)).toHaveLength(2);
    } finally {
      await client.dispose();
    }
  });
});

describe('CIRCUIT_OPEN', () => {
  it("is raised in the organization whose job opened a breaker (Slack answering 500 five times in a row), and systemStatus shows the breaker open", async () => {
    const slack = await startSlackPeer();
    try {
      const org = await createTenant(t);
      const bystander = await createTenant(t);
      await gqlOk(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { slackWebhookUrl: `${slack.url}/fail/T0/B0/secret` } } }, { token: org.token });
      const before = (await gqlOk(t.url, SystemStatusDocument, {}, { token: org.token })).systemStatus.circuits.find((c) => c.name === 'slack')!;
      expect(before).toMatchObject({ state: 'closed', configured: true, consecutiveFailures: 0 });

      // MEDIUM goes to Slack only. The first delivery fails its 3 attempts; the second fails twice more and opens the breaker.
      const first = (await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.MEDIUM, type: AlertType.NEGATIVE_CALL, title: 'Unhappy caller' })).alertId;
      const firstDelivery = (await eventually('the first Slack delivery to fail', async () => {
        const d = (await readAlert(org.token, first)).deliveries;
        return d.length === 1 && d[0]!.status === 'FAILED' ? d : null;
      }))[0]!;
      expect(firstDelivery).toMatchObject({ channel: 'SLACK', attempts: 3, lastError: 'Slack answered 500' });
      expect(slack.requests).toHaveLength(3);

      const second = (await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.MEDIUM, type: AlertType.NEGATIVE_CALL, title: 'Another unhappy caller' })).alertId;
      const circuitAlert = await eventually('a CIRCUIT_OPEN alert', async () => {
        const conn = (await gqlOk(t.url, AlertsDocument, { filter: { type: ['CIRCUIT_OPEN'] } }, { token: org.token })).alerts;
        return conn.edges[0]?.node;
      });
      expect(circuitAlert).toMatchObject({ severity: 'HIGH', subjectType: 'Dependency', subjectId: 'slack', dedupKey: 'circuit-open:slack', count: 1, status: 'OPEN' });
      expect(circuitAlert.body).toContain('5 failures in a row');

      const secondDelivery = (await eventually('the second Slack delivery to fail', async () => {
        const d = (await readAlert(org.token, second)).deliveries;
        return d.length === 1 && d[0]!.status === 'FAILED' ? d : null;
      }))[0]!;
      expect(secondDelivery.attempts).toBe(3);
      // The open breaker refused the last attempt without a request.
      expect(slack.requests).toHaveLength(5);
      expect(slack.requests[0]).toMatchObject({ path: '/fail/T0/B0/secret', contentType: 'application/json', body: { text: expect.stringContaining('Unhappy caller') } });

      const status = (await gqlOk(t.url, SystemStatusDocument, {}, { token: org.token })).systemStatus;
      expect(status.circuits.map((c) => c.name).sort()).toEqual(['openai', 'slack', 'smtp', 'twilio']);
      expect(status.circuits.find((c) => c.name === 'slack')).toMatchObject({ state: 'open', configured: true, consecutiveFailures: 5, lastFailure: expect.stringContaining('Slack answered 500') });
      expect(Date.parse(status.circuits.find((c) => c.name === 'slack')!.changedAt)).toBeGreaterThan(Date.parse(before.changedAt));
      for (const name of ['openai', 'smtp', 'twilio']) expect(status.circuits.find((c) => c.name === name)).toMatchObject({ state: 'closed', configured: false });

      // Only the organization whose job it was hears about it.
      const elsewhere = await gqlOk(t.url, AlertsDocument, { filter: { type: ['CIRCUIT_OPEN'] } }, { token: bystander.token });
      expect(elsewhere.alerts.totalCount).toBe(0);
      const everywhere = await sqlRows(t, "select organization_id from alert where type = 'CIRCUIT_OPEN'");
      expect(everywhere).toEqual([{ organization_id: org.organizationId }]);
    } finally {
      await slack.close();
    }
  });
});
