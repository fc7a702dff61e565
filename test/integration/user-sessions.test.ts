/**
 * Issue 7 item 13: a session token is only as good as its user. Every request
 * (and every periodic re-check of an open socket) checks that the user still
 * exists, is active, belongs to the token's organization and has not had its
 * sessions ended since (sessionVersion); token lifetimes are capped; and the
 * account flows that go with it (deactivate, change role, change password,
 * reset by email, invite) end the sessions they must.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import { ManualClock } from '../../src/services/clock';
import {
  AcceptInviteDocument,
  AuditEventsDocument,
  ChangePasswordDocument,
  ChangeUserRoleDocument,
  CreateApiKeyDocument,
  CreateLeadDocument,
  DeactivateUserDocument,
  InviteUserDocument,
  LeadChangedDocument,
  LoginDocument,
  MeDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  UsersDocument,
} from '../generated/graphql';
import { startSmtpSink } from '../fakes/smtp-sink';
import { codeOf, connected, gql, gqlOk, subscribe, wsClient } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'violet kettle marches uphill 42';
const CACHE_SECONDS = 1;
/** A fixed instant: tokens, caches and one-time tokens all read the app's clock. */
const clock = new ManualClock(new Date('2026-03-10T15:00:00Z'));

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  // Reset links live 10 minutes here, so moving the clock past one keeps every session token (1 h) valid.
  t = await startTestServer({ API_KEY_CACHE_SECONDS: String(CACHE_SECONDS), APP_BASE_URL: 'https://app.example.com', PASSWORD_RESET_TTL_SECONDS: '600' }, undefined, { clock });
  org = await createTenant(t);
});
afterAll(() => t?.close());

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

const now = () => Math.floor(clock.now().getTime() / 1000);

