import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { childPages, countChildren, findRows } from '../../src/db/read-rows';
import { bindTenant } from '../../src/db/tenant-filter';
import { CHILD_LISTS, createLoaders } from '../../src/loaders';
import { ApiKey } from '../../src/entities/api-key.entity';
import { AuditEvent } from '../../src/entities/audit-event.entity';
import { TENANT_ENTITIES } from '../../src/entities';
import { Lead } from '../../src/entities/lead.entity';
import { Organization } from '../../src/entities/organization.entity';
import { ScoreEvent } from '../../src/entities/score-event.entity';
import { User } from '../../src/entities/user.entity';
import { AdjustLeadScoreDocument } from '../generated/graphql';
import { gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { settleJobs, sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The ORM tenant filter (src/db/tenant-filter.ts, DESIGN.md §3) checked at
 * the EntityManager itself, below GraphQL: it fails closed when no
 * organization is bound, and a fork bound to A never hands out B's rows.
 * Ground truth comes from raw SQL, which the filter does not touch.
 */

/** The entities this suite gives rows in both organizations; every tenant entity is checked for failing closed. */
const SEEDED = ['User', 'ApiKey', 'Lead', 'ScoreEvent', 'AuditEvent'] as const;
const entityNamed = (name: string) => TENANT_ENTITIES.find((e) => e.name === name)!;

let t: TestServer;
let a: Tenant;
let b: Tenant;
/** Every row id of each tenant entity, per organization, read with raw SQL. */
const idsOf: Record<'a' | 'b', Record<string, string[]>> = { a: {}, b: {} };

const fork = () => t.app.orm.em.fork() as EntityManager;
const forkOf = (tenant: Tenant) => bindTenant(fork(), tenant.organizationId);

async function seed(tenant: Tenant): Promise<void> {
  const agent = await tenant.user(UserRole.AGENT);
  await tenant.apiKey(['leads:read']);
  for (const n of [1, 2, 3]) {
    const lead = await tenant.lead({ name: `${tenant.organizationId} lead ${n}`, ownerId: n === 3 ? null : agent.id, company: 'Acme' });
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 10 * n, reason: 'filter test' } }, { token: tenant.token });
  }
}

async function readIds(tenant: Tenant): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const entity of SEEDED) {
    const table = t.app.orm.getMetadata().get(entity).tableName;
    const rows = await sqlRows(t, `select id from "${table}" where organization_id = ? order by id`, [tenant.organizationId]);
    out[entity] = rows.map((r) => String(r.id));
  }
  return out;
}

beforeAll(async () => {
  t = await startTestServer();
  a = await createTenant(t, 'Filter Org A');
  b = await createTenant(t, 'Filter Org B');
  await seed(a);
  await seed(b);
  await settleJobs(t);
  idsOf.a = await readIds(a);
  idsOf.b = await readIds(b);
});
afterAll(() => t?.close());

it('filters the seeded entities, and each has rows in both organizations (so no check below is vacuous)', () => {
  expect(TENANT_ENTITIES.map((e) => e.name)).toEqual(expect.arrayContaining([...SEEDED]));
  for (const name of SEEDED) {
    expect(idsOf.a[name]!.length).toBeGreaterThan(0);
    expect(idsOf.b[name]!.length).toBeGreaterThan(0);
  }
});

