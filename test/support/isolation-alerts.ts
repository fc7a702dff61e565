/**
 * Rows of the tenant-isolation table for alerts, AI usage and system status
 * (see isolation-table.ts for the lead and account rows, isolation-calls.ts
 * for calls), and the small helpers the alert, notification and AI-budget
 * suites share: raising an alert through the real service, polling with a
 * deadline, and priming a subscription until the server provably has it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import type { App } from '../../src/app';
import { bindTenant } from '../../src/db/tenant-filter';
import { AlertSeverity, AlertType } from '../../src/entities/alert.entity';
import type { AiUsageRecord } from '../../src/services/ai/ai.types';
import { raiseAlert, type AlertOccurrence, type RaisedAlert } from '../../src/services/alerts/raise-alert';
import { SYSTEM_ACTOR, type Scope } from '../../src/services/scope';
import { inTransaction } from '../../src/services/unit-of-work';
import { startOfLocalDay } from '../../src/services/system-status.service';
import {
  AcknowledgeAlertDocument,
  AdjustLeadScoreDocument,
  AiUsageDetailDocument,
  AlertCountsDocument,
  AlertDocument,
  AlertsDocument,
  AlertUpdatedDocument,
  BudgetAlertDocument,
  CreateLeadDocument,
  HotLeadsDocument,
  ResolveAlertDocument,
  SnoozeAlertDocument,
  SystemStatusDocument,
  UpdateOrganizationSettingsDocument,
} from '../generated/graphql';
import { connected, gqlOk, subscribe, wsClient } from './client';
import { expectNothingOf, sameAsUnknown, settleJobs, sqlRows, type IsolationRow, type IsolationWorld, type TenantFixture } from './isolation-table';
import { eventually } from './eventually';

export { eventually };

const hex = (n = 4) => randomBytes(n).toString('hex');

// ---------------------------------------------------------------- shared helpers

/** One unit of work of organization `organizationId`, as a job runs it (its own fork, the system actor). */
export function systemScope(app: App, organizationId: string): Scope {
  return { em: bindTenant(app.orm.em.fork() as EntityManager, organizationId), organizationId, actor: SYSTEM_ACTOR };
}

/** Raises an alert through the one service every flow uses, in its own transaction; events go out after commit. */
export function raiseAlertIn(app: App, organizationId: string, occurrence: Partial<AlertOccurrence> = {}): Promise<RaisedAlert> {
  const scope = systemScope(app, organizationId);
  const full: AlertOccurrence = {
    type: AlertType.SLA_AT_RISK,
    severity: AlertSeverity.LOW,
    title: `Alert ${hex()}`,
    dedupKey: `test:${hex(8)}`,
    ...occurrence,
  };
  return inTransaction(scope.em, app.effects, (tx, after) => raiseAlert(tx, scope, after, full));
}

/** Records what an AI call cost through the budget service, as the AI jobs do after every call. */
export function recordAiUsage(app: App, organizationId: string, usage: Partial<AiUsageRecord> & { costMicroDollars: number }, subject = { type: 'Call', id: randomUUID() }): Promise<void> {
  const scope = systemScope(app, organizationId);
  const record = { operation: 'CALL_ANALYSIS', provider: 'openai', model: 'gpt-4o-mini', inputTokens: 1000, outputTokens: 100, audioSeconds: 0, ...usage } as AiUsageRecord;
  return inTransaction(scope.em, app.effects, (tx, after) => app.budget.record(tx, scope, after, record, subject));
}


type Collected = { events: Array<{ data?: unknown; errors?: readonly unknown[] }>; error: unknown };

/**
 * Runs `probe` (an action whose events reach every subscription in `subs`;
 * it returns the markers, such as ids, that its events carry) until each
 * subscription has seen a probe event: from then on the server has them
 * registered and no later event can be missed. Returns a filter that drops
 * the probe events.
 */
