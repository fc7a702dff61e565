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

export const tenantFilter = {
  name: TENANT_FILTER,
  entity: TENANT_ENTITIES.map((e) => e.name),
  default: true,
  cond: (args: TenantFilterArgs) => {
    if (!args?.organizationId) throw new Error('tenant filter: no organization bound');
    return { organization: args.organizationId };
  },
};

/** A fork that sees exactly one organization's rows. */
export function bindTenant(em: EntityManager, organizationId: string): EntityManager {
  em.setFilterParams(TENANT_FILTER, { organizationId } satisfies TenantFilterArgs);
  return em;
}

/** Options for the rare system lookups that must cross tenants (login by email, API key by prefix). */
export const ACROSS_TENANTS = { filters: { [TENANT_FILTER]: false } } as const;
