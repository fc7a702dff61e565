import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import { ApiKey } from '../../src/entities/api-key.entity';
import { AuditEvent } from '../../src/entities/audit-event.entity';
import { Lead } from '../../src/entities/lead.entity';
import {
  ApiKeysDocument,
  AuditEventsDocument,
  CreateApiKeyDocument,
  CreateLeadDocument,
  LeadChangedDocument,
  LeadDocument,
  LeadsDocument,
  LoginDocument,
  MeDocument,
  RevokeApiKeyDocument,
} from '../generated/graphql';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/** Same as the factories' password: every factory user signs in with it. */
const PASSWORD = 'correct horse battery staple';

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
});
afterAll(() => t?.close());

/** Rows in the real database, across every organization (the tenant filter is off on purpose). */
async function rowCounts() {
  const em = t.app.orm.em.fork();
  return {
    leads: await em.count(Lead, {}, { filters: false }),
    auditEvents: await em.count(AuditEvent, {}, { filters: false }),
    apiKeys: await em.count(ApiKey, {}, { filters: false }),
  };
}

async function changesNothing(fn: () => Promise<void>): Promise<void> {
  const before = await rowCounts();
  await fn();
  expect(await rowCounts()).toEqual(before);
}

function expectError(r: { errors?: readonly GraphQLFormattedError[] }, code: string): GraphQLFormattedError {
  expect(codeOf(r)).toBe(code);
  for (const e of r.errors!) expect(e.extensions?.requestId).toEqual(expect.any(String));
  return r.errors![0]!;
}

/** A session token signed by hand, by default exactly as the server signs one. */
async function signToken(overrides: { secret?: string; issuer?: string; audience?: string; expiresAt?: number; alg?: string } = {}): Promise<string> {
  const jwt = t.app.config.jwt;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: org.organizationId, role: 'OWNER', sv: 0 })
    .setProtectedHeader({ alg: overrides.alg ?? 'HS256', typ: 'JWT' })
    .setSubject(org.ownerId)
    .setIssuer(overrides.issuer ?? jwt.issuer)
    .setAudience(overrides.audience ?? jwt.audience)
    .setIssuedAt(overrides.expiresAt !== undefined ? Math.min(now, overrides.expiresAt - 600) : now)
    .setExpirationTime(overrides.expiresAt ?? now + 600)
    .sign(new TextEncoder().encode(overrides.secret ?? jwt.secret!));
}

/** `alg: none`: a token anyone can write, claiming to be the owner. */
function unsignedToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: org.ownerId, org: org.organizationId, role: 'OWNER', sv: 0, iss: t.app.config.jwt.issuer, aud: t.app.config.jwt.audience, iat: now, exp: now + 600 };
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

