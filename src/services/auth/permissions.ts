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
  'quotes:write',
  'alerts:read',
  'alerts:write',
  'audit:read',
  'apikeys:manage',
  'users:manage',
  'org:manage',
  'numbers:manage',
  'usage:read',
  'system:read',
  'profile:write',
  'bridge',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Scopes an API key may be given (a subset of permissions: keys never manage people or keys). */
export const API_KEY_SCOPES: readonly Permission[] = ['leads:read', 'leads:write', 'calls:read', 'calls:write', 'quotes:read', 'quotes:write', 'alerts:read', 'system:read', 'bridge'];

/** `profile:write`: a person's own password (changePassword); keys have no password, so no key gets it. */
const READ: Permission[] = ['leads:read', 'calls:read', 'quotes:read', 'alerts:read', 'profile:write'];
const WORK: Permission[] = [...READ, 'leads:write', 'calls:write', 'quotes:write', 'alerts:write'];
/** `system:read`: systemStatus (breakers, today's numbers, month-to-date AI spend). */
const ADMIN: Permission[] = [...WORK, 'audit:read', 'apikeys:manage', 'users:manage', 'numbers:manage', 'usage:read', 'system:read'];

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
