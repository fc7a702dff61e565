import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../../entities/api-key.entity';
import { User, UserRole } from '../../entities/user.entity';
import { UnauthenticatedError } from '../../errors';
import { ACROSS_TENANTS } from '../../db/tenant-filter';
import { hashesMatch, hashKey, looksLikeApiKey, prefixOf } from './api-key-secret';
import { signSession, verifySession, type JwtSettings } from './jwt';
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

/**
 * Turns credentials into a Principal. The only code that looks across
 * tenants, and only by a value unique across Switchboard (email, key prefix).
 */
export class AuthService {
  private dummyHash: Promise<string> | undefined;
  /** Recently verified keys by hash: a partner's steady traffic costs no lookup per request. */
  private readonly keyCache = new Map<string, CachedKey>();

  /**
   * @param apiKeyCacheMs how long a verified API key is trusted without a
   *   lookup. Revocation is immediate in the process that revokes and takes
   *   at most this long in the others.
   */
  constructor(
    private readonly jwt: JwtSettings,
    private readonly forkEm: () => EntityManager,
    private readonly apiKeyCacheMs = 10_000,
  ) {}

  /** Called on revocation so this process stops trusting the key at once. */
  forgetApiKey(apiKeyId: string): void {
    for (const [hash, entry] of this.keyCache) if (entry.apiKeyId === apiKeyId) this.keyCache.delete(hash);
  }

  async login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const em = this.forkEm();
    const user = await em.findOne(User, { email: email.trim().toLowerCase() }, { ...ACROSS_TENANTS, populate: ['passwordHash'] });
    // Verify against a dummy hash when there is no user, so timing does not reveal which emails exist.
    const hash = user?.active ? user.passwordHash : await this.dummy();
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !ok) throw new UnauthenticatedError('Email or password is wrong');
    const session = await signSession(this.jwt, { userId: user.id, organizationId: user.organization.id, role: user.role });
    return { ...session, user };
  }

  /** `Authorization: Bearer …` → Principal; no header → null; a bad one → UNAUTHENTICATED. */
  async authenticate(authorization: string | undefined | null): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    const token = match[1]!;
    return looksLikeApiKey(token) ? this.fromApiKey(token) : this.fromJwt(token);
  }

  private async fromJwt(token: string): Promise<Principal> {
    const claims = await verifySession(this.jwt, token);
    const role = claims.role as UserRole;
    if (!Object.values(UserRole).includes(role)) throw new UnauthenticatedError('Token is not valid');
    return { kind: 'user', userId: claims.userId, organizationId: claims.organizationId, role, permissions: permissionsOfRole(role) };
  }

  private async fromApiKey(key: string): Promise<Principal> {
    const prefix = prefixOf(key);
    if (!prefix) throw new UnauthenticatedError('API key is not valid');
    const hash = hashKey(key);
    const cached = this.keyCache.get(hash);
    if (cached && cached.expiresAt > Date.now()) return cached.principal;
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
      this.keyCache.set(hash, { principal, apiKeyId: row.id, expiresAt: Date.now() + this.apiKeyCacheMs });
    }
    return principal;
  }

  /** Records use without delaying the request; a lost write only makes lastUsedAt a minute staler. */
  private touch(em: EntityManager, row: ApiKey): void {
    const now = new Date();
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