export async function primeSubscriptions(subs: Collected[], probe: () => Promise<string | string[]>): Promise<<E>(events: E[]) => E[]> {
  const markers = new Set<string>();
  const isProbe = (e: unknown) => [...markers].some((m) => JSON.stringify(e).includes(m));
  for (let attempt = 0; attempt < 40; attempt++) {
    for (const marker of [await probe()].flat()) markers.add(marker);
    const deadline = Date.now() + 250;
    while (Date.now() < deadline) {
      const failed = subs.find((s) => s.error);
      if (failed) throw new Error(`subscription failed: ${JSON.stringify(failed.error)}`);
      if (subs.every((s) => s.events.some(isProbe))) return (events) => events.filter((e) => !isProbe(e));
      await sleep(10);
    }
  }
  throw new Error('subscriptions never became ready');
}

/** A probe alert (LOW unless told) whose repeated snoozes prime alertUpdated subscriptions. */
export async function alertUpdatedProbe(app: App, url: string, token: string, organizationId: string, severity = AlertSeverity.LOW): Promise<() => Promise<string>> {
  const { alertId } = await raiseAlertIn(app, organizationId, { title: 'probe', severity, dedupKey: `probe:${hex(8)}` });
  return async () => {
    await gqlOk(url, SnoozeAlertDocument, { input: { id: alertId, until: new Date(Date.now() + 3600_000).toISOString() } }, { token });
    return alertId;
  };
}

/** A probe lead that crosses into HOT (and back) on each call: primes hotLeads and HOT_LEAD alertRaised subscriptions. */
export async function hotLeadProbe(url: string, token: string, createLead: () => Promise<{ id: string }>): Promise<() => Promise<string>> {
  const lead = await createLead();
  return async () => {
    await gqlOk(url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 100, reason: 'probe up' } }, { token });
    await gqlOk(url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: -100, reason: 'probe down' } }, { token });
    return lead.id;
  };
}

/** Publishes a budgetAlert event about a probe alert through the app's own pub/sub (no real spend can be repeated cheaply). */
export async function budgetAlertProbe(app: App, organizationId: string): Promise<() => Promise<string>> {
  const { alertId } = await raiseAlertIn(app, organizationId, { title: 'budget probe', dedupKey: `probe:${hex(8)}` });
  return async () => {
    await app.pubsub.publish('budgetAlert', { organizationId, alertId, period: 'probe', threshold: 0, spentMicros: 0, budgetMicros: 0, at: new Date().toISOString() });
    return alertId;
  };
}

export interface SlackPeer {
  /** Origin; a webhook path under /fail/ answers 500, any other 200 "ok". */
  url: string;
  requests: Array<{ path: string; contentType: string | undefined; body: { text?: string } | null }>;
  close(): Promise<void>;
}

