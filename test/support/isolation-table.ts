/**
 * The tenant-isolation table (test/integration/tenant-isolation.test.ts): one
 * row per root field of the schema, each saying how organization A runs it
 * against organization B's ids and data, and what "returns nothing of B"
 * means for it. A guard test fails when the schema has a Query, Mutation or
 * Subscription field without a row here: a new operation must add one.
 *
 * Also the small helpers the isolation, tenant-filter, subscription and
 * query-count suites share: raw SQL reads (ground truth the tenant filter does
 * not touch), waiting for background jobs, and a primed leadChanged feed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import { TENANT_ENTITIES } from '../../src/entities';
import {
  AcceptInviteDocument,
  AdjustLeadScoreDocument,
  ApiKeysConnectionDocument,
  ApiKeysDocument,
  ChangePasswordDocument,
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  InviteUserDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  AuditEventsDocument,
  CreateApiKeyDocument,
  CreateLeadDocument,
  CreateUserDocument,
  DeleteLeadDocument,
  ImportLeadsDocument,
  LeadChangedDocument,
  LeadDocument,
  LeadsDocument,
  LoginDocument,
  MeDocument,
  NodeDocument,
  NodesDocument,
  OrganizationDocument,
  RevokeApiKeyDocument,
  UpdateLeadDocument,
  UpdateOrganizationDocument,
  UpsertLeadDocument,
  SignUpDocument,
  UsersConnectionDocument,
  UsersDocument,
  type LeadChangedFilterInput,
  type LeadChangedSubscription,
} from '../generated/graphql';
import { codeOf, gql, gqlOk, subscribe, wsClient, type GqlResult } from './client';
import { createTenant, UserRole, type Tenant } from './factories';
import type { TestServer } from './server';

/** The password test/support/factories.ts gives every user it creates. */
const FACTORY_PASSWORD = 'correct horse battery staple';
const hex = () => randomBytes(4).toString('hex');

// ---------------------------------------------------------------- database and jobs

/** Raw SQL on a fresh fork: no tenant filter applies, so this is the ground truth. */
export async function sqlRows(t: TestServer, sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return (t.app.orm.em.fork() as EntityManager).getConnection().execute(sql, params);
}

/** Waits until no job is waiting, running or delayed (seen twice in a row). */
export async function settleJobs(t: TestServer, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    const c = await t.app.jobs.counts();
    quiet = c.waiting + c.active + c.delayed === 0 ? quiet + 1 : 0;
    if (Date.now() > deadline) throw new Error(`jobs did not settle: ${JSON.stringify(c)}`);
    await sleep(20);
  }
}

/** Every row of one organization in every tenant table (and its organization row), straight from SQL. */
export async function snapshotOrganization(t: TestServer, organizationId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = { organization: await sqlRows(t, 'select * from organization where id = ?', [organizationId]) };
  for (const entity of TENANT_ENTITIES) {
    const meta = t.app.orm.getMetadata().get(entity.name);
    if (!meta.properties.organization) continue;
    const table = meta.tableName;
    out[table] = await sqlRows(t, `select * from "${table}" where organization_id = ? order by id`, [organizationId]);
  }
  return out;
}

// ---------------------------------------------------------------- leadChanged feed

export type LeadChange = LeadChangedSubscription['leadChanged'];

/**
 * A leadChanged subscription whose `ready(probe)` proves the server has
 * registered it (a probe mutation's event arrived), so later events cannot be
 * missed. Probe events are left out of `events()`.
 */
