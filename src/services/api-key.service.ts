import { ApiKey } from '../entities/api-key.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { BadUserInputError, NotFoundError } from '../errors';
import { recordAudit } from './audit.service';
import { generateKeySecret } from './auth/api-key-secret';
import { API_KEY_SCOPES, type Permission } from './auth/permissions';
import { isUuid } from './lead.service';
import type { Effects, Scope } from './scope';
import { inTransaction } from './unit-of-work';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole key: returned once, never stored or shown again. */
  secret: string;
}

export class ApiKeyService {
  constructor(
    private readonly effects: Effects,
    /** Tells authentication to stop trusting a revoked key at once. */
    private readonly onRevoked: (apiKeyId: string) => void = () => undefined,
  ) {}

  async create(scope: Scope, name: string, scopes: string[]): Promise<CreatedApiKey> {
    const clean = name.trim();
    if (!clean || clean.length > 100) throw BadUserInputError.forField('input.name', 'must be 1–100 characters');
    if (!scopes.length) throw BadUserInputError.forField('input.scopes', 'give at least one scope');
    const unknown = scopes.filter((s) => !API_KEY_SCOPES.includes(s as Permission));
    if (unknown.length) {
      throw BadUserInputError.forField('input.scopes', `unknown scope(s) ${unknown.join(', ')}; allowed: ${API_KEY_SCOPES.join(' ')}`);
    }
    return inTransaction(scope.em, this.effects, async (tx) => {
      const secret = generateKeySecret();
      const apiKey = tx.create(ApiKey, {
        organization: tx.getReference(Organization, scope.organizationId),
        name: clean,
        prefix: secret.prefix,
        secretHash: secret.hash,
        scopes: [...new Set(scopes)],
        createdBy: scope.actor.type === 'USER' && scope.actor.id ? tx.getReference(User, scope.actor.id) : undefined,
      });
      recordAudit(tx, scope, { action: 'apiKey.create', entityType: 'ApiKey', entityId: apiKey.id, after: { name: clean, prefix: secret.prefix, scopes } });
      return { apiKey, secret: secret.key };
    });
  }

  async revoke(scope: Scope, id: string): Promise<ApiKey> {
    const revoked = await inTransaction(scope.em, this.effects, async (tx) => {
      const apiKey = isUuid(id) ? await tx.findOne(ApiKey, id) : null;
      if (!apiKey) throw new NotFoundError('ApiKey', id);
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        recordAudit(tx, scope, { action: 'apiKey.revoke', entityType: 'ApiKey', entityId: apiKey.id, after: { revokedAt: apiKey.revokedAt.toISOString() } });
      }
      return apiKey;
    });
    this.onRevoked(revoked.id);
    return revoked;
  }
}