/** A Slack incoming-webhook endpoint on 127.0.0.1, recording every POST. */
export async function startSlackPeer(): Promise<SlackPeer> {
  const requests: SlackPeer['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      requests.push({ path, contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as SlackPeer['requests'][number]['body'] });
      const failing = path.startsWith('/fail/');
      res.writeHead(failing ? 500 : 200, { 'content-type': 'text/plain' }).end(failing ? 'internal_error' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------- isolation fixtures

export interface AlertFixture {
  /** OPEN CRITICAL / HIGH / MEDIUM / LOW, one ACKNOWLEDGED, one RESOLVED. */
  alertIds: string[];
  /** AI spend recorded for this organization this month (micro-dollars). */
  spendMicros: number;
}

const alertFixtures = new WeakMap<IsolationWorld, { a: AlertFixture; b: AlertFixture }>();
const alertsOf = (w: IsolationWorld) => alertFixtures.get(w)!;

async function buildAlertFixture(w: IsolationWorld, x: TenantFixture, label: 'A' | 'B', spendMicros: number): Promise<AlertFixture> {
  const tag = hex();
  const plan: Array<[AlertSeverity, AlertType, string, string]> = [
    [AlertSeverity.CRITICAL, AlertType.CALL_FAILED, 'Lead', x.leads[1]!.id],
    [AlertSeverity.HIGH, AlertType.SLA_BREACHED, 'Ticket', `${label}-ticket-${tag}`],
    [AlertSeverity.MEDIUM, AlertType.NEGATIVE_CALL, 'Lead', x.leads[2]!.id],
    [AlertSeverity.LOW, AlertType.SLA_AT_RISK, 'Ticket', `${label}-ticket-${tag}`],
    [AlertSeverity.HIGH, AlertType.CALL_FAILED, 'Lead', x.leads[3]!.id],
    [AlertSeverity.CRITICAL, AlertType.SLA_BREACHED, 'Ticket', `${label}-old-${tag}`],
  ];
  const alertIds: string[] = [];
  for (const [severity, type, subjectType, subjectId] of plan) {
    const title = `${label} alert ${alertIds.length} ${tag}`;
    const dedupKey = `${label}-key-${alertIds.length}-${tag}`;
    alertIds.push((await raiseAlertIn(w.t.app, x.tenant.organizationId, { severity, type, subjectType, subjectId, title, dedupKey })).alertId);
    x.secrets.push(title, dedupKey);
  }
  await gqlOk(w.t.url, AcknowledgeAlertDocument, { id: alertIds[4]! }, { token: x.tenant.token });
  await gqlOk(w.t.url, ResolveAlertDocument, { id: alertIds[5]! }, { token: x.tenant.token });
  await recordAiUsage(w.t.app, x.tenant.organizationId, { costMicroDollars: spendMicros, inputTokens: spendMicros, outputTokens: 7 });
  x.secrets.push(...alertIds, `${label}-ticket-${tag}`, `${label}-old-${tag}`);
  return { alertIds, spendMicros };
}

/** Adds alerts in every status and severity and some AI spend to each organization (after buildCallFixtures). */
export async function buildAlertFixtures(w: IsolationWorld): Promise<void> {
  alertFixtures.set(w, { a: await buildAlertFixture(w, w.a, 'A', 1111), b: await buildAlertFixture(w, w.b, 'B', 7777) });
  await settleJobs(w.t); // their notifications are planned before any row snapshots B
}

// ---------------------------------------------------------------- the rows

const OWNER: IsolationRow['callers'] = ['owner'];
const hourAhead = () => new Date(Date.now() + 3600_000).toISOString();
const bySeverity = (rows: Array<Record<string, unknown>>) => {
  const n = (s: string) => rows.filter((r) => r.severity === s).length;
  return { critical: n('CRITICAL'), high: n('HIGH'), medium: n('MEDIUM'), low: n('LOW'), total: rows.length };
};

/** Subscribes A and B to the same feed; returns both, primed with each organization's own probe. */
async function twoFeeds<T, V>(w: IsolationWorld, token: string, doc: Parameters<typeof subscribe<T, V>>[1], variables: V, probeA: () => Promise<string>, probeB: () => Promise<string>) {
  const clients: Client[] = [wsClient(w.t.wsUrl, token), wsClient(w.t.wsUrl, w.b.tenant.token)];
  const [a, b] = [subscribe(clients[0]!, doc, variables), subscribe(clients[1]!, doc, variables)];
  await Promise.all(clients.map((c) => connected(c)));
  const [withoutA, withoutB] = [await primeSubscriptions([a], probeA), await primeSubscriptions([b], probeB)];
  return {
    a: () => withoutA(a.events).map((e) => e.data!),
    b: () => withoutB(b.events).map((e) => e.data!),
    aRaw: a,
    dispose: () => Promise.all(clients.map((c) => c.dispose())),
  };
}

export const ALERT_ISOLATION_ROWS: IsolationRow[] = [
  {
    field: 'Query.alerts',
    attempt: "alerts, unfiltered and filtered by B's subject ids and subject type",
    expectation: "A's alerts only (same count as the database); B's subjects match nothing, like a random id",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, AlertsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select id from alert where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.alerts.edges.map((e) => e.node.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expect(all.alerts.totalCount).toBe(inDb.length);
      expect(all.alerts.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(alertsOf(w).a.alertIds));
      expectNothingOf(w.b, all);
      for (const subjectId of [w.b.leads[1]!.id, w.b.leads[2]!.id]) {
        const bySubject = await gqlOk(w.t.url, AlertsDocument, { filter: { subjectId } }, { token });
        expect(bySubject.alerts).toEqual((await gqlOk(w.t.url, AlertsDocument, { filter: { subjectId: randomUUID() } }, { token })).alerts);
        expect(bySubject.alerts.totalCount).toBe(0);
      }
      const tickets = await gqlOk(w.t.url, AlertsDocument, { filter: { subjectType: 'Ticket', status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] } }, { token });
      const ticketsInDb = await sqlRows(w.t, "select id from alert where organization_id = ? and subject_type = 'Ticket'", [w.a.tenant.organizationId]);
      expect(tickets.alerts.totalCount).toBe(ticketsInDb.length);
      expectNothingOf(w.b, tickets);
    },
  },
  {
    field: 'Query.alert',
    attempt: "alert(id:) with each of B's alert ids",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      for (const id of alertsOf(w).b.alertIds) await sameAsUnknown(w, token, AlertDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
    },
  },
  {
    field: 'Query.alertCounts',
    attempt: 'alertCounts, by default (OPEN) and for every status',
    expectation: "A's alerts by severity, exactly as the database counts them for A",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const open = await sqlRows(w.t, "select severity from alert where organization_id = ? and status = 'OPEN'", [w.a.tenant.organizationId]);
      expect((await gqlOk(w.t.url, AlertCountsDocument, {}, { token })).alertCounts).toEqual(bySeverity(open));
      const all = await sqlRows(w.t, 'select severity from alert where organization_id = ?', [w.a.tenant.organizationId]);
      expect((await gqlOk(w.t.url, AlertCountsDocument, { status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] }, { token })).alertCounts).toEqual(bySeverity(all));
    },
  },
  ...(['acknowledgeAlert', 'resolveAlert', 'snoozeAlert'] as const).map(
    (name): IsolationRow => ({
      field: `Mutation.${name}`,
      attempt: `${name} of each of B's alerts (open, acknowledged and resolved)`,
      expectation: "NOT_FOUND, identical to a random uuid; B's alerts unchanged",
      callers: OWNER,
      bUnchanged: true,
      async run(w, token) {
        for (const id of alertsOf(w).b.alertIds) {
          if (name === 'acknowledgeAlert') await sameAsUnknown(w, token, AcknowledgeAlertDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
          else if (name === 'resolveAlert') await sameAsUnknown(w, token, ResolveAlertDocument, (x) => ({ id: x }), id, 'NOT_FOUND');
          else await sameAsUnknown(w, token, SnoozeAlertDocument, (x) => ({ input: { id: x, until: hourAhead() } }), id, 'NOT_FOUND');
        }
      },
    }),
  ),
  {
    field: 'Query.aiUsage',
    attempt: 'aiUsage for this month and for a wide period',
    expectation: "A's AI usage only: totals, breakdowns and budget equal A's ai_usage rows; B's spend is in none of them",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const [own] = await sqlRows(w.t, 'select coalesce(sum(cost_micro_dollars), 0)::int as cost, count(*)::int as n from ai_usage where organization_id = ?', [w.a.tenant.organizationId]);
      const wide = { from: new Date(Date.now() - 30 * 86400_000).toISOString(), to: new Date(Date.now() + 86400_000).toISOString() };
      for (const period of [undefined, wide]) {
        const { aiUsage } = await gqlOk(w.t.url, AiUsageDetailDocument, period ? { period } : {}, { token });
        expect(aiUsage.total).toMatchObject({ costMicroDollars: own!.cost, operations: own!.n });
        expect(aiUsage.total.costMicroDollars).toBeGreaterThanOrEqual(alertsOf(w).a.spendMicros);
        for (const list of [aiUsage.byOperation, aiUsage.byModel, aiUsage.byDay]) expect(list.reduce((s, b) => s + b.costMicroDollars, 0)).toBe(own!.cost);
        expect(aiUsage.budget.spentMonthToDateMicros).toBe(own!.cost);
        expectNothingOf(w.b, aiUsage);
      }
    },
  },
  {
    field: 'Query.systemStatus',
    attempt: 'systemStatus',
    expectation: "the shared breakers, and A's numbers only (calls today, hot leads today, AI spend), as the database counts them for A",
    callers: OWNER,
    bUnchanged: true,
    async run(w, token) {
      const org = w.a.tenant.organizationId;
      const [{ timezone }] = (await sqlRows(w.t, 'select timezone from organization where id = ?', [org])) as Array<{ timezone: string }>;
      const since = startOfLocalDay(new Date(), timezone);
      const [calls] = await sqlRows(w.t, 'select count(*)::int as n from call where organization_id = ? and created_at >= ?', [org, since]);
      const [hot] = await sqlRows(w.t, "select count(distinct subject_id)::int as n from alert where organization_id = ? and type = 'HOT_LEAD' and last_seen_at >= ?", [org, since]);
      const [spend] = await sqlRows(w.t, 'select coalesce(sum(cost_micro_dollars), 0)::int as n from ai_usage where organization_id = ?', [org]);
      const { systemStatus } = await gqlOk(w.t.url, SystemStatusDocument, {}, { token });
      expect(systemStatus.metrics).toMatchObject({ callsToday: calls!.n, hotLeadsToday: hot!.n, aiSpendMonthToDateMicros: spend!.n });
      expect(systemStatus.circuits.map((c) => c.name).sort()).toEqual(['openai', 'slack', 'smtp', 'twilio']);
      expectNothingOf(w.b, systemStatus);
    },
  },
  {
    field: 'Subscription.alertUpdated',
    attempt: 'A subscribes to alertUpdated while B acknowledges, snoozes and resolves an alert of B',
    expectation: "B's subscriber gets all three changes; A's gets only A's own change made afterwards",
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const bToken = w.b.tenant.token;
      const feeds = await twoFeeds(
        w,
        token,
        AlertUpdatedDocument,
        {},
        await alertUpdatedProbe(w.t.app, w.t.url, token, w.a.tenant.organizationId),
        await alertUpdatedProbe(w.t.app, w.t.url, bToken, w.b.tenant.organizationId),
      );
      try {
        const bAlert = (await raiseAlertIn(w.t.app, w.b.tenant.organizationId, { severity: AlertSeverity.HIGH, title: `B live ${hex()}` })).alertId;
        w.b.secrets.push(bAlert);
        await gqlOk(w.t.url, AcknowledgeAlertDocument, { id: bAlert }, { token: bToken });
        await gqlOk(w.t.url, SnoozeAlertDocument, { input: { id: bAlert, until: hourAhead() } }, { token: bToken });
        await gqlOk(w.t.url, ResolveAlertDocument, { id: bAlert }, { token: bToken });
        const seenB = await eventually("B's three changes", async () => (feeds.b().length >= 3 ? feeds.b() : null));
        expect(seenB.map((e) => [e.alertUpdated.change, e.alertUpdated.alert.id])).toEqual([
          ['ACKNOWLEDGED', bAlert],
          ['SNOOZED', bAlert],
          ['RESOLVED', bAlert],
        ]);
        // A's own change afterwards: once it arrives, anything of B's published before it would have too.
        await gqlOk(w.t.url, AcknowledgeAlertDocument, { id: alertsOf(w).a.alertIds[3]! }, { token });
        const seenA = await eventually("A's own change", async () => (feeds.a().length >= 1 ? feeds.a() : null));
        expect(seenA.map((e) => [e.alertUpdated.change, e.alertUpdated.alert.id])).toEqual([['ACKNOWLEDGED', alertsOf(w).a.alertIds[3]]]);
        expectNothingOf(w.b, feeds.aRaw.events);
      } finally {
        await feeds.dispose();
      }
    },
  },
  {
    field: 'Subscription.hotLeads',
    attempt: 'A subscribes to hotLeads while a lead of B crosses into HOT',
    expectation: "B's subscriber gets it; A's gets only A's own hot lead afterwards",
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const bToken = w.b.tenant.token;
      const newLead = (as: string, name: string) => async () => (await gqlOk(w.t.url, CreateLeadDocument, { input: { name } }, { token: as })).createLead.lead;
      const bProbeLead = newLead(bToken, `B probe ${hex()}`);
      const feeds = await twoFeeds(
        w,
        token,
        HotLeadsDocument,
        {},
        await hotLeadProbe(w.t.url, token, newLead(token, `A probe ${hex()}`)),
        await hotLeadProbe(w.t.url, bToken, async () => {
          const lead = await bProbeLead();
          w.b.secrets.push(lead.id, lead.name);
          return lead;
        }),
      );
      try {
        const bLead = await newLead(bToken, `B hot ${hex()}`)();
        w.b.secrets.push(bLead.id, bLead.name);
        await gqlOk(w.t.url, AdjustLeadScoreDocument, { input: { leadId: bLead.id, delta: 100, reason: `B signed ${hex()}` } }, { token: bToken });
        const seenB = await eventually("B's hot lead", async () => (feeds.b().length >= 1 ? feeds.b() : null));
        expect(seenB.map((e) => e.hotLeads.lead.id)).toEqual([bLead.id]);
        w.b.secrets.push(seenB[0]!.hotLeads.alert.id);

        const aLead = await newLead(token, `A hot ${hex()}`)();
        await gqlOk(w.t.url, AdjustLeadScoreDocument, { input: { leadId: aLead.id, delta: 100, reason: 'A signed' } }, { token });
        const seenA = await eventually("A's own hot lead", async () => (feeds.a().length >= 1 ? feeds.a() : null));
        expect(seenA.map((e) => e.hotLeads.lead.id)).toEqual([aLead.id]);
        expectNothingOf(w.b, feeds.aRaw.events);
      } finally {
        await feeds.dispose();
      }
    },
  },
  {
    field: 'Subscription.budgetAlert',
    attempt: "A subscribes to budgetAlert while B's AI spend crosses 80, 90 and 100 % of B's budget",
    expectation: "B's subscriber gets three events; A's gets only the three of A's own crossing afterwards",
    callers: OWNER,
    bUnchanged: false,
    async run(w, token) {
      const bToken = w.b.tenant.token;
      const feeds = await twoFeeds(w, token, BudgetAlertDocument, {}, await budgetAlertProbe(w.t.app, w.a.tenant.organizationId), await budgetAlertProbe(w.t.app, w.b.tenant.organizationId));
      try {
        const spent = async (org: string) => Number((await sqlRows(w.t, 'select coalesce(sum(cost_micro_dollars), 0)::int as n from ai_usage where organization_id = ?', [org]))[0]!.n);
        const cross = async (x: TenantFixture, as: string) => {
          const before = await spent(x.tenant.organizationId);
          await gqlOk(w.t.url, UpdateOrganizationSettingsDocument, { input: { aiMonthlyBudgetMicros: before + 1000 } }, { token: as });
          await recordAiUsage(w.t.app, x.tenant.organizationId, { costMicroDollars: 1000 });
        };
        await cross(w.b, bToken);
        const seenB = await eventually("B's three thresholds", async () => (feeds.b().length >= 3 ? feeds.b() : null));
        expect(seenB.map((e) => e.budgetAlert.threshold).sort()).toEqual([100, 80, 90]);
        w.b.secrets.push(...seenB.map((e) => e.budgetAlert.alert.id));

        await cross(w.a, token);
        const seenA = await eventually("A's own three thresholds", async () => (feeds.a().length >= 3 ? feeds.a() : null));
        const aAlerts = await sqlRows(w.t, "select id from alert where organization_id = ? and type = 'BUDGET_THRESHOLD'", [w.a.tenant.organizationId]);
        expect(seenA.map((e) => e.budgetAlert.alert.id).sort()).toEqual(aAlerts.map((r) => r.id).sort());
        expectNothingOf(w.b, feeds.aRaw.events);
      } finally {
        await feeds.dispose();
      }
    },
  },
];
