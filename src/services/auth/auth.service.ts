import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../../entities/api-key.entity';
import { User, UserRole } from '../../entities/user.entity';
import { UnauthenticatedError } from '../../errors';
import { ACROSS_TENANTS } from '../../db/tenant-filter';
import type { Clock } from '../clock';
import { hashesMatch, hashKey, looksLikeApiKey, prefixOf } from './api-key-secret';
import { signSession, verifySession, type JwtSettings } from './jwt';
import type { LoginThrottle } from './login-throttle';
import { isPermission, permissionsOfRole, type Permission } from './permissions';
import type { Principal } from './principal';

/** Minimum time between lastUsedAt writes for one key: a busy key must not write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_CACHED_KEYS = 10_000;

interface CachedKey {
  principal: Principal;
  apiKeyId: string;
  expiresAt: number;
}

/** What a session token is checked against; null: no such user. */
type UserState = { organizationId: string; role: UserRole; active: boolean; sessionVersion: number } | null;

interface CachedUser {
  state: UserState;
  expiresAt: number;
}

/**
 * Turns credentials into a Principal. The only code that looks across
 * tenants, and only by a value unique across Switchboard (email, key prefix).
 */
export class AuthService {
  private dummyHash: Promise<string> | undefined;
  /** Recently verified keys by hash: a partner's steady traffic costs no lookup per request. */
  private readonly keyCache = new Map<string, CachedKey>();
  /** Users behind session tokens, by id: same trust window as keys. */
  private readonly userCache = new Map<string, CachedUser>();

  /**
   * @param apiKeyCacheMs how long a verified API key, or a token's user, is
   *   trusted without a lookup. Revocation, deactivation and role or
   *   password changes are immediate in the process that makes them and take
   *   at most this long in the others.
   */
  constructor(
    private readonly jwt: JwtSettings,
    private readonly forkEm: () => EntityManager,
    private readonly apiKeyCacheMs: number,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottle,
    /** Counts login outcomes (metrics). */
    private readonly onLogin: (outcome: 'succeeded' | 'failed' | 'throttled') => void = () => undefined,
  ) {}

  /** Called on revocation so this process stops trusting the key at once. */
  forgetApiKey(apiKeyId: string): void {
    for (const [hash, entry] of this.keyCache) if (entry.apiKeyId === apiKeyId) this.keyCache.delete(hash);
  }

  /** Called when a user is deactivated or changes role or password, so this process re-reads them at once. */
  forgetUser(userId: string): void {
    this.userCache.delete(userId);
  }

  /** Throttled per email+IP and per IP (see LoginThrottle) before any hash is computed. */
  async login(email: string, password: string, ip: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const address = email.trim().toLowerCase();
    try {
      await this.throttle.assertMayTry(address, ip);
    } catch (err) {
      this.onLogin('throttled');
      throw err;
    }
    const em = this.forkEm();
    const user = await em.findOne(User, { email: address }, { ...ACROSS_TENANTS, populate: ['passwordHash'] });
    // Verify against a dummy hash when there is no user, so timing does not reveal which emails exist.
    const hash = user?.active ? user.passwordHash : await this.dummy();
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !ok) {
      this.onLogin('failed');
      await this.throttle.failed(address, ip);
      throw new UnauthenticatedError('Email or password is wrong');
    }
    this.onLogin('succeeded');
    await this.throttle.succeeded(address, ip);
    return { ...(await this.issue(user)), user };
  }

  /** A session token for `user` as it is now (its role and sessionVersion). */
  issue(user: User): Promise<{ token: string; expiresAt: Date }> {
    return signSession(this.jwt, { userId: user.id, organizationId: user.organization.id, role: user.role, sessionVersion: user.sessionVersion }, this.clock.now());
  }

  /** Whether `password` is this user's current one (changePassword asks for it). */
  async passwordMatches(userId: string, password: string): Promise<boolean> {
    const user = await this.forkEm().findOne(User, { id: userId }, { ...ACROSS_TENANTS, populate: ['passwordHash'] });
    return !!user && (await argon2.verify(user.passwordHash, password).catch(() => false));
  }

  /** `Authorization: Bearer …` → Principal; no header → null; a bad one → UNAUTHENTICATED. */
  async authenticate(authorization: string | undefined | null): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    const token = match[1]!;
    return looksLikeApiKey(token) ? this.fromApiKey(token) : this.fromJwt(token);
  }

  /**
   * A signature proves who issued the token, not that its user may still act:
   * the user must exist, be active, belong to the token's organization and
   * not have had its sessions ended since (sessionVersion). The role comes
   * from the user as it is now.
   */
  private async fromJwt(token: string): Promise<Principal> {
    const claims = await verifySession(this.jwt, token, this.clock.now());
    const user = await this.userState(claims.userId);
    if (!user || !user.active || user.organizationId !== claims.organizationId || user.sessionVersion !== claims.sessionVersion) {
      throw new UnauthenticatedError('Session has ended; sign in again');
    }
    return { kind: 'user', userId: claims.userId, organizationId: user.organizationId, role: user.role, permissions: permissionsOfRole(user.role) };
  }

  private async userState(userId: string): Promise<UserState> {
    const now = this.clock.now().getTime();
    const cached = this.userCache.get(userId);
    if (cached && cached.expiresAt > now) return cached.state;
    const row = await this.forkEm().findOne(User, { id: userId }, ACROSS_TENANTS);
    const state: UserState = row ? { organizationId: row.organization.id, role: row.role, active: row.active, sessionVersion: row.sessionVersion } : null;
    if (this.apiKeyCacheMs > 0) {
      if (this.userCache.size >= MAX_CACHED_KEYS) this.userCache.delete(this.userCache.keys().next().value!);
      this.userCache.set(userId, { state, expiresAt: now + this.apiKeyCacheMs });
    }
    return state;
  }

  private async fromApiKey(key: string): Promise<Principal> {
    const prefix = prefixOf(key);
    if (!prefix) throw new UnauthenticatedError('API key is not valid');
    const hash = hashKey(key);
    const cached = this.keyCache.get(hash);
    if (cached && cached.expiresAt > this.clock.now().getTime()) return cached.principal;
    const em = this.forkEm();
    const row = await em.findOne(ApiKey, { prefix }, { ...ACROSS_TENANTS, populate: ['secretHash'] });
    if (!row || !hashesMatch(row.secretHash, hash)) throw new UnauthenticatedError('API key is not valid');
    if (row.revokedAt) {
      this.keyCache.delete(hash);
      throw new UnauthenticatedError('API key has been revoked');
    }
    this.touch(em, row);
    const scopes = row.scopes.filter(isPermission) as Permission[];
    const principal: Principal = { kind: 'apiKey', apiKeyId: row.id, organizationId: row.organization.id, permissions: new Set(scopes) };
    if (this.apiKeyCacheMs > 0) {
      if (this.keyCache.size >= MAX_CACHED_KEYS) this.keyCache.delete(this.keyCache.keys().next().value!);
      this.keyCache.set(hash, { principal, apiKeyId: row.id, expiresAt: this.clock.now().getTime() + this.apiKeyCacheMs });
    }
    return principal;
  }

  /** Records use without delaying the request; a lost write only makes lastUsedAt a minute staler. */
  private touch(em: EntityManager, row: ApiKey): void {
    const now = this.clock.now();
    if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    void em.nativeUpdate(ApiKey, { id: row.id }, { lastUsedAt: now }, ACROSS_TENANTS).catch(() => undefined);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= argon2.hash('switchboard-dummy-password');
    return this.dummyHash;
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}
