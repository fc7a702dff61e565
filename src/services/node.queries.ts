import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../entities/organization.entity';
import { TENANT_FILTER, tenantFilter, type TenantFilterArgs } from '../db/tenant-filter';
import { pgArray } from './jobs/outbox';
import { isUuid } from './uuid';

/**
 * Resolves ids of any identified entity (the GraphQL `node`/`nodes` fields).
 * Ids are UUIDs, unique across tables, so one statement finds which table
 * each id lives in (a UNION ALL of primary-key lookups, each limited to the
 * caller's organization), then one `find` per kind found loads the rows
 * through the tenant filter again. Statements: 1 + kinds found, whatever the
 * number of ids. Unknown ids and other organizations' ids are simply absent.
 */
export async function findEntitiesById(em: EntityManager, ids: readonly string[], kinds: readonly EntityClass<{ id: string }>[]): Promise<Array<object | null>> {
  const organizationId = boundOrganization(em);
  const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (!wanted.length) return ids.map(() => null);

  const found = await locate(em, wanted, kinds, organizationId);
  const byId = new Map<string, object>();
  for (const [kind, kindIds] of groupByKind(found)) {
    const rows = (await em.find(kinds[kind]!, { id: { $in: kindIds } } as never)) as Array<{ id: string }>;
    for (const row of rows) byId.set(row.id, row);
  }
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

/**
 * The organization the fork is bound to, read through the tenant filter's own
 * condition so the two cannot drift: an unbound fork throws (fails closed).
 */
function boundOrganization(em: EntityManager): string {
  const cond = tenantFilter.cond(em.getFilterParams<TenantFilterArgs>(TENANT_FILTER));
  return cond.organization;
}

async function locate(em: EntityManager, ids: string[], kinds: readonly EntityClass<{ id: string }>[], organizationId: string): Promise<Array<{ kind: number; id: string }>> {
  const metadata = em.getMetadata();
  const branches = kinds.map((entity, kind) => {
    const meta = metadata.get(entity.name);
    // Organization is the tenant itself: its own id is the only one visible.
    const owner = entity === Organization ? 'id' : meta.properties['organization' as never]?.fieldNames[0];
    if (!owner) throw new Error(`node lookup: ${entity.name} has no organization column`);
    return `select ${kind} as kind, t.id from "${meta.tableName}" t join wanted w on w.id = t.id where t."${owner}" = ?::uuid`;
  });
  const sql = `with wanted(id) as (select unnest(?::uuid[])) ${branches.join(' union all ')}`;
  const rows: Array<{ kind: number; id: string }> = await em.getConnection().execute(sql, [pgArray(ids), ...kinds.map(() => organizationId)], 'all', em.getTransactionContext());
  return rows.map((r) => ({ kind: Number(r.kind), id: String(r.id) }));
}

function groupByKind(rows: Array<{ kind: number; id: string }>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const { kind, id } of rows) groups.set(kind, [...(groups.get(kind) ?? []), id]);
  return groups;
}
