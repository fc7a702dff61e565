import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OneTimeToken, OneTimeTokenKind } from '../../entities/one-time-token.entity';
import { Organization } from '../../entities/organization.entity';
import { User, UserRole } from '../../entities/user.entity';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { ACROSS_TENANTS, bindTenant } from '../../db/tenant-filter';
import type { Config } from '../../config';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { toE164 } from '../lead-input';
import { isUuid } from '../lead.service';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import type { AccountMailer } from './account-mailer';
import { hashPassword, type AuthService } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import { checkPassword, cleanName, normalizeEmail } from './user-input';

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  phone?: string;
}

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

/** The one-time secret mailed out; only its hash is stored. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * People of an organization: create, invite, deactivate, change role or
 * password, reset a forgotten password. Every change that affects what a
 * user may do bumps their sessionVersion (ending every open session and
 * socket) and tells authentication to forget them at once in this process.
 */
export class UserService {
  constructor(
    private readonly effects: Effects,
    private readonly auth: AuthService,
    private readonly mailer: AccountMailer,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
    private readonly settings: Config['accountEmail'],
    private readonly forkEm: () => EntityManager,
  ) {}

  async createUser(scope: Scope, input: NewUser, callerRole: UserRole | null): Promise<User> {
    const email = normalizeEmail(input.email, 'input.email');
    const name = cleanName(input.name, 'input.name');
    checkPassword(input.password, 'input.password', [email, name]);
    if (input.role === UserRole.OWNER && callerRole !== UserRole.OWNER) {
      throw BadUserInputError.forField('input.role', 'only an owner can create another owner');
    }
    const passwordHash = await hashPassword(input.password);
    return inTransaction(scope.em, this.effects, async (tx) => {
      if (await tx.count(User, { email }, ACROSS_TENANTS)) throw new ConflictError('Another user already has this email', 'input.email');
      const user = tx.create(User, {
        organization: tx.getReference(Organization, scope.organizationId),
        email,
        name,
        role: input.role,
        passwordHash,
        phone: input.phone ? toE164(input.phone, 'input.phone') : undefined,
      });
      recordAudit(tx, scope, { action: 'user.create', entityType: 'User', entityId: user.id, after: { email, role: input.role } });
      return user;
    });
  }

  /** Ends every session of the user and refuses their logins; their history stays. */
  async deactivateUser(scope: Scope, userId: string, callerRole: UserRole | null): Promise<User> {
    return this.changeUser(scope, userId, async (tx, user) => {
      if (scope.actor.id === user.id) throw BadUserInputError.forField('input.userId', 'you cannot deactivate yourself');
      this.assertMayManage(callerRole, user.role);
      if (user.active) await assertNotLastOwner(tx, user);
      const before = { active: user.active };
      user.active = false;
      return { action: 'user.deactivate', before, after: { active: false } };
    });
  }

  async changeUserRole(scope: Scope, userId: string, role: UserRole, callerRole: UserRole | null): Promise<User> {
    return this.changeUser(scope, userId, async (tx, user) => {
      this.assertMayManage(callerRole, user.role, role);
      if (user.role === UserRole.OWNER && role !== UserRole.OWNER) await assertNotLastOwner(tx, user);
      const before = { role: user.role };
      user.role = role;
      return { action: 'user.changeRole', before, after: { role } };
    });
  }

  /**
   * The caller's own password; needs the current one, guessed no faster than
   * at login (same throttle, keyed by the user and IP). Returns a fresh
   * session, since the old ones end.
   */
  async changePassword(scope: Scope, currentPassword: string, newPassword: string, ip: string): Promise<Session> {
    const userId = scope.actor.type === 'USER' ? scope.actor.id : null;
    if (!userId) throw new ForbiddenError('Only a signed-in user has a password to change');
    const throttleKey = `user:${userId}`;
    await this.throttle.assertMayTry(throttleKey, ip);
    if (!(await this.auth.passwordMatches(userId, currentPassword))) {
      await this.throttle.failed(throttleKey, ip);
      throw BadUserInputError.forField('input.currentPassword', 'is not your current password');
    }
    await this.throttle.succeeded(throttleKey, ip);
    const user = await this.changeUser(scope, userId, async (_tx, u) => {
      checkPassword(newPassword, 'input.newPassword', [u.email, u.name]);
      u.passwordHash = await hashPassword(newPassword);
      return { action: 'user.changePassword', before: {}, after: { passwordChanged: true } };
    });
    return { ...(await this.auth.issue(user)), user };
  }