export function leadFeed(client: Client, filter?: LeadChangedFilterInput) {
  const sub = subscribe(client, LeadChangedDocument, filter ? { filter } : {});
  const probeIds = new Set<string>();
  const all = (): LeadChange[] => {
    if (sub.error) throw new Error(`subscription failed: ${JSON.stringify(sub.error)}`);
    const bad = sub.events.find((e) => e.errors?.length || !e.data);
    if (bad) throw new Error(`subscription event with errors: ${JSON.stringify(bad)}`);
    return sub.events.map((e) => e.data!.leadChanged);
  };
  const feed = {
    sub,
    /** Events other than probes, in arrival order. */
    events: (): LeadChange[] => all().filter((e) => !probeIds.has(e.leadId)),
    /** The first event (probes aside) matching `match`; fails after `timeoutMs`. */
    async until(match: (e: LeadChange) => boolean, timeoutMs = 5000): Promise<LeadChange> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = feed.events().find(match);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no matching leadChanged event in ${timeoutMs} ms; got ${JSON.stringify(feed.events())}`);
        await sleep(10);
      }
    },
    /** Runs `probe` (a mutation whose event passes this feed's filter; returns the lead id) until its event arrives. */
    async ready(probe: () => Promise<string>): Promise<void> {
      for (let attempt = 0; attempt < 40; attempt++) {
        probeIds.add(await probe());
        const deadline = Date.now() + 250;
        while (Date.now() < deadline) {
          if (all().some((e) => probeIds.has(e.leadId))) return;
          await sleep(10);
        }
      }
      throw new Error('subscription never became ready');
    },
  };
  return feed;
}

export type LeadFeed = ReturnType<typeof leadFeed>;

// ---------------------------------------------------------------- the two organizations

export type CallerName = 'owner' | 'apiKey';

export interface TenantFixture {
  tenant: Tenant;
  /** This organization's ways in: the owner's JWT, and an API key with leads:read leads:write. */
  callers: Record<CallerName, string>;
  agentId: string;
  /** [0] for id-based rows, [1] createLead, [2] upsertLead, [3] importLeads: each identity used once. */
  leads: Array<{ id: string; name: string; email: string; phone: string; externalId: string }>;
  /** A lead whose updates prime subscriptions. */
  probeLeadId: string;
  /** Keys that are not revoked. */
  activeApiKeyIds: string[];
  userIds: string[];
  /** Ids, names and addresses that must never appear in a response to the other organization. */
  secrets: string[];
}

export interface IsolationWorld {
  t: TestServer;
  a: TenantFixture;
  b: TenantFixture;
}

async function buildTenant(t: TestServer, label: 'A' | 'B', phoneBase: number): Promise<TenantFixture> {
  const tag = hex();
  const tenant = await createTenant(t, `Isolation Org ${label} ${tag}`);
  const agent = await tenant.user(UserRole.AGENT);
  const apiKey = await tenant.apiKey(['leads:read', 'leads:write']);
  const spareKey = (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: `${label} spare ${tag}`, scopes: ['leads:read'] } }, { token: tenant.token })).createApiKey;
  const revoked = (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: `${label} old ${tag}`, scopes: ['leads:read'] } }, { token: tenant.token })).createApiKey;
  await gqlOk(t.url, RevokeApiKeyDocument, { input: { id: revoked.apiKey.id } }, { token: tenant.token });
  const leads = [];
  for (let i = 0; i < 4; i++) {
    const identity = { name: `${label} lead ${i} ${tag}`, email: `${label.toLowerCase()}-lead-${i}-${tag}@example.com`, phone: `+1512555${String(phoneBase + i).padStart(4, '0')}`, externalId: `${label}-ext-${i}-${tag}` };
    const extra = i === 0 ? { ownerId: agent.id, budgetCents: 500000, budgetCurrency: 'USD', company: `${label} Co ${tag}` } : {};
    const lead = await tenant.lead({ ...identity, ...extra });
    leads.push({ ...identity, id: lead.id });
  }
  await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: leads[0]!.id, delta: 20, reason: `${label} manual` } }, { token: tenant.token });
  const probe = await tenant.lead({ name: `${label} probe ${tag}` });
  const users = (await gqlOk(t.url, UsersDocument, {}, { token: tenant.token })).users;
  const keys = (await gqlOk(t.url, ApiKeysDocument, {}, { token: tenant.token })).apiKeys;
  const orgRow = (await sqlRows(t, 'select name, slug from organization where id = ?', [tenant.organizationId]))[0]!;
  return {
    tenant,
    callers: { owner: tenant.token, apiKey },
    agentId: agent.id,
    leads,
    probeLeadId: probe.id,
    activeApiKeyIds: keys.filter((k) => !k.revokedAt).map((k) => k.id),
    userIds: users.map((u) => u.id),
    secrets: [
      tenant.organizationId,
      String(orgRow.name),
      String(orgRow.slug),
      tenant.ownerEmail,
      ...users.map((u) => u.id),
      ...keys.flatMap((k) => [k.id, k.prefix, k.name]),
      ...leads.flatMap((l) => [l.id, l.name]),
      probe.id,
      spareKey.apiKey.prefix,
    ],
  };
}

/** Organizations A and B, each with users, API keys (one revoked), leads with owners and score events, and audit events. */
export async function buildIsolationWorld(t: TestServer): Promise<IsolationWorld> {
  const a = await buildTenant(t, 'A', 110);
  const b = await buildTenant(t, 'B', 120);
  await settleJobs(t);
  // Audit events are ids of B too; read them once everything is written.
  const audit = await gqlOk(t.url, AuditEventsDocument, { first: 100 }, { token: b.tenant.token });
  expect(audit.auditEvents.totalCount).toBeGreaterThan(5);
  b.secrets.push(...audit.auditEvents.edges.map((e) => e.node.id));
  return { t, a, b };
}

// ---------------------------------------------------------------- assertions

/** Fails naming every secret of B that appears anywhere in `value`. */
export function expectNothingOf(tenant: TenantFixture, value: unknown): void {
  const text = JSON.stringify(value);
  expect(tenant.secrets.filter((s) => text.includes(s))).toEqual([]);
}

/** A response with the id replaced and the per-request id dropped: what a caller can compare. */
export function shapeOf(r: GqlResult<unknown>, id: string): unknown {
  const text = JSON.stringify({ status: r.status, data: r.data ?? null, errors: r.errors ?? [] }).split(id).join('<id>');
  const parsed = JSON.parse(text) as { errors: Array<{ extensions?: Record<string, unknown> }> };
  for (const e of parsed.errors) delete e.extensions?.requestId;
  return parsed;
}

/**
 * Runs `doc` with B's id and with a random id (each through `vars`) and
 * expects `code` for both, with the same message, path and extensions.
 */
export async function sameAsUnknown<T, V>(w: IsolationWorld, token: string, doc: TypedDocumentNode<T, V>, vars: (id: string) => V, bValue: string, code: string, unknown: string = randomUUID()): Promise<void> {
  const forB = await gql(w.t.url, doc, vars(bValue), { token });
  const forUnknown = await gql(w.t.url, doc, vars(unknown), { token });
  expect(codeOf(forB)).toBe(code);
  expect(shapeOf(forB, bValue)).toEqual(shapeOf(forUnknown, unknown));
  expectNothingOf(w.b, shapeOf(forB, bValue));
}

/** B's ids of every kind the fixture holds (leads, users, API keys, the organization itself). */
const idsOf = (f: TenantFixture) => [...f.leads.map((l) => l.id), f.probeLeadId, ...f.userIds, ...f.activeApiKeyIds, f.tenant.organizationId];

const orgOfLead = async (w: IsolationWorld, id: string) => (await sqlRows(w.t, 'select organization_id from lead where id = ?', [id]))[0]?.organization_id;

async function deleteLeads(w: IsolationWorld, token: string, ids: string[]): Promise<void> {
  for (const id of ids) await gqlOk(w.t.url, DeleteLeadDocument, { input: { id } }, { token });
}

// ---------------------------------------------------------------- the table

export type RootField = `${'Query' | 'Mutation' | 'Subscription'}.${string}`;

export interface IsolationRow {
  field: RootField;
  /** How A runs it against B's ids and data. */
  attempt: string;
  /** What "returns nothing of B" means here. */
  expectation: string;
  /** A's principals to run it as (API keys cannot manage users, keys or the organization). */
  callers: CallerName[];
  /** B's rows must be identical in the database afterwards; false only where B itself acts. */
  bUnchanged: boolean;
  run(w: IsolationWorld, token: string, caller: CallerName): Promise<void>;
}

const BOTH: CallerName[] = ['owner', 'apiKey'];

export const ISOLATION_TABLE: IsolationRow[] = [
  {
    field: 'Query.lead',
    attempt: "lead(id:) with each of B's lead ids",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      for (const lead of w.b.leads) await sameAsUnknown(w, token, LeadDocument, (id) => ({ id }), lead.id, 'NOT_FOUND');
    },
  },
  {
    field: 'Query.leads',
    attempt: "leads, unfiltered and filtered by B's names and B's owner",
    expectation: "A's leads only (same count as the database); B's name or owner match nothing, like a random one",
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, LeadsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from lead where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.leads.totalCount).toBe(inDb[0]!.n);
      expect(all.leads.edges.length).toBe(all.leads.totalCount);
      expectNothingOf(w.b, all);
      const byName = await gqlOk(w.t.url, LeadsDocument, { filter: { search: w.b.leads[0]!.name } }, { token });
      expect(byName.leads.totalCount).toBe(0);
      const byOwner = await gqlOk(w.t.url, LeadsDocument, { filter: { ownerId: w.b.agentId } }, { token });
      expect(byOwner.leads).toEqual((await gqlOk(w.t.url, LeadsDocument, { filter: { ownerId: randomUUID() } }, { token })).leads);
      expect(byOwner.leads.totalCount).toBe(0);
    },
  },
  {
    field: 'Query.me',
    attempt: 'me',
    expectation: 'A as the organization, A\'s user or key; nothing of B',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token, caller) {
      const { me } = await gqlOk(w.t.url, MeDocument, {}, { token });
      expect(me.organization.id).toBe(w.a.tenant.organizationId);
      if (caller === 'owner') expect(me.user?.id).toBe(w.a.tenant.ownerId);
      else expect(w.a.activeApiKeyIds).toContain(me.apiKey?.id);
      expectNothingOf(w.b, me);
    },
  },
  {
    field: 'Query.organization',
    attempt: 'organization',
    expectation: "A's organization",
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const { organization } = await gqlOk(w.t.url, OrganizationDocument, {}, { token });
      expect(organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, organization);
    },
  },
  {
    field: 'Query.users',
    attempt: 'users',
    expectation: "exactly A's users (as in the database); none of B's",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const { users } = await gqlOk(w.t.url, UsersDocument, {}, { token });
      const inDb = await sqlRows(w.t, 'select id from "user" where organization_id = ?', [w.a.tenant.organizationId]);
      expect(users.map((u) => u.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expectNothingOf(w.b, users);
    },
  },
  {
    field: 'Query.node',
    attempt: "node(id:) with B's lead, user, API key and organization ids",
    expectation: 'null with no error, identical to a random uuid',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      for (const id of idsOf(w.b)) {
        const forB = await gql(w.t.url, NodeDocument, { id }, { token });
        expect(forB.errors).toBeUndefined();
        expect(shapeOf(forB, id)).toEqual(shapeOf(await gql(w.t.url, NodeDocument, { id: randomUUID() }, { token }), id));
        expect(forB.data?.node).toBeNull();
      }
    },
  },
  {
    field: 'Query.nodes',
    attempt: "nodes(ids:) with all of B's ids and one of A's",
    expectation: "null for every id of B, with no error; A's own lead resolves",
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const ids = [...idsOf(w.b), w.a.leads[0]!.id];
      const { nodes } = await gqlOk(w.t.url, NodesDocument, { ids }, { token });
      expect(nodes.slice(0, -1).every((n) => n === null)).toBe(true);
      expect(nodes.at(-1)).toMatchObject({ __typename: 'Lead', id: w.a.leads[0]!.id });
      expectNothingOf(w.b, nodes);
    },
  },
  {
    field: 'Query.apiKeys',
    attempt: 'apiKeys',
    expectation: "exactly A's keys (as in the database); none of B's",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const { apiKeys } = await gqlOk(w.t.url, ApiKeysDocument, {}, { token });
      const inDb = await sqlRows(w.t, 'select id from api_key where organization_id = ?', [w.a.tenant.organizationId]);
      expect(apiKeys.map((k) => k.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expectNothingOf(w.b, apiKeys);
    },
  },
  {
    field: 'Query.usersConnection',
    attempt: 'usersConnection',
    expectation: "exactly A's users (as in the database), totalCount included; none of B's",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const { usersConnection: c } = await gqlOk(w.t.url, UsersConnectionDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select id from "user" where organization_id = ?', [w.a.tenant.organizationId]);
      expect(c.edges.map((e) => e.node.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expect(c.totalCount).toBe(inDb.length);
      expectNothingOf(w.b, c);
    },
  },
  {
    field: 'Query.apiKeysConnection',
    attempt: 'apiKeysConnection',
    expectation: "exactly A's keys (as in the database), totalCount included; none of B's",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const { apiKeysConnection: c } = await gqlOk(w.t.url, ApiKeysConnectionDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select id from api_key where organization_id = ?', [w.a.tenant.organizationId]);
      expect(c.edges.map((e) => e.node.id).sort()).toEqual(inDb.map((r) => r.id).sort());
      expect(c.totalCount).toBe(inDb.length);
      expectNothingOf(w.b, c);
    },
  },
  {
    field: 'Mutation.signUp',
    attempt: "signUp with B's organization name and B's owner email (sign-up is off by default)",
    expectation: 'FORBIDDEN naming nothing of B; no organization or user created',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const orgName = String((await sqlRows(w.t, 'select name from organization where id = ?', [w.b.tenant.organizationId]))[0]!.name);
      const r = await gql(w.t.url, SignUpDocument, { input: { organizationName: orgName, name: 'Impostor', email: w.b.tenant.ownerEmail, password: FACTORY_PASSWORD } }, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expectNothingOf(w.b, r.errors);
      expect(await sqlRows(w.t, 'select id from organization where name = ?', [orgName])).toHaveLength(1);
    },
  },
  {
    field: 'Query.auditEvents',
    attempt: "auditEvents, unfiltered and filtered by B's lead id and B's owner as actor",
    expectation: "A's events only (same count as the database); B's entity or actor match nothing, like a random id",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const all = await gqlOk(w.t.url, AuditEventsDocument, { first: 100 }, { token });
      const inDb = await sqlRows(w.t, 'select count(*)::int as n from audit_event where organization_id = ?', [w.a.tenant.organizationId]);
      expect(all.auditEvents.totalCount).toBe(inDb[0]!.n);
      expectNothingOf(w.b, all);
      for (const filter of [{ entityId: w.b.leads[0]!.id }, { actorId: w.b.tenant.ownerId }]) {
        const r = await gqlOk(w.t.url, AuditEventsDocument, { filter }, { token });
        expect(r.auditEvents.totalCount).toBe(0);
        expect(r.auditEvents.edges).toEqual([]);
      }
    },
  },
  {
    field: 'Mutation.createLead',
    attempt: "createLead with B's email, phone and externalId; and with B's user as owner",
    expectation: 'a new A lead (identities are per organization); B\'s owner is BAD_USER_INPUT exactly like a random user id',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const { email, phone, externalId } = w.b.leads[1]!;
      const created = (await gqlOk(w.t.url, CreateLeadDocument, { input: { name: `A copy ${hex()}`, email, phone, externalId } }, { token })).createLead.lead;
      expect(created.id).not.toBe(w.b.leads[1]!.id);
      expect(await orgOfLead(w, created.id)).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, created);
      await sameAsUnknown(w, token, CreateLeadDocument, (ownerId) => ({ input: { name: 'Owned elsewhere', ownerId } }), w.b.agentId, 'BAD_USER_INPUT');
      await deleteLeads(w, token, [created.id]);
    },
  },
  {
    field: 'Mutation.updateLead',
    attempt: "updateLead of B's lead; and of A's lead with B's user as owner",
    expectation: "NOT_FOUND / BAD_USER_INPUT, each identical to a random uuid; A's lead unchanged",
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, UpdateLeadDocument, (id) => ({ input: { id, status: 'WON' as const, name: 'Taken over' } }), w.b.leads[0]!.id, 'NOT_FOUND');
      const own = w.a.leads[0]!.id;
      await sameAsUnknown(w, token, UpdateLeadDocument, (ownerId) => ({ input: { id: own, ownerId } }), w.b.agentId, 'BAD_USER_INPUT');
      expect((await sqlRows(w.t, 'select owner_id from lead where id = ?', [own]))[0]!.owner_id).toBe(w.a.agentId);
    },
  },
  {
    field: 'Mutation.deleteLead',
    attempt: "deleteLead of each of B's leads",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      for (const lead of w.b.leads) await sameAsUnknown(w, token, DeleteLeadDocument, (id) => ({ input: { id } }), lead.id, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.upsertLead',
    attempt: "upsertLead by B's externalId, by B's email, by B's phone; and with B's user as owner",
    expectation: "each creates a new A lead (created: true; a repeat updates that A lead); B's owner is BAD_USER_INPUT like a random id",
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const b = w.b.leads[2]!;
      const created: string[] = [];
      for (const identity of [{ externalId: b.externalId }, { email: b.email }, { phone: b.phone }]) {
        const first = (await gqlOk(w.t.url, UpsertLeadDocument, { input: { name: `A upsert ${hex()}`, ...identity } }, { token })).upsertLead;
        expect(first.created).toBe(true);
        expect(first.lead.id).not.toBe(b.id);
        expect(await orgOfLead(w, first.lead.id)).toBe(w.a.tenant.organizationId);
        expectNothingOf(w.b, first);
        const again = (await gqlOk(w.t.url, UpsertLeadDocument, { input: { name: 'A upsert again', ...identity } }, { token })).upsertLead;
        expect(again).toMatchObject({ created: false, lead: { id: first.lead.id } });
        created.push(first.lead.id);
      }
      await sameAsUnknown(w, token, UpsertLeadDocument, (ownerId) => ({ input: { name: 'Owned elsewhere', externalId: `own-${hex()}`, ownerId } }), w.b.agentId, 'BAD_USER_INPUT');
      await deleteLeads(w, token, created);
    },
  },
  {
    field: 'Mutation.importLeads',
    attempt: "importLeads with rows carrying B's externalId, email and phone, and one with B's user as owner",
    expectation: 'the identity rows create new A leads; the owner row fails with the same error as a random owner id',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      const b = w.b.leads[3]!;
      const random = randomUUID();
      const rows = [{ name: 'Imp ext', externalId: b.externalId }, { name: 'Imp email', email: b.email }, { name: 'Imp phone', phone: b.phone }, { name: 'Imp owner B', ownerId: w.b.agentId }, { name: 'Imp owner random', ownerId: random }];
      const r = (await gqlOk(w.t.url, ImportLeadsDocument, { input: { leads: rows } }, { token })).importLeads;
      expect(r).toMatchObject({ createdCount: 3, updatedCount: 0, failedCount: 2 });
      const ids = r.results.slice(0, 3).map((x) => x.lead!.id);
      for (const id of ids) expect(await orgOfLead(w, id)).toBe(w.a.tenant.organizationId);
      const [ownerB, ownerRandom] = [r.results[3]!.errors, r.results[4]!.errors];
      expect(ownerB).toEqual(ownerRandom.map((e) => ({ ...e, field: e.field?.replace('.4.', '.3.'), message: e.message.replace('.4.', '.3.') })));
      expect(ownerB[0]?.code).toBe('BAD_USER_INPUT');
      expectNothingOf(w.b, r);
      await deleteLeads(w, token, ids);
    },
  },
  {
    field: 'Mutation.adjustLeadScore',
    attempt: "adjustLeadScore of B's lead",
    expectation: 'NOT_FOUND, identical to a random uuid; no score event for B',
    callers: BOTH,
    bUnchanged: true,
    async run(w, token) {
      await sameAsUnknown(w, token, AdjustLeadScoreDocument, (leadId) => ({ input: { leadId, delta: 50, reason: 'cross-tenant' } }), w.b.leads[0]!.id, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.updateOrganization',
    attempt: 'updateOrganization with thresholds that would re-temper every lead (it takes no id)',
    expectation: "A's organization changes and only A's leads are re-tempered; B's organization and leads untouched",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const r = await gqlOk(w.t.url, UpdateOrganizationDocument, { input: { name: `A renamed ${hex()}`, hotThreshold: 2, warmThreshold: 1 } }, { token });
      expect(r.updateOrganization.organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, r);
      const hot = await sqlRows(w.t, "select count(*)::int as n from lead where organization_id = ? and score >= 2 and temperature <> 'HOT'", [w.a.tenant.organizationId]);
      expect(hot[0]!.n).toBe(0);
      await gqlOk(w.t.url, UpdateOrganizationDocument, { input: { hotThreshold: 70, warmThreshold: 40 } }, { token });
    },
  },
  {
    field: 'Mutation.createUser',
    attempt: "createUser with the email of B's owner; and with a new email",
    expectation: "CONFLICT naming nothing of B (emails are one login across Switchboard) and no A user created; a new email makes an A user",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const countA = async () => (await sqlRows(w.t, 'select count(*)::int as n from "user" where organization_id = ?', [w.a.tenant.organizationId]))[0]!.n;
      const before = await countA();
      const taken = await gql(w.t.url, CreateUserDocument, { input: { email: w.b.tenant.ownerEmail, name: 'Impostor', role: 'ADMIN', password: FACTORY_PASSWORD } }, { token });
      expect(codeOf(taken)).toBe('CONFLICT');
      expect(taken.errors?.[0]?.extensions?.field).toBe('input.email');
      expectNothingOf(w.b, taken.errors);
      expect(await countA()).toBe(before);
      const fresh = await gqlOk(w.t.url, CreateUserDocument, { input: { email: `a-new-${hex()}@example.com`, name: 'New A', role: 'VIEWER', password: FACTORY_PASSWORD } }, { token });
      const row = await sqlRows(w.t, 'select organization_id from "user" where id = ?', [fresh.createUser.user.id]);
      expect(row[0]!.organization_id).toBe(w.a.tenant.organizationId);
    },
  },
  {
    field: 'Mutation.createApiKey',
    attempt: 'createApiKey, then use the new key',
    expectation: 'the key is stored for A and signs in as A',
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const { createApiKey } = await gqlOk(w.t.url, CreateApiKeyDocument, { input: { name: `A key ${hex()}`, scopes: ['leads:read'] } }, { token });
      const row = await sqlRows(w.t, 'select organization_id from api_key where id = ?', [createApiKey.apiKey.id]);
      expect(row[0]!.organization_id).toBe(w.a.tenant.organizationId);
      const me = await gqlOk(w.t.url, MeDocument, {}, { token: createApiKey.secret });
      expect(me.me.organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, me);
    },
  },
  {
    field: 'Mutation.revokeApiKey',
    attempt: "revokeApiKey of each of B's active keys",
    expectation: 'NOT_FOUND, identical to a random uuid; the keys stay active',
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      for (const id of w.b.activeApiKeyIds) await sameAsUnknown(w, token, RevokeApiKeyDocument, (x) => ({ input: { id: x } }), id, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.login',
    attempt: "login with B's owner email and A's password; and with A's own credentials",
    expectation: "UNAUTHENTICATED identical to an unknown email; A's own login yields a session in A",
    callers: ['owner'],
    bUnchanged: true,
    async run(w) {
      const unknown = `nobody-${hex()}@example.com`;
      await sameAsUnknown(w, '', LoginDocument, (email) => ({ input: { email, password: FACTORY_PASSWORD.toUpperCase() } }), w.b.tenant.ownerEmail, 'UNAUTHENTICATED', unknown);
      const own = await gqlOk(w.t.url, LoginDocument, { input: { email: w.a.tenant.ownerEmail, password: FACTORY_PASSWORD } });
      const me = await gqlOk(w.t.url, MeDocument, {}, { token: own.login.token });
      expect(me.me.organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, [own, me]);
    },
  },
  {
    field: 'Mutation.deactivateUser',
    attempt: "deactivateUser of each of B's users",
    expectation: 'NOT_FOUND, identical to a random uuid; B\'s users stay active and signed in',
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      for (const id of w.b.userIds) await sameAsUnknown(w, token, DeactivateUserDocument, (userId) => ({ input: { userId } }), id, 'NOT_FOUND');
      expect((await gqlOk(w.t.url, MeDocument, {}, { token: w.b.tenant.token })).me.user?.id).toBe(w.b.tenant.ownerId);
    },
  },
  {
    field: 'Mutation.changeUserRole',
    attempt: "changeUserRole of each of B's users (to VIEWER)",
    expectation: 'NOT_FOUND, identical to a random uuid',
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      for (const id of w.b.userIds) await sameAsUnknown(w, token, ChangeUserRoleDocument, (userId) => ({ input: { userId, role: 'VIEWER' as const } }), id, 'NOT_FOUND');
    },
  },
  {
    field: 'Mutation.changePassword',
    attempt: 'changePassword (it takes no id: only the caller\'s own) with a wrong current password',
    expectation: "BAD_USER_INPUT on input.currentPassword naming nothing of B; B's owner still signs in with the old password",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const r = await gql(w.t.url, ChangePasswordDocument, { input: { currentPassword: 'not the current one', newPassword: 'violet kettle marches uphill 42' } }, { token });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
      expectNothingOf(w.b, r);
      expect((await gqlOk(w.t.url, LoginDocument, { input: { email: w.b.tenant.ownerEmail, password: FACTORY_PASSWORD } })).login.user.id).toBe(w.b.tenant.ownerId);
    },
  },
  {
    field: 'Mutation.inviteUser',
    attempt: "inviteUser with the email of B's owner; and with a new email",
    expectation: "CONFLICT naming nothing of B; the new invitation is stored for A and mailed (outbox) in A",
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const taken = await gql(w.t.url, InviteUserDocument, { input: { email: w.b.tenant.ownerEmail, role: 'AGENT' } }, { token });
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
      expectNothingOf(w.b, taken.errors);
      const email = `a-invite-${hex()}@example.com`;
      await gqlOk(w.t.url, InviteUserDocument, { input: { email, role: 'VIEWER' } }, { token });
      await w.t.app.mailer.flush();
      expect(await sqlRows(w.t, 'select organization_id from one_time_token where email = ?', [email])).toEqual([{ organization_id: w.a.tenant.organizationId }]);
      expect(await sqlRows(w.t, 'select organization_id from outbox_email where "to" = ?', [email])).toEqual([{ organization_id: w.a.tenant.organizationId }]);
    },
  },
  {
    field: 'Mutation.acceptInvite',
    attempt: "acceptInvite with a made-up token; and with A's own mailed invitation",
    expectation: 'BAD_USER_INPUT on input.token; the real invitation makes a user of A (never of B)',
    callers: ['owner'],
    bUnchanged: true,
    async run(w, token) {
      const bad = await gql(w.t.url, AcceptInviteDocument, { input: { token: randomBytes(32).toString('base64url'), name: 'Nobody', password: 'violet kettle marches uphill 42' } });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
      const email = `a-accept-${hex()}@example.com`;
      await gqlOk(w.t.url, InviteUserDocument, { input: { email, role: 'AGENT' } }, { token });
      await w.t.app.mailer.flush();
      const [mail] = await sqlRows(w.t, 'select text from outbox_email where "to" = ?', [email]);
      const secret = /token=([A-Za-z0-9_-]+)/.exec(String(mail!.text))![1]!;
      const accepted = await gqlOk(w.t.url, AcceptInviteDocument, { input: { token: secret, name: 'A Newcomer', password: 'violet kettle marches uphill 42' } });
      const me = await gqlOk(w.t.url, MeDocument, {}, { token: accepted.acceptInvite.token });
      expect(me.me.organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, [accepted, me]);
    },
  },
  {
    field: 'Mutation.requestPasswordReset',
    attempt: "requestPasswordReset (anonymous) for B's owner email and for an unknown email",
    expectation: "the same answer for both, naming nothing of B; the link goes only to B's owner (B's own reset row and outbox mail, so B changes)",
    callers: ['owner'],
    bUnchanged: false,
    async run(w) {
      const unknown = `nobody-${hex()}@example.com`;
      // An answer, not an error: compare the two responses with the address taken out.
      const forB = await gql(w.t.url, RequestPasswordResetDocument, { input: { email: w.b.tenant.ownerEmail } });
      const forUnknown = await gql(w.t.url, RequestPasswordResetDocument, { input: { email: unknown } });
      expect(shapeOf(forB, w.b.tenant.ownerEmail)).toEqual(shapeOf(forUnknown, unknown));
      expectNothingOf(w.b, shapeOf(forB, w.b.tenant.ownerEmail));
      await w.t.app.mailer.flush();
      expect(await sqlRows(w.t, 'select organization_id from outbox_email where "to" = ?', [unknown])).toEqual([]);
      const mails = await sqlRows(w.t, 'select organization_id from outbox_email where "to" = ?', [w.b.tenant.ownerEmail]);
      expect(mails.length).toBeGreaterThan(0);
      expect(mails.every((m) => m.organization_id === w.b.tenant.organizationId)).toBe(true);
    },
  },
  {
    field: 'Mutation.resetPassword',
    attempt: "resetPassword with a made-up token; and with the link mailed to A's agent",
    expectation: "BAD_USER_INPUT on input.token; the real link signs A's agent in, in A",
    callers: ['owner'],
    bUnchanged: true,
    async run(w) {
      const bad = await gql(w.t.url, ResetPasswordDocument, { input: { token: randomBytes(32).toString('base64url'), newPassword: 'violet kettle marches uphill 42' } });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
      const [agent] = await sqlRows(w.t, 'select email from "user" where id = ?', [w.a.agentId]);
      await gqlOk(w.t.url, RequestPasswordResetDocument, { input: { email: String(agent!.email) } });
      await w.t.app.mailer.flush();
      const [mail] = await sqlRows(w.t, 'select text from outbox_email where "to" = ? order by created_at desc limit 1', [agent!.email]);
      const secret = /token=([A-Za-z0-9_-]+)/.exec(String(mail!.text))![1]!;
      const r = await gqlOk(w.t.url, ResetPasswordDocument, { input: { token: secret, newPassword: 'violet kettle marches uphill 42' } });
      expect(r.resetPassword.user.id).toBe(w.a.agentId);
      const me = await gqlOk(w.t.url, MeDocument, {}, { token: r.resetPassword.token });
      expect(me.me.organization.id).toBe(w.a.tenant.organizationId);
      expectNothingOf(w.b, [r, me]);
    },
  },
  {
    field: 'Subscription.leadChanged',
    attempt: "A subscribes (unfiltered, and filtered to the status B's event will carry) while B creates, updates and deletes a lead",
    expectation: "B's subscriber gets all three; A's get none of them (A's own next event arrives first)",
    callers: BOTH,
    bUnchanged: false,
    async run(w, token) {
      const clients = [wsClient(w.t.wsUrl, token), wsClient(w.t.wsUrl, token), wsClient(w.t.wsUrl, w.b.tenant.token)];
      try {
        const [aAll, aContacted, bAll] = [leadFeed(clients[0]!), leadFeed(clients[1]!, { status: ['CONTACTED'] }), leadFeed(clients[2]!)];
        // Probes move each organization's own probe lead (to CONTACTED, so the filtered feed is primed too).
        const probe = (x: TenantFixture, as: string) => async () => {
          await gqlOk(w.t.url, UpdateLeadDocument, { input: { id: x.probeLeadId, status: 'CONTACTED', tags: [`p${hex()}`] } }, { token: as });
          return x.probeLeadId;
        };
        await aAll.ready(probe(w.a, token));
        await aContacted.ready(probe(w.a, token));
        await bAll.ready(probe(w.b, w.b.tenant.token));
        const bToken = w.b.tenant.token;
        const lead = (await gqlOk(w.t.url, CreateLeadDocument, { input: { name: `B live ${hex()}`, ownerId: w.b.agentId } }, { token: bToken })).createLead.lead;
        await gqlOk(w.t.url, UpdateLeadDocument, { input: { id: lead.id, status: 'CONTACTED' } }, { token: bToken });
        await bAll.until((e) => e.leadId === lead.id && e.kind === 'UPDATED');
        await gqlOk(w.t.url, DeleteLeadDocument, { input: { id: lead.id } }, { token: bToken });
        await bAll.until((e) => e.leadId === lead.id && e.kind === 'DELETED');
        expect(bAll.events().filter((e) => e.leadId === lead.id).map((e) => e.kind)).toEqual(['CREATED', 'UPDATED', 'DELETED']);
        // A's own change afterwards: once it arrives, anything of B's published before it would have too.
        const own = (await gqlOk(w.t.url, CreateLeadDocument, { input: { name: `A sentinel ${hex()}`, status: 'CONTACTED' } }, { token })).createLead.lead;
        await aAll.until((e) => e.leadId === own.id);
        await aContacted.until((e) => e.leadId === own.id);
        expect(aAll.events().map((e) => [e.kind, e.leadId])).toEqual([['CREATED', own.id]]);
        expect(aContacted.events().map((e) => [e.kind, e.leadId])).toEqual([['CREATED', own.id]]);
        expectNothingOf(w.b, [aAll.sub.events, aContacted.sub.events]);
        await deleteLeads(w, token, [own.id]);
      } finally {
        await Promise.all(clients.map((c) => c.dispose()));
      }
    },
  },
];