describe('login', () => {
  it('signs in with the right password and the token works', async () => {
    const r = await gqlOk(t.url, LoginDocument, { input: { email: org.ownerEmail.toUpperCase(), password: PASSWORD } });
    expect(r.login.user).toMatchObject({ id: org.ownerId, role: 'OWNER' });
    expect(new Date(r.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await gqlOk(t.url, MeDocument, {}, { token: r.login.token });
    expect(me.me).toMatchObject({ user: { id: org.ownerId }, organization: { id: org.organizationId }, apiKey: null });
  });

  it('answers an unknown email and a wrong password the same way: UNAUTHENTICATED', async () => {
    const wrong = await gql(t.url, LoginDocument, { input: { email: org.ownerEmail, password: 'not the password at all' } });
    const unknown = await gql(t.url, LoginDocument, { input: { email: 'nobody-here@example.com', password: PASSWORD } });
    for (const r of [wrong, unknown]) {
      expectError(r, 'UNAUTHENTICATED');
      expect(r.data).toBeNull();
    }
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(unknown.status).toBe(wrong.status);
  });
});

describe('session tokens', () => {
  it('accepts a token signed like the server signs one (the control for the forgeries below)', async () => {
    const me = await gqlOk(t.url, MeDocument, {}, { token: await signToken() });
    expect(me.me.user?.id).toBe(org.ownerId);
  });

  const forgeries: Array<[string, () => Promise<string> | string]> = [
    ['expired', () => signToken({ expiresAt: Math.floor(Date.now() / 1000) - 60 })],
    ['unsigned (alg: none)', () => unsignedToken()],
    ['signed with another key', () => signToken({ secret: 'another-secret-that-is-also-long-enough-0123456789' })],
    ['signed with HS512 and the right key', () => signToken({ alg: 'HS512' })],
    ['issued by someone else', () => signToken({ issuer: 'evil-issuer' })],
    ['meant for another audience', () => signToken({ audience: 'another-api' })],
    ['not a JWT at all', () => 'garbage.token.value'],
  ];

  it.each(forgeries)('refuses a token that is %s with HTTP 401 UNAUTHENTICATED, writing nothing', async (_, make) => {
    const token = await make();
    await changesNothing(async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Forged' } }, { token });
      expect(r.status).toBe(401);
      expectError(r, 'UNAUTHENTICATED');
      expect(r.data).toBeUndefined();
    });
  });

  it('refuses an Authorization header that is not "Bearer <token>"', async () => {
    const r = await gql(t.url, MeDocument, {}, { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } });
    expect(r.status).toBe(401);
    expectError(r, 'UNAUTHENTICATED');
  });

  it('answers an anonymous call to a protected field with UNAUTHENTICATED', async () => {
    expectError(await gql(t.url, LeadsDocument, {}), 'UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  async function newKey(scopes: string[], tenant = org) {
    const r = await gqlOk(t.url, CreateApiKeyDocument, { input: { name: `key ${scopes.join(' ')}`, scopes } }, { token: tenant.token });
    return { id: r.createApiKey.apiKey.id, prefix: r.createApiKey.apiKey.prefix, secret: r.createApiKey.secret };
  }

  it('works with its scopes as permissions and records lastUsedAt', async () => {
    const key = await newKey(['leads:read', 'leads:write']);
    const listed = async () => (await gqlOk(t.url, ApiKeysDocument, {}, { token: org.token })).apiKeys.find((k) => k.id === key.id)!;
    expect((await listed()).lastUsedAt).toBeNull();

    const me = await gqlOk(t.url, MeDocument, {}, { token: key.secret });
    expect(me.me).toMatchObject({ user: null, apiKey: { id: key.id, prefix: key.prefix }, organization: { id: org.organizationId }, permissions: ['leads:read', 'leads:write'] });
    await gqlOk(t.url, CreateLeadDocument, { input: { name: 'From a partner' } }, { token: key.secret });

    // lastUsedAt is written after the response, without delaying it.
    let lastUsedAt: string | null | undefined;
    for (let i = 0; i < 50 && !lastUsedAt; i++) {
      lastUsedAt = (await listed()).lastUsedAt;
      if (!lastUsedAt) await sleep(20);
    }
    expect(lastUsedAt).toEqual(expect.any(String));
    expect(Math.abs(Date.now() - new Date(lastUsedAt!).getTime())).toBeLessThan(60_000);
  });

  it('is refused with UNAUTHENTICATED once revoked', async () => {
    const key = await newKey(['leads:read']);
    await gqlOk(t.url, LeadsDocument, {}, { token: key.secret });
    const revoked = await gqlOk(t.url, RevokeApiKeyDocument, { input: { id: key.id } }, { token: org.token });
    expect(revoked.revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    const r = await gql(t.url, LeadsDocument, {}, { token: key.secret });
    expect(r.status).toBe(401);
    expectError(r, 'UNAUTHENTICATED');
  });

  it('is refused when the prefix is real but the secret part is not', async () => {
    const key = await newKey(['leads:read']);
    const forged = `${key.prefix}_${'A'.repeat(43)}`;
    const r = await gql(t.url, LeadsDocument, {}, { token: forged });
    expect(r.status).toBe(401);
    expectError(r, 'UNAUTHENTICATED');
  });

  it('answers a write with a read-only key with FORBIDDEN naming the missing scope, writing nothing', async () => {
    const key = await newKey(['leads:read']);
    await changesNothing(async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Not allowed' } }, { token: key.secret });
      expect(expectError(r, 'FORBIDDEN').extensions?.missing).toEqual(['leads:write']);
      expect(r.data).toBeNull();
    });
  });

  it('cannot be given scopes beyond the partner set', async () => {
    await changesNothing(async () => {
      const r = await gql(t.url, CreateApiKeyDocument, { input: { name: 'too strong', scopes: ['leads:read', 'apikeys:manage'] } }, { token: org.token });
      expect(expectError(r, 'BAD_USER_INPUT').extensions?.field).toBe('input.scopes');
    });
  });

  it('shows its secret once: never in the list, and the database holds only a hash', async () => {
    const key = await newKey(['leads:read']);
    const randomPart = key.secret.slice(key.prefix.length + 1);
    expect(key.secret.startsWith(`${key.prefix}_`)).toBe(true);
    expect(randomPart.length).toBeGreaterThanOrEqual(40);

    const list = await gqlOk(t.url, ApiKeysDocument, {}, { token: org.token });
    expect(list.apiKeys.some((k) => k.id === key.id)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(randomPart);

    // Every column of every api_key and audit_event row, read through the app's own connection.
    const connection = t.app.orm.em.getConnection();
    const keyRows = await connection.execute('select * from "api_key"');
    const auditRows = await connection.execute('select * from "audit_event"');
    expect(JSON.stringify(keyRows)).not.toContain(randomPart);
    expect(JSON.stringify(auditRows)).not.toContain(randomPart);
    const row = await t.app.orm.em.fork().findOneOrFail(ApiKey, { id: key.id }, { filters: false, populate: ['secretHash'] });
    expect(row.prefix).toBe(key.prefix);
    expect(row.secretHash).toBe(createHash('sha256').update(key.secret).digest('hex'));
  });

  it("cannot read another organization's leads (NOT_FOUND, as for an unknown id)", async () => {
    const other = await createTenant(t);
    const theirs = await other.lead({ name: 'Their lead' });
    const key = await newKey(['leads:read']);
    expectError(await gql(t.url, LeadDocument, { id: theirs.id }, { token: key.secret }), 'NOT_FOUND');
    const mine = await gqlOk(t.url, LeadsDocument, { filter: { search: 'Their lead' } }, { token: key.secret });
    expect(mine.leads.totalCount).toBe(0);
  });
});

describe('roles', () => {
  it('VIEWER reads leads but cannot create them (FORBIDDEN, nothing written)', async () => {
    const viewer = await org.user(UserRole.VIEWER);
    await gqlOk(t.url, LeadsDocument, {}, { token: viewer.token });
    await changesNothing(async () => {
      const r = await gql(t.url, CreateLeadDocument, { input: { name: 'Viewer lead' } }, { token: viewer.token });
      expect(expectError(r, 'FORBIDDEN').extensions?.missing).toEqual(['leads:write']);
    });
  });

  it('AGENT creates leads but cannot read the audit log or create API keys', async () => {
    const agent = await org.user(UserRole.AGENT);
    const created = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Agent lead' } }, { token: agent.token });
    expect(created.createLead.lead.name).toBe('Agent lead');

    const audit = await gql(t.url, AuditEventsDocument, {}, { token: agent.token });
    expect(expectError(audit, 'FORBIDDEN').extensions?.missing).toEqual(['audit:read']);
    await changesNothing(async () => {
      const key = await gql(t.url, CreateApiKeyDocument, { input: { name: 'agent key', scopes: ['leads:read'] } }, { token: agent.token });
      expect(expectError(key, 'FORBIDDEN').extensions?.missing).toEqual(['apikeys:manage']);
    });
  });

  it('ADMIN reads the audit log, including who did what', async () => {
    const agent = await org.user(UserRole.AGENT);
    const lead = await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Audited lead' } }, { token: agent.token });
    const admin = await org.user(UserRole.ADMIN);
    const r = await gqlOk(t.url, AuditEventsDocument, { filter: { entityId: lead.createLead.lead.id } }, { token: admin.token });
    expect(r.auditEvents.edges.map((e) => e.node)).toEqual([expect.objectContaining({ action: 'lead.create', actorType: 'USER', actorId: agent.id })]);
  });
});

describe('graphql-ws authentication', () => {
  const clients: Client[] = [];
  const client = (token: string | null) => {
    const c = wsClient(t.wsUrl, token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });

  /** Subscribes, and resolves with the close code if the server closes the socket. */
  function closeCode(c: Client): Promise<number> {
    return new Promise((resolve, reject) => {
      c.on('closed', (event) => resolve((event as { code: number }).code));
      c.on('connected', () => reject(new Error('the server acknowledged the connection')));
      c.subscribe({ query: 'subscription { leadChanged { leadId } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
  }

  it.each<[string, () => Promise<string | null> | string | null]>([
    ['without a token', () => null],
    ['with a garbage token', () => 'not-a-token'],
    ['with an expired token', () => signToken({ expiresAt: Math.floor(Date.now() / 1000) - 60 })],
    ['with an unsigned (alg: none) token', () => unsignedToken()],
    ['with a forged API key', () => `sk_live_00000000_${'B'.repeat(43)}`],
  ])('closes connection_init %s with 4403', async (_, make) => {
    expect(await closeCode(client(await make()))).toBe(4403);
  });

  it('delivers leadChanged for my organization only, with a good token', async () => {
    const other = await createTenant(t);
    const c = client(org.token);
    const ready = connected(c);
    const sub = subscribe(c, LeadChangedDocument, {});
    await ready;

    // The subscription is registered asynchronously: produce leads until the first event arrives.
    const mine = new Set<string>();
    for (let i = 0; i < 20 && sub.events.length === 0 && !sub.error; i++) {
      mine.add((await org.lead({ name: `Warm-up ${i}` })).id);
      await sub.waitFor(1, 250).catch(() => undefined);
    }
    expect(sub.error).toBeUndefined();
    expect(sub.events.length).toBeGreaterThan(0);

    const theirs = await other.lead({ name: 'Other tenant lead' });
    const marker = await org.lead({ name: 'Marker lead' });
    mine.add(marker.id);
    await sub.waitFor(mine.size);
    await sleep(200); // room for a leaked event to arrive
    const seen = sub.events.map((e) => e.data?.leadChanged.leadId);
    expect(seen).toContain(marker.id);
    expect(seen).not.toContain(theirs.id);
    expect(seen.every((id) => mine.has(id!))).toBe(true);
    const markerEvent = sub.events.find((e) => e.data?.leadChanged.leadId === marker.id)!;
    expect(markerEvent.data?.leadChanged).toMatchObject({ kind: 'CREATED', lead: { id: marker.id, name: 'Marker lead' } });
    sub.dispose();
  });

  it('refuses leadChanged to an API key without leads:read (FORBIDDEN)', async () => {
    const key = await org.apiKey(['calls:read']);
    const sub = subscribe(client(key), LeadChangedDocument, {});
    const [event] = await sub.waitFor(1);
    expect(event!.data ?? null).toBeNull();
    expect(expectError(event!, 'FORBIDDEN').extensions?.missing).toEqual(['leads:read']);
  });
});