async function signToken(claims: { userId: string; organizationId: string; sv?: number; iat?: number; exp?: number }): Promise<string> {
  const jwt = t.app.config.jwt;
  return new SignJWT({ org: claims.organizationId, role: 'OWNER', sv: claims.sv ?? 0 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt(claims.iat ?? now())
    .setExpirationTime(claims.exp ?? now() + 600)
    .sign(new TextEncoder().encode(jwt.secret!));
}

async function expectRefused(token: string): Promise<void> {
  const r = await gql(t.url, MeDocument, {}, { token });
  expect(r.status).toBe(401);
  expect(codeOf(r)).toBe('UNAUTHENTICATED');
}

async function login(email: string, password = PASSWORD) {
  return gql(t.url, LoginDocument, { input: { email, password } });
}

/** An agent with a known email, signed in. */
async function member(role = UserRole.AGENT) {
  const user = await org.user(role);
  const [row] = await sqlRows(t, 'select email from "user" where id = ?', [user.id]);
  return { ...user, email: String(row!.email) };
}

/** The messages the outbox holds for `to`, newest first, once deliveries in flight are done. */
async function outbox(to: string): Promise<Array<{ subject: string; text: string }>> {
  await t.app.mailer.flush();
  return (await sqlRows(t, 'select subject, text from outbox_email where "to" = ? order by created_at desc', [to])) as Array<{ subject: string; text: string }>;
}

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

/** Resolves with the close code once the server closes this socket. */
function closeCodeOf(c: Client): Promise<number> {
  return new Promise((resolve) => c.on('closed', (event) => resolve((event as { code: number }).code)));
}

describe('session tokens are checked against their user', () => {
  it('refuses a correctly signed token for a deleted user (it used to get full OWNER rights)', async () => {
    const doomed = await member(UserRole.ADMIN);
    await gqlOk(t.url, MeDocument, {}, { token: doomed.token });
    await sqlRows(t, 'delete from "user" where id = ?', [doomed.id]);
    // Deleted behind the app's back: trusted at most API_KEY_CACHE_SECONDS, as API keys are.
    clock.advance(CACHE_SECONDS * 1000);
    await expectRefused(doomed.token);
    await expectRefused(await signToken({ userId: doomed.id, organizationId: org.organizationId }));
  });

  it('refuses a correctly signed token that names another organization than its user’s', async () => {
    const other = await createTenant(t);
    await expectRefused(await signToken({ userId: org.ownerId, organizationId: other.organizationId }));
  });

  it('refuses a correctly signed token with a 10-year expiry (lifetime longer than JWT_TTL_SECONDS)', async () => {
    await expectRefused(await signToken({ userId: org.ownerId, organizationId: org.organizationId, exp: now() + 10 * 365 * 86400 }));
    const ttl = t.app.config.jwt.ttlSeconds;
    await expectRefused(await signToken({ userId: org.ownerId, organizationId: org.organizationId, iat: now() - 60, exp: now() + ttl }));
    // The control: exactly the lifetime the server issues.
    expect((await gqlOk(t.url, MeDocument, {}, { token: await signToken({ userId: org.ownerId, organizationId: org.organizationId, exp: now() + ttl }) })).me.user?.id).toBe(org.ownerId);
  });

  it('refuses a correctly signed token from before the user’s sessions were ended (old sessionVersion)', async () => {
    const m = await member();
    await gqlOk(t.url, ChangeUserRoleDocument, { input: { userId: m.id, role: 'VIEWER' } }, { token: org.token });
    await expectRefused(await signToken({ userId: m.id, organizationId: org.organizationId, sv: 0 }));
  });

  it('takes a deactivation written by another process into account within API_KEY_CACHE_SECONDS', async () => {
    const m = await member();
    await gqlOk(t.url, MeDocument, {}, { token: m.token });
    await sqlRows(t, 'update "user" set active = false, session_version = session_version + 1 where id = ?', [m.id]);
    clock.advance(CACHE_SECONDS * 1000);
    await expectRefused(m.token);
  });
});

describe('deactivateUser', () => {
  it('ends the user’s sessions and open sockets (4403) and refuses their login, at once in this process', async () => {
    const m = await member();
    const socket = wsClient(t.wsUrl, m.token);
    clients.push(socket);
    const ready = connected(socket);
    subscribe(socket, LeadChangedDocument, {});
    await ready;
    const closed = closeCodeOf(socket);

    const r = await gqlOk(t.url, DeactivateUserDocument, { input: { userId: m.id } }, { token: org.token });
    expect(r.deactivateUser.user).toMatchObject({ id: m.id, active: false });
    await expectRefused(m.token);
    expect(await closed).toBe(4403);
    expect(codeOf(await login(m.email))).toBe('UNAUTHENTICATED');

    const audit = await gqlOk(t.url, AuditEventsDocument, { filter: { entityId: m.id } }, { token: org.token });
    expect(audit.auditEvents.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ action: 'user.deactivate', actorId: org.ownerId, after: { active: false } }));
  });

  it('is FORBIDDEN to an AGENT and to an API key, and an ADMIN cannot deactivate an owner', async () => {
    const m = await member();
    const agent = await member();
    const r = await gql(t.url, DeactivateUserDocument, { input: { userId: m.id } }, { token: agent.token });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', missing: ['users:manage'] });
    const key = (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: 'partner', scopes: ['leads:read', 'leads:write'] } }, { token: org.token })).createApiKey.secret;
    expect(codeOf(await gql(t.url, DeactivateUserDocument, { input: { userId: m.id } }, { token: key }))).toBe('FORBIDDEN');
    const admin = await member(UserRole.ADMIN);
    expect(codeOf(await gql(t.url, DeactivateUserDocument, { input: { userId: org.ownerId } }, { token: admin.token }))).toBe('FORBIDDEN');
    expect((await gqlOk(t.url, MeDocument, {}, { token: m.token })).me.user?.id).toBe(m.id);
  });

  it('answers NOT_FOUND for another organization’s user, changing nothing', async () => {
    const other = await createTenant(t);
    const theirs = await other.user(UserRole.AGENT);
    expect(codeOf(await gql(t.url, DeactivateUserDocument, { input: { userId: theirs.id } }, { token: org.token }))).toBe('NOT_FOUND');
    expect((await gqlOk(t.url, MeDocument, {}, { token: theirs.token })).me.user?.id).toBe(theirs.id);
  });
});

