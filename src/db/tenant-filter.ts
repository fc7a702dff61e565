import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_ENTITIES } from '../entities';

/**
 * The one tenancy rule for reads (DESIGN.md §3). The filter is on by default
 * and takes a required parameter: an EntityManager fork with no organization
 * bound throws on its first query instead of returning every tenant's rows.
 */
export const TENANT_FILTER = 'tenant';

export interface TenantFilterArgs {
  organizationId: string;
}

const TENANT_ENTITY_NAMES = new Set(TENANT_ENTITIES.map((e) => e.name));

/**
 * The organization a filter's parameters name; throws when none is bound. The
 * MikroORM filter and the plain-row read path (db/read-rows.ts) both take the
 * condition from here, so they fail closed the same way.
 */
export function organizationOf(args: TenantFilterArgs | undefined): string {
  if (!args?.organizationId) throw new Error('tenant filter: no organization bound');
  return args.organizationId;
}

export const tenantFilter = {
  name: TENANT_FILTER,
  entity: [...TENANT_ENTITY_NAMES],
  default: true,
  cond: (args: TenantFilterArgs) => ({ organization: organizationOf(args) }),
};

/**
 * The read path's tenant condition for an entity, from the same parameters
 * the fork's filter would use: `{ organization }` for tenant data, nothing for
 * the few system tables the filter does not cover either.
 */
export function readScope(em: EntityManager, entityName: string): { organization: string } | Record<string, never> {
  if (!TENANT_ENTITY_NAMES.has(entityName)) return {};
  return { organization: organizationOf(em.getFilterParams<TenantFilterArgs>(TENANT_FILTER)) };
}

/** A fork that sees exactly one organization's rows. */
export function bindTenant(em: EntityManager, organizationId: string): EntityManager {
  em.setFilterParams(TENANT_FILTER, { organizationId } satisfies TenantFilterArgs);
  return em;
}

/** Options for the rare system lookups that must cross tenants (login by email, API key by prefix). */
export const ACROSS_TENANTS = { filters: { [TENANT_FILTER]: false } } as const;
