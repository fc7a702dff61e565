import type { UserRole } from '../../entities/user.entity';
import type { Permission } from './permissions';

/** Who is calling, decided once at the edge (HTTP header or graphql-ws connection_init). */
export type Principal =
  | { kind: 'user'; userId: string; organizationId: string; role: UserRole; permissions: ReadonlySet<Permission> }
  | { kind: 'apiKey'; apiKeyId: string; organizationId: string; permissions: ReadonlySet<Permission> };

export function actorOf(principal: Principal) {
  return principal.kind === 'user'
    ? { type: 'USER' as const, id: principal.userId }
    : { type: 'API_KEY' as const, id: principal.apiKeyId };
}