describe('changeUserRole', () => {
  it('ends the old sessions, and the next login carries the new role’s permissions', async () => {
    const m = await member(UserRole.AGENT);
    await gqlOk(t.url, CreateLeadDocument, { input: { name: 'Before demotion' } }, { token: m.token });
    const r = await gqlOk(t.url, ChangeUserRoleDocument, { input: { userId: m.id, role: 'VIEWER' } }, { token: org.token });
    expect(r.changeUserRole.user.role).toBe('VIEWER');
    await expectRefused(m.token);
    const fresh = (await login(m.email)).data!.login.token;
    expect((await gqlOk(t.url, MeDocument, {}, { token: fresh })).me.permissions).not.toContain('leads:write');
    expect(codeOf(await gql(t.url, CreateLeadDocument, { input: { name: 'After demotion' } }, { token: fresh }))).toBe('FORBIDDEN');
  });

  it('keeps at least one active owner, and only an owner makes an owner', async () => {
    const r = await gql(t.url, ChangeUserRoleDocument, { input: { userId: org.ownerId, role: 'ADMIN' } }, { token: org.token });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.userId' });
    const admin = await member(UserRole.ADMIN);
    const m = await member();
    expect((await gql(t.url, ChangeUserRoleDocument, { input: { userId: m.id, role: 'OWNER' } }, { token: admin.token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    expect(codeOf(await gql(t.url, ChangeUserRoleDocument, { input: { userId: org.ownerId, role: 'AGENT' } }, { token: admin.token }))).toBe('FORBIDDEN');
    expect((await gqlOk(t.url, UsersDocument, {}, { token: org.token })).users.find((u) => u.id === org.ownerId)?.role).toBe('OWNER');
  });
});

describe('changePassword', () => {
  it('needs the current password, ends the other sessions and returns a token that works', async () => {
    const m = await member();
    const second = (await login(m.email)).data!.login.token;
    const wrong = await gql(t.url, ChangePasswordDocument, { input: { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD } }, { token: m.token });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
    const weak = await gql(t.url, ChangePasswordDocument, { input: { currentPassword: PASSWORD, newPassword: 'password1234' } }, { token: m.token });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });

    const r = await gqlOk(t.url, ChangePasswordDocument, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, { token: m.token });
    await expectRefused(m.token);
    await expectRefused(second);
    expect((await gqlOk(t.url, MeDocument, {}, { token: r.changePassword.token })).me.user?.id).toBe(m.id);
    expect(codeOf(await login(m.email))).toBe('UNAUTHENTICATED');
    expect((await login(m.email, NEW_PASSWORD)).data?.login.user.id).toBe(m.id);
  });

  it('is FORBIDDEN to an API key (it has no password)', async () => {
    const key = (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: 'pw', scopes: ['leads:read'] } }, { token: org.token })).createApiKey.secret;
    const r = await gql(t.url, ChangePasswordDocument, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, { token: key });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', missing: ['profile:write'] });
  });
});