  /** Mails a one-time invitation; the account is created when it is accepted. */
  async inviteUser(scope: Scope, input: { email: string; role: UserRole }, callerRole: UserRole | null): Promise<{ email: string; role: UserRole; expiresAt: Date }> {
    const email = normalizeEmail(input.email, 'input.email');
    if (input.role === UserRole.OWNER && callerRole !== UserRole.OWNER) throw BadUserInputError.forField('input.role', 'only an owner can invite another owner');
    const secret = newSecret();
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.inviteTtlSeconds * 1000);
    const org = await inTransaction(scope.em, this.effects, async (tx) => {
      if (await tx.count(User, { email }, ACROSS_TENANTS)) throw new ConflictError('Another user already has this email', 'input.email');
      const organization = await tx.findOneOrFail(Organization, scope.organizationId);
      const invite = tx.create(OneTimeToken, { organization, kind: OneTimeTokenKind.INVITE, tokenHash: secret.hash, email, role: input.role, expiresAt });
      recordAudit(tx, scope, { action: 'user.invite', entityType: 'OneTimeToken', entityId: invite.id, after: { email, role: input.role, expiresAt: expiresAt.toISOString() } });
      return organization;
    });
    this.mailer.send({
      organizationId: org.id,
      to: email,
      subject: `You are invited to ${org.name} on Switchboard`,
      text: `You have been invited to join ${org.name} on Switchboard as ${input.role}.\n\nAccept the invitation (valid until ${expiresAt.toISOString()}):\n${this.link('accept-invite', secret.token)}\n\nOr send this token with the acceptInvite mutation: ${secret.token}\n`,
    });
    return { email, role: input.role, expiresAt };
  }

  /** Creates the invited account and signs it in; the invitation cannot be used again. */
  async acceptInvite(input: { token: string; name: string; password: string }): Promise<Session> {
    const name = cleanName(input.name, 'input.name');
    const em = this.forkEm();
    const found = await this.usableToken(em, OneTimeTokenKind.INVITE, input.token);
    checkPassword(input.password, 'input.password', [found.email, name]);
    const passwordHash = await hashPassword(input.password);
    const scope = systemScope(em, found.organization.id);
    const user = await inTransaction(scope.em, this.effects, async (tx) => {
      const invite = await this.claim(tx, found);
      if (await tx.count(User, { email: invite.email }, ACROSS_TENANTS)) throw new ConflictError('Another user already has this email', 'input.token');
      const created = tx.create(User, { organization: invite.organization, email: invite.email, name, role: invite.role ?? UserRole.VIEWER, passwordHash });
      recordAudit(tx, { ...scope, em: tx }, { action: 'user.acceptInvite', entityType: 'User', entityId: created.id, after: { email: invite.email, role: created.role } });
      return created;
    });
    return { ...(await this.auth.issue(user)), user };
  }

  /**
   * Mails a reset link if the address belongs to an active user. Answers
   * the same either way, and the mail goes out after the answer, so neither
   * the answer nor its timing tells whether the address exists.
   */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = normalizeEmail(emailInput, 'input.email');
    if (!(await this.throttle.mayRequestReset(email))) return;
    const em = this.forkEm();
    const user = await em.findOne(User, { email }, ACROSS_TENANTS);
    if (!user?.active) return;
    const secret = newSecret();
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.resetTtlSeconds * 1000);
    const scope = systemScope(em, user.organization.id);
    await inTransaction(scope.em, this.effects, async (tx) => {
      // A new request supersedes older links.
      await tx.nativeUpdate(OneTimeToken, { user: user.id, kind: OneTimeTokenKind.PASSWORD_RESET, usedAt: null }, { usedAt: this.clock.now() });
      const reset = tx.create(OneTimeToken, { organization: user.organization, kind: OneTimeTokenKind.PASSWORD_RESET, tokenHash: secret.hash, user, email, expiresAt });
      recordAudit(tx, { ...scope, actor: { type: 'USER', id: user.id } }, { action: 'user.requestPasswordReset', entityType: 'User', entityId: user.id, after: { tokenId: reset.id } });
    });
    this.mailer.send({
      organizationId: user.organization.id,
      to: email,
      subject: 'Reset your Switchboard password',
      text: `Someone (hopefully you) asked to reset the password of ${email} on Switchboard.\n\nChoose a new password (the link works once, until ${expiresAt.toISOString()}):\n${this.link('reset-password', secret.token)}\n\nOr send this token with the resetPassword mutation: ${secret.token}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
    });
  }

  /** Sets a new password with a mailed token (single use), ends every other session and signs in. */
  async resetPassword(input: { token: string; newPassword: string }): Promise<Session> {
    const em = this.forkEm();
    const found = await this.usableToken(em, OneTimeTokenKind.PASSWORD_RESET, input.token);
    const target = await em.findOne(User, { id: found.user?.id ?? '' }, ACROSS_TENANTS);
    if (!target?.active) throw invalidToken();
    checkPassword(input.newPassword, 'input.newPassword', [target.email, target.name]);
    const passwordHash = await hashPassword(input.newPassword);
    const scope = { ...systemScope(em, target.organization.id), actor: { type: 'USER' as const, id: target.id } };
    const user = await this.changeUser(scope, target.id, async (tx, u) => {
      await this.claim(tx, found);
      u.passwordHash = passwordHash;
      return { action: 'user.resetPassword', before: {}, after: { passwordChanged: true } };
    });
    return { ...(await this.auth.issue(user)), user };
  }

  /** Loads the user in the caller's organization, applies `change`, ends their sessions, audits. */
  private async changeUser(
    scope: Scope,
    userId: string,
    change: (tx: EntityManager, user: User) => Promise<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<User> {
    const user = await inTransaction(scope.em, this.effects, async (tx) => {
      const target = isUuid(userId) ? await tx.findOne(User, userId) : null;
      if (!target) throw new NotFoundError('User', userId);
      const { action, before, after } = await change(tx, target);
      target.sessionVersion += 1;
      recordAudit(tx, scope, { action, entityType: 'User', entityId: target.id, before, after });
      return target;
    });
    this.auth.forgetUser(user.id);
    return user;
  }

  /** Only an owner may act on an owner or make one (the latter named like createUser's input.role). */
  private assertMayManage(callerRole: UserRole | null, targetRole: UserRole, newRole?: UserRole): void {
    if (callerRole === UserRole.OWNER) return;
    if (targetRole === UserRole.OWNER) throw new ForbiddenError('Only an owner can change or deactivate an owner');
    if (newRole === UserRole.OWNER) throw BadUserInputError.forField('input.role', 'only an owner can make another owner');
  }

  private async usableToken(em: EntityManager, kind: OneTimeTokenKind, token: string): Promise<OneTimeToken> {
    const row = token ? await em.findOne(OneTimeToken, { tokenHash: hashToken(token), kind }, ACROSS_TENANTS) : null;
    if (!row || row.usedAt || row.expiresAt <= this.clock.now()) throw invalidToken();
    return row;
  }

  /** Marks the token used inside the transaction; a concurrent use of the same token loses. */
  private async claim(tx: EntityManager, token: OneTimeToken): Promise<OneTimeToken> {
    const claimed = await tx.nativeUpdate(OneTimeToken, { id: token.id, usedAt: null }, { usedAt: this.clock.now() });
    if (claimed !== 1) throw invalidToken();
    return token;
  }

  private link(path: string, token: string): string {
    return `${this.settings.appBaseUrl}/${path}?token=${encodeURIComponent(token)}`;
  }
}

/** One message for unknown, used and expired tokens: nothing to learn by trying. */
const invalidToken = () => BadUserInputError.forField('input.token', 'is not valid or has expired; ask for a new one');

async function assertNotLastOwner(tx: EntityManager, user: User): Promise<void> {
  if (user.role !== UserRole.OWNER) return;
  const owners = await tx.count(User, { role: UserRole.OWNER, active: true, id: { $ne: user.id } });
  if (!owners) throw new ConflictError('The organization must keep at least one active owner', 'input.userId');
}

function systemScope(em: EntityManager, organizationId: string): Scope {
  return { em: bindTenant(em, organizationId), organizationId, actor: { type: 'SYSTEM', id: null } };
}