describe('a fork with no organization bound fails closed', () => {
  it.each(['find', 'findOne', 'findOne by id', 'count', 'findAndCount'] as const)('%s throws on every tenant entity instead of reading', async (method) => {
    for (const entity of TENANT_ENTITIES) {
      const em = fork();
      const someId = idsOf.b[entity.name]?.[0] ?? randomUUID();
      const run = (): Promise<unknown> => {
        switch (method) {
          case 'find':
            return em.find(entity, {});
          case 'findOne':
            return em.findOne(entity, {});
          case 'findOne by id':
            return em.findOne(entity, someId);
          case 'count':
            return em.count(entity, {});
          case 'findAndCount':
            return em.findAndCount(entity, {});
        }
      };
      // MikroORM refuses a filter with no parameters at all; our condition refuses an empty one.
      await expect(run()).rejects.toThrow(/no organization bound|No arguments provided for filter 'tenant'/);
    }
  });

  it('still reads organizations, which are not tenant rows', async () => {
    const orgs = await fork().find(Organization, { id: { $in: [a.organizationId, b.organizationId] } });
    expect(orgs.map((o) => o.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
  });

  it('throws for an empty organization id too', async () => {
    const em = bindTenant(fork(), '');
    await expect(em.find(Lead, {})).rejects.toThrow(/no organization bound/);
  });
});

describe('a fork bound to A never returns B rows', () => {
  it.each(SEEDED)('find and count of %s see exactly A rows', async (name) => {
    const entity = entityNamed(name);
    const em = forkOf(a);
    const found = (await em.find(entity, {})) as Array<{ id: string }>;
    expect(found.map((r) => r.id).sort()).toEqual(idsOf.a[name]);
    expect(await em.count(entity, {})).toBe(idsOf.a[name]!.length);
    expect(await em.count(entity, { id: { $in: idsOf.b[name]! } } as never)).toBe(0);
    expect(await em.find(entity, { id: { $in: idsOf.b[name]! } } as never)).toEqual([]);
  });

  it.each(SEEDED)('findOne of %s by B id is null, exactly like an unknown id', async (name) => {
    const entity = entityNamed(name);
    for (const id of idsOf.b[name]!) {
      expect(await forkOf(a).findOne(entity, id)).toBeNull();
      expect(await forkOf(a).findOne(entity, { id } as never)).toBeNull();
    }
    // The same id is there for B: the filter, not a missing row, hid it.
    expect(await forkOf(b).findOne(entity, idsOf.b[name]![0]!)).not.toBeNull();
  });

  it('a where condition through a relation cannot reach B rows', async () => {
    const bLead = idsOf.b.Lead![0]!;
    expect(await forkOf(a).find(ScoreEvent, { lead: bLead })).toEqual([]);
    expect(await forkOf(a).find(ScoreEvent, { lead: { id: bLead } })).toEqual([]);
    expect(await forkOf(a).count(Lead, { organization: b.organizationId })).toBe(0);
  });

  it('populate of relations (joined and select-in, at query time and afterwards) stays within A', async () => {
    const em = forkOf(a);
    const leads = await em.find(Lead, {}, { populate: ['owner'] });
    const events = await em.find(ScoreEvent, {}, { populate: ['lead', 'lead.owner'] });
    const keys = await em.find(ApiKey, {}, { populate: ['createdBy'] });
    const selectIn = await forkOf(a).find(ScoreEvent, {}, { populate: ['lead'], strategy: 'select-in' });
    const later = await forkOf(a).find(Lead, {});
    await later[0]!.owner?.load();
    const laterEm = forkOf(a);
    const laterLeads = await laterEm.find(Lead, {});
    await laterEm.populate(laterLeads, ['owner']);
    const seenUsers = [...leads, ...laterLeads].map((l) => l.owner?.id).filter(Boolean);
    const seenLeads = [...events, ...selectIn].map((e) => e.lead.id);
    expect(seenUsers.length).toBeGreaterThan(0);
    expect(seenUsers.every((id) => idsOf.a.User!.includes(id!))).toBe(true);
    expect(seenLeads.every((id) => idsOf.a.Lead!.includes(id))).toBe(true);
    expect(keys.map((k) => k.createdBy?.id).every((id) => !id || idsOf.a.User!.includes(id))).toBe(true);
    expect(JSON.stringify([leads, events, keys, selectIn, laterLeads])).not.toContain(b.organizationId);
  });

  it('does not hydrate B rows through a corrupt cross-tenant reference (written by raw SQL, which bypasses the filter)', async () => {
    // The service layer never writes such a row (owners are checked through the
    // filter); this proves the read side holds even if one existed.
    const [aLead] = idsOf.a.Lead!;
    const bUser = (await sqlRows(t, 'select id, email, name from "user" where organization_id = ? order by created_at limit 1', [b.organizationId]))[0]!;
    const bLead = (await sqlRows(t, 'select id, name from lead where organization_id = ? limit 1', [b.organizationId]))[0]!;
    const original = (await sqlRows(t, 'select owner_id from lead where id = ?', [aLead]))[0]!.owner_id;
    const corruptEvent = '00000000-0000-4000-8000-00000000c0de';
    await sqlRows(t, 'update lead set owner_id = ? where id = ?', [bUser.id, aLead]);
    await sqlRows(
      t,
      `insert into score_event (id, created_at, updated_at, organization_id, lead_id, delta, score_after, reason, source)
       values (?, now(), now(), ?, ?, 1, 1, 'corrupt', 'TEST')`,
      [corruptEvent, a.organizationId, bLead.id],
    );
    try {
      const joined = await forkOf(a).findOneOrFail(Lead, aLead!, { populate: ['owner'] });
      const selectIn = await forkOf(a).findOneOrFail(Lead, aLead!, { populate: ['owner'], strategy: 'select-in' });
      const viaLoad = await forkOf(a).findOneOrFail(Lead, aLead!);
      const loadedOwner = await viaLoad.owner?.load();
      // A required relation into another tenant hides the row itself (the filtered inner join), or leaves the reference unloaded.
      const event = await forkOf(a).findOne(ScoreEvent, corruptEvent, { populate: ['lead'] });
      const eventSelectIn = await forkOf(a).findOne(ScoreEvent, corruptEvent, { populate: ['lead'], strategy: 'select-in' });
      const eventPlain = await forkOf(a).findOne(ScoreEvent, corruptEvent);
      const eventLead = await eventPlain?.lead.load();
      const users = await forkOf(a).find(User, { id: String(bUser.id) });
      const leaked = JSON.stringify([joined, selectIn, loadedOwner ?? null, event, eventSelectIn, eventPlain, eventLead ?? null, users]);
      expect(leaked).not.toContain(String(bUser.email));
      expect(leaked).not.toContain(String(bLead.name));
      expect(users).toEqual([]);
    } finally {
      await sqlRows(t, 'delete from score_event where id = ?', [corruptEvent]);
      await sqlRows(t, 'update lead set owner_id = ? where id = ?', [original ?? null, aLead]);
    }
  });

  it('writes stay explicit: a fork bound to A still sees its own new row and B cannot', async () => {
    const em = forkOf(a);
    const event = em.create(AuditEvent, { organization: em.getReference(Organization, a.organizationId), actorType: 'SYSTEM', action: 'test.filter', entityType: 'Test' });
    await em.flush();
    expect(await forkOf(a).findOne(AuditEvent, event.id)).not.toBeNull();
    expect(await forkOf(b).findOne(AuditEvent, event.id)).toBeNull();
  });
});

/**
 * The read path (src/db/read-rows.ts) skips the entity manager, so it does not
 * get the filter for free: it takes the condition from the same place
 * (tenant-filter.ts) and must fail closed and stay within the bound
 * organization exactly like the filter above.
 */
describe('the plain-row read path', () => {
  const page = { limit: 50, backward: false };

  it('fails closed on every tenant entity and child list when no organization is bound (or an empty one)', async () => {
    for (const em of [fork(), bindTenant(fork(), '')]) {
      for (const entity of TENANT_ENTITIES) {
        await expect(findRows(em, entity, {})).rejects.toThrow(/no organization bound/);
      }
      for (const spec of Object.values(CHILD_LISTS)) {
        await expect(childPages(em, spec, [idsOf.b.Lead![0]!], page)).rejects.toThrow(/no organization bound/);
        await expect(countChildren(em, spec.entity, spec.parent, [idsOf.b.Lead![0]!])).rejects.toThrow(/no organization bound/);
      }
      await expect(createLoaders(em).leadById.load(idsOf.b.Lead![0]!)).rejects.toThrow(/no organization bound/);
    }
  });

  it('still reads organizations, which are not tenant rows', async () => {
    const rows = await findRows(fork(), Organization, { id: { $in: [a.organizationId, b.organizationId] } });
    expect(rows.map((r) => r.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
  });

  it.each(SEEDED)('rows of %s for a fork bound to A are exactly A rows, also when asked for B ids', async (name) => {
    const entity = entityNamed(name);
    const rows = await findRows(forkOf(a), entity, {});
    // Ground truth read now: the suite above writes an audit event of A.
    expect(rows.map((r) => r.id).sort()).toEqual((await readIds(a))[name]);
    expect(await findRows(forkOf(a), entity, { id: { $in: idsOf.b[name]! } } as never)).toEqual([]);
    // The same ids are there for B: the condition, not a missing row, hid them.
    expect((await findRows(forkOf(b), entity, { id: { $in: idsOf.b[name]! } } as never)).length).toBe(idsOf.b[name]!.length);
  });

  it("a child page or count of B's parent is empty for A, and B sees its own", async () => {
    const bLeads = idsOf.b.Lead!;
    const forA = await childPages(forkOf(a), CHILD_LISTS.leadScoreHistory, bLeads, page);
    expect(forA.every((p) => p.rows.length === 0 && !p.hasMore)).toBe(true);
    expect(await countChildren(forkOf(a), ScoreEvent, 'lead', bLeads)).toEqual(bLeads.map(() => 0));
    const forB = await childPages(forkOf(b), CHILD_LISTS.leadScoreHistory, bLeads, page);
    const seen = forB.flatMap((p) => p.rows.map((r) => r.id)).sort();
    expect(seen).toEqual(idsOf.b.ScoreEvent);
    expect(JSON.stringify(forB)).not.toContain(a.organizationId);
    expect(await createLoaders(forkOf(a)).leadById.load(bLeads[0]!)).toBeNull();
    expect((await createLoaders(forkOf(b)).leadById.load(bLeads[0]!))?.id).toBe(bLeads[0]);
  });
});