describe('password reset by email', () => {
  it('requestPasswordReset answers the same whether or not the email exists, and mails a one-time link only to a real user (outbox without SMTP)', async () => {
    const m = await member();
    const known = await gql(t.url, RequestPasswordResetDocument, { input: { email: m.email } });
    const unknown = await gql(t.url, RequestPasswordResetDocument, { input: { email: 'nobody-at-all@example.com' } });
    expect(known).toMatchObject({ status: 200, data: { requestPasswordReset: { accepted: true } } });
    expect({ status: unknown.status, data: unknown.data, errors: unknown.errors }).toEqual({ status: known.status, data: known.data, errors: known.errors });
    expect(await outbox('nobody-at-all@example.com')).toEqual([]);
    const [mail] = await outbox(m.email);
    expect(mail!.subject).toBe('Reset your Switchboard password');
    expect(mail!.text).toContain('https://app.example.com/reset-password?token=');
    // Stored only as a hash: the database never holds the mailed token.
    const token = tokenIn(mail!.text);
    expect(JSON.stringify(await sqlRows(t, 'select * from one_time_token'))).not.toContain(token);
  });

  it('resetPassword works once with the mailed token, ends every old session and signs in', async () => {
    const m = await member();
    await gqlOk(t.url, RequestPasswordResetDocument, { input: { email: m.email } });
    const token = tokenIn((await outbox(m.email))[0]!.text);
    const weak = await gql(t.url, ResetPasswordDocument, { input: { token, newPassword: '            ' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });

    const r = await gqlOk(t.url, ResetPasswordDocument, { input: { token, newPassword: NEW_PASSWORD } });
    expect(r.resetPassword.user.id).toBe(m.id);
    await expectRefused(m.token);
    expect((await gqlOk(t.url, MeDocument, {}, { token: r.resetPassword.token })).me.user?.id).toBe(m.id);
    expect((await login(m.email, NEW_PASSWORD)).data?.login.user.id).toBe(m.id);

    const again = await gql(t.url, ResetPasswordDocument, { input: { token, newPassword: 'another fine passphrase 77' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect((await login(m.email, NEW_PASSWORD)).data?.login.user.id).toBe(m.id);
  });

  it('refuses a reset token after PASSWORD_RESET_TTL_SECONDS', async () => {
    const m = await member();
    await gqlOk(t.url, RequestPasswordResetDocument, { input: { email: m.email } });
    const token = tokenIn((await outbox(m.email))[0]!.text);
    clock.advance(t.app.config.accountEmail.resetTtlSeconds * 1000);
    const r = await gql(t.url, ResetPasswordDocument, { input: { token, newPassword: NEW_PASSWORD } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect((await login(m.email)).data?.login.user.id).toBe(m.id);
  });
});

describe('inviteUser and acceptInvite', () => {
  it('mails a one-time invitation; accepting creates the user with the role, signs in, and works once', async () => {
    const email = `invited-${randomBytes(4).toString('hex')}@example.com`;
    const r = await gqlOk(t.url, InviteUserDocument, { input: { email, role: 'ADMIN' } }, { token: org.token });
    expect(r.inviteUser).toMatchObject({ email, role: 'ADMIN' });
    const [mail] = await outbox(email);
    expect(mail!.text).toContain('https://app.example.com/accept-invite?token=');
    const token = tokenIn(mail!.text);

    const weak = await gql(t.url, AcceptInviteDocument, { input: { token, name: 'Ines Invited', password: 'password1234' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const accepted = await gqlOk(t.url, AcceptInviteDocument, { input: { token, name: 'Ines Invited', password: NEW_PASSWORD } });
    expect(accepted.acceptInvite.user).toMatchObject({ email, role: 'ADMIN' });
    const me = await gqlOk(t.url, MeDocument, {}, { token: accepted.acceptInvite.token });
    expect(me.me.organization.id).toBe(org.organizationId);
    expect(me.me.permissions).toContain('users:manage');

    const again = await gql(t.url, AcceptInviteDocument, { input: { token, name: 'Someone Else', password: 'another fine passphrase 77' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    const audit = await gqlOk(t.url, AuditEventsDocument, { filter: { entityId: accepted.acceptInvite.user.id } }, { token: org.token });
    expect(audit.auditEvents.edges.map((e) => e.node.action)).toEqual(['user.acceptInvite']);
  });

  it('refuses an invitation to an address that already has an account (CONFLICT), and an ADMIN cannot invite an OWNER', async () => {
    const m = await member();
    expect((await gql(t.url, InviteUserDocument, { input: { email: m.email, role: 'AGENT' } }, { token: org.token })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const admin = await member(UserRole.ADMIN);
    expect((await gql(t.url, InviteUserDocument, { input: { email: 'future-owner@example.com', role: 'OWNER' } }, { token: admin.token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
  });
});

describe('account email over SMTP', () => {
  it('sends reset links through SMTP_URL when it is set, and keeps nothing in the outbox', async () => {
    const smtp = await startSmtpSink();
    const s = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }, undefined, { clock });
    try {
      const tenant = await createTenant(s);
      await gqlOk(s.url, RequestPasswordResetDocument, { input: { email: tenant.ownerEmail } });
      await s.app.mailer.flush();
      expect(smtp.messages.map((m) => m.to)).toEqual([[tenant.ownerEmail]]);
      // Quoted-printable: undo soft line breaks and the escaped "=".
      expect(smtp.messages[0]!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')).toMatch(/reset-password\?token=[A-Za-z0-9_-]{40,}/);
      expect(await sqlRows(s, 'select id from outbox_email')).toEqual([]);
    } finally {
      await s.close();
      await smtp.close();
    }
  });
});
