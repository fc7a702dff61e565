import { setTimeout as sleep } from 'node:timers/promises';
import {
  AdjustLeadScoreDocument,
  AuditEventsDocument,
  CreateLeadDocument,
  DeleteLeadDocument,
  ImportLeadsDocument,
  LeadDocument,
  LeadsDocument,
  UpdateLeadDocument,
  UpdateOrganizationDocument,
  UpsertLeadDocument,
} from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
});
afterAll(() => t?.close());

async function waitForScore(id: string, token: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const r = await gqlOk(t.url, LeadDocument, { id }, { token });
    if (r.lead.score > 0) return r.lead.score;
    await sleep(50);
  }
  throw new Error('profile score job never ran');
}

describe('lead lifecycle', () => {
  it('creates, reads, updates and deletes a lead, auditing each change', async () => {
    const created = await gqlOk(t.url, CreateLeadDocument, {
      input: { name: '  Ana Ruiz ', email: 'ANA@Example.com', phone: '+15125550199', company: 'Ruiz Roofing', tags: ['Roof', 'roof', 'Urgent'], customFields: { zip: '78701' }, budgetCents: 1500000, budgetCurrency: 'USD' },
    }, { token: org.token });
    const lead = created.createLead.lead;
    expect(lead).toMatchObject({ name: 'Ana Ruiz', email: 'ana@example.com', phone: '+15125550199', tags: ['roof', 'urgent'], status: 'NEW', budget: { amountCents: 1500000, currency: 'USD' } });

    // The profile scoring job runs after commit and leaves readable reasons.
    expect(await waitForScore(lead.id, org.token)).toBe(35);
    const read = await gqlOk(t.url, LeadDocument, { id: lead.id }, { token: org.token });
    expect(read.lead.scoreHistory.map((e) => e.reason)).toEqual(expect.arrayContaining(['+15 stated a budget', '+10 phone number on file']));
    expect(read.lead.scoreHistory.every((e) => e.source === 'PROFILE')).toBe(true);

    const updated = await gqlOk(t.url, UpdateLeadDocument, { input: { id: lead.id, status: 'QUALIFIED', company: null, ownerId: org.ownerId } }, { token: org.token });
    expect(updated.updateLead.lead).toMatchObject({ status: 'QUALIFIED', company: null, owner: { id: org.ownerId } });

    const audit = await gqlOk(t.url, AuditEventsDocument, { filter: { entityId: lead.id } }, { token: org.token });
    const update = audit.auditEvents.edges.map((e) => e.node).find((e) => e.action === 'lead.update');
    expect(update).toMatchObject({ actorType: 'USER', actorId: org.ownerId, before: { status: 'NEW', company: 'Ruiz Roofing', ownerId: null }, after: { status: 'QUALIFIED', company: null, ownerId: org.ownerId } });

    expect((await gqlOk(t.url, DeleteLeadDocument, { input: { id: lead.id } }, { token: org.token })).deleteLead.deletedLeadId).toBe(lead.id);
    expect(codeOf(await gql(t.url, LeadDocument, { id: lead.id }, { token: org.token }))).toBe('NOT_FOUND');
    const after = await gqlOk(t.url, AuditEventsDocument, { filter: { entityId: lead.id, action: 'lead.delete' } }, { token: org.token });
    expect(after.auditEvents.totalCount).toBe(1);
  });

  it('rejects an owner from another organization as bad input, changing nothing', async () => {
    const other = await createTenant(t);
    const lead = await org.lead();
    const r = await gql(t.url, UpdateLeadDocument, { input: { id: lead.id, ownerId: other.ownerId, status: 'WON' } }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('input.ownerId');
    expect((await gqlOk(t.url, LeadDocument, { id: lead.id }, { token: org.token })).lead.status).toBe('NEW');
  });

  it('answers CONFLICT for a second lead with the same email', async () => {
    await org.lead({ email: 'dup@example.com' });
    const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Dup', email: 'DUP@example.com' } }, { token: org.token });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.extensions?.field).toBe('email');
  });
});

describe('upsertLead', () => {
  it('is idempotent by externalId, then email, then phone', async () => {
    const input = { name: 'Partner Lead', externalId: 'crm-42', email: 'partner@example.com', source: 'PARTNER' as const };
    const first = await gqlOk(t.url, UpsertLeadDocument, { input }, { token: org.token });
    const second = await gqlOk(t.url, UpsertLeadDocument, { input }, { token: org.token });
    expect(first.upsertLead.created).toBe(true);
    expect(second.upsertLead).toMatchObject({ created: false, lead: { id: first.upsertLead.lead.id } });

    const byEmail = await gqlOk(t.url, UpsertLeadDocument, { input: { name: 'Partner Lead', email: 'partner@example.com', company: 'Acme' } }, { token: org.token });
    expect(byEmail.upsertLead).toMatchObject({ created: false, lead: { id: first.upsertLead.lead.id, company: 'Acme' } });

    const byPhone1 = await gqlOk(t.url, UpsertLeadDocument, { input: { name: 'Caller', phone: '+14155550123' } }, { token: org.token });
    const byPhone2 = await gqlOk(t.url, UpsertLeadDocument, { input: { name: 'Caller', phone: '+14155550123' } }, { token: org.token });
    expect(byPhone2.upsertLead.lead.id).toBe(byPhone1.upsertLead.lead.id);
  });

  it('gives one row when the same lead arrives twice at once', async () => {
    const input = { name: 'Racer', externalId: `race-${Date.now()}` };
    const results = await Promise.all([1, 2, 3].map(() => gql(t.url, UpsertLeadDocument, { input }, { token: org.token })));
    const ids = new Set(results.filter((r) => r.data).map((r) => r.data!.upsertLead.lead.id));
    expect(ids.size).toBe(1);
    // A racing insert that loses answers CONFLICT (retryable) rather than creating a duplicate.
    for (const r of results.filter((x) => x.errors)) expect(codeOf(r)).toBe('CONFLICT');
    const list = await gqlOk(t.url, LeadsDocument, { filter: { search: 'Racer' } }, { token: org.token });
    expect(list.leads.totalCount).toBe(1);
  });

  it('needs an identity', async () => {
    const r = await gql(t.url, UpsertLeadDocument, { input: { name: 'Nobody' } }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

describe('importLeads', () => {
  it('keeps the good rows and reports the bad ones by field', async () => {
    const rows = [
      { name: 'Imp One', email: 'imp1@example.com' },
      { name: 'Imp Bad Phone', phone: '+1555' },
      { name: 'Imp Two', externalId: 'imp-2' },
      { name: 'Imp Bad Key', customFields: { 'not valid!': 1 } },
    ];
    const r = await gqlOk(t.url, ImportLeadsDocument, { input: { leads: rows } }, { token: org.token });
    expect(r.importLeads).toMatchObject({ createdCount: 2, updatedCount: 0, failedCount: 1 + 1 });
    const bad = r.importLeads.results.filter((x) => x.errors.length);
    expect(bad.map((b) => b.index)).toEqual([1, 3]);
    expect(bad[0]!.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leads.1.phone' });
    expect(bad[1]!.errors[0]!.field).toMatch(/^input\.leads\.3\.customFields/);

    // Sending the same file again updates rather than duplicates.
    const again = await gqlOk(t.url, ImportLeadsDocument, { input: { leads: rows } }, { token: org.token });
    expect(again.importLeads).toMatchObject({ createdCount: 0, updatedCount: 2, failedCount: 2 });
  });

  it('refuses more rows than the limit, importing nothing', async () => {
    const before = (await gqlOk(t.url, LeadsDocument, {}, { token: org.token })).leads.totalCount;
    const leads = Array.from({ length: 1001 }, (_, i) => ({ name: `Too many ${i}` }));
    const r = await gql(t.url, ImportLeadsDocument, { input: { leads } }, { token: org.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((await gqlOk(t.url, LeadsDocument, {}, { token: org.token })).leads.totalCount).toBe(before);
  });
});

describe('leads connection', () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant(t);
    const agent = await tenant.user(UserRole.AGENT);
    await tenant.lead({ name: 'Alpha Roofing', email: 'alpha@example.com', tags: ['roof', 'vip'], customFields: { region: 'north', size: 3 }, source: 'WEB' });
    await tenant.lead({ name: 'Bravo Catering', phone: '+15125550111', tags: ['event'], customFields: { region: 'south' }, source: 'CALL', ownerId: agent.id });
    await tenant.lead({ name: 'Charlie IT', company: 'Charlie Networks', tags: ['network', 'vip'], source: 'PARTNER', status: 'QUALIFIED' });
    await tenant.lead({ name: 'Delta Dental', email: 'delta@example.com', tags: [], source: 'EMAIL', status: 'LOST' });
  });

  const names = async (variables: Parameters<typeof gql<unknown, object>>[2]) =>
    (await gqlOk(t.url, LeadsDocument, variables as never, { token: tenant.token })).leads.edges.map((e) => e.node.name).sort();

  it('filters by status, source, owner, tags, custom fields and text', async () => {
    expect(await names({ filter: { status: ['QUALIFIED', 'LOST'] } })).toEqual(['Charlie IT', 'Delta Dental']);
    expect(await names({ filter: { source: ['CALL'] } })).toEqual(['Bravo Catering']);
    expect(await names({ filter: { unassigned: true, tagsAny: ['vip', 'event'] } })).toEqual(['Alpha Roofing', 'Charlie IT']);
    expect(await names({ filter: { tagsAll: ['roof', 'vip'] } })).toEqual(['Alpha Roofing']);
    expect(await names({ filter: { customFields: { region: 'north', size: 3 } } })).toEqual(['Alpha Roofing']);
    expect(await names({ filter: { customFields: { size: '3' } } })).toEqual([]);
    expect(await names({ filter: { search: 'networks' } })).toEqual(['Charlie IT']);
    expect(await names({ filter: { search: '5550111' } })).toEqual(['Bravo Catering']);
    expect(await names({ filter: { search: '100%_' } })).toEqual([]);
    expect(await names({ filter: { createdAfter: new Date(Date.now() + 60_000).toISOString() } })).toEqual([]);
  });

  it('filters by score range and temperature, with per-organization thresholds', async () => {
    const { leads } = await gqlOk(t.url, LeadsDocument, { filter: { search: 'Alpha' } }, { token: tenant.token });
    const alpha = leads.edges[0]!.node;
    await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: alpha.id, delta: 60, reason: 'asked for a site visit' } }, { token: tenant.token });
    expect(await names({ filter: { scoreMin: 50 } })).toEqual(['Alpha Roofing']);
    expect(await names({ filter: { temperature: ['WARM'] } })).toEqual(['Alpha Roofing']);
    await gqlOk(t.url, UpdateOrganizationDocument, { input: { hotThreshold: 60, warmThreshold: 30 } }, { token: tenant.token });
    expect(await names({ filter: { temperature: ['HOT'] } })).toEqual(['Alpha Roofing']);
  });

  it('pages with stable cursors in any order', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await gqlOk(t.url, LeadsDocument, { first: 3, after, orderBy: { field: 'NAME', direction: 'ASC' } }, { token: tenant.token });
      seen.push(...page.leads.edges.map((e) => e.node.name));
      expect(page.leads.totalCount).toBe(4);
      if (!page.leads.pageInfo.hasNextPage) break;
      after = page.leads.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alpha Roofing', 'Bravo Catering', 'Charlie IT', 'Delta Dental']);
  });

  it('pages backward with last/before, with pageInfo right both ways', async () => {
    const order = { field: 'NAME', direction: 'ASC' } as const;
    const page = (v: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
      gqlOk(t.url, LeadsDocument, { ...v, orderBy: order }, { token: tenant.token }).then((r) => r.leads);
    const tail = await page({ last: 3 });
    expect(tail.edges.map((e) => e.node.name)).toEqual(['Bravo Catering', 'Charlie IT', 'Delta Dental']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(tail.pageInfo.startCursor).toBe(tail.edges[0]!.cursor);
    const head = await page({ last: 3, before: tail.pageInfo.startCursor });
    expect(head.edges.map((e) => e.node.name)).toEqual(['Alpha Roofing']);
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // A backward cursor pages forward again to the same rows.
    const again = await page({ first: 2, after: head.pageInfo.endCursor });
    expect(again.edges.map((e) => e.node.name)).toEqual(['Bravo Catering', 'Charlie IT']);
    expect(again.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const all = await page({ last: 10 });
    expect(all.edges).toHaveLength(4);
    expect(all.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
  });

  it('refuses first with last, a last over the maximum and a foreign before, naming the argument', async () => {
    const both = await gql(t.url, LeadsDocument, { first: 2, last: 2 }, { token: tenant.token });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.field).toBe('last');
    const big = await gql(t.url, LeadsDocument, { last: 100000 }, { token: tenant.token });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.extensions?.field).toBe('last');
    const zero = await gql(t.url, LeadsDocument, { last: 0 }, { token: tenant.token });
    expect(zero.errors?.[0]?.extensions?.field).toBe('last');
    const bad = await gql(t.url, LeadsDocument, { last: 2, before: 'not-a-cursor' }, { token: tenant.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('before');
    const other = await gql(t.url, LeadsDocument, { first: 1, orderBy: { field: 'SCORE', direction: 'DESC' } }, { token: tenant.token });
    const foreign = await gql(t.url, LeadsDocument, { last: 2, before: other.data!.leads.pageInfo.endCursor }, { token: tenant.token });
    expect(foreign.errors?.[0]?.extensions?.field).toBe('before');
  });

  it('refuses a page over the maximum (not capped) and rejects foreign cursors', async () => {
    const big = await gql(t.url, LeadsDocument, { first: 100000 }, { token: tenant.token });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.extensions?.field).toBe('first');
    const bad = await gql(t.url, LeadsDocument, { after: 'not-a-cursor' }, { token: tenant.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('after');
  });
});

describe('score', () => {
  it('changes only with a score event and a reason, clamped to 0–100', async () => {
    const lead = await org.lead();
    const r = await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 100, reason: 'signed the quote' } }, { token: org.token });
    expect(r.adjustLeadScore.lead).toMatchObject({ score: 100, temperature: 'HOT' });
    const down = await gqlOk(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: -30, reason: 'went quiet' } }, { token: org.token });
    expect(down.adjustLeadScore.lead.scoreHistory[0]).toMatchObject({ delta: -30, scoreAfter: 70, reason: '-30 went quiet', source: 'MANUAL' });
    const bad = await gql(t.url, AdjustLeadScoreDocument, { input: { leadId: lead.id, delta: 500, reason: 'x' } }, { token: org.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('input.delta');
  });
});
