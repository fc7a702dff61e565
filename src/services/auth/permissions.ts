import { UserRole } from '../../entities/user.entity';

/**
 * The one table of who may do what. API keys carry permissions directly as
 * scopes; users get them through their role.
 */
export const PERMISSIONS = [
  'leads:read',
  'leads:write',
  'calls:read',
  'calls:write',
  'quotes:read',
  'alerts:read',
  'alerts:write',
  'audit:read',
  'apikeys:manage',
  'users:manage',
  'org:manage',
  'numbers:manage',
  'usage:read',
  'bridge',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Scopes an API key may be given (a subset of permissions: keys never manage people or keys). */
export const API_KEY_SCOPES: readonly Permission[] = ['leads:read', 'leads:write', 'calls:read', 'calls:write', 'quotes:read', 'alerts:read', 'bridge'];

const READ: Permission[] = ['leads:read', 'calls:read', 'quotes:read', 'alerts:read'];
const WORK: Permission[] = [...READ, 'leads:write', 'calls:write', 'alerts:write'];
const ADMIN: Permission[] = [...WORK, 'audit:read', 'apikeys:manage', 'users:manage', 'numbers:manage', 'usage:read'];

const ROLE_PERMISSIONS: Record<UserRole, ReadonlySet<Permission>> = {
  [UserRole.VIEWER]: new Set(READ),
  [UserRole.AGENT]: new Set(WORK),
  [UserRole.ADMIN]: new Set(ADMIN),
  [UserRole.OWNER]: new Set([...ADMIN, 'org:manage']),
};

export function permissionsOfRole(role: UserRole): ReadonlySet<Permission> {
  return ROLE_PERMISSIONS[role];
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
