import { BigIntType, QueryHelper, ReferenceKind, Utils, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readScope } from './tenant-filter';

/**
 * The read path (docs/architecture.md "Reads"): GraphQL reads that only
 * serialize get plain rows, never managed entities — no identity map, no
 * unit of work, no hydration. Writes keep the unit of work.
 *
 * A row has every stored scalar property under its entity name (`createdAt`),
 * and each to-one reference as `<name>Id` (`ownerId`): what a field resolver
 * needs to load the referenced row through a loader. The tenant condition
 * comes from db/tenant-filter.ts, the filter's own source, and throws the
 * same way when the fork has no organization bound.
 */
export type ReadRow = Record<string, unknown> & { id: string };

/** The properties a row carries: stored scalars and owning to-one references (lazy and formula columns left out). */
function storedProps(meta: EntityMetadata): EntityProperty[] {
  return meta.props.filter(
    (p) =>
      p.persist !== false &&
      !p.lazy &&
      !p.formula &&
      p.fieldNames?.length === 1 &&
      (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
  );
}

const isReference = (p: EntityProperty) => p.kind === ReferenceKind.MANY_TO_ONE || p.kind === ReferenceKind.ONE_TO_ONE;
/** int8 arrives from pg as a string; the entities declare it as a JS number. */
const isNumericBigInt = (p: EntityProperty) => p.customType instanceof BigIntType && (p.customType as BigIntType<'number'>).mode === 'number';

/** A driver result (property names, references as their key) as a ReadRow. */
export function toRow(meta: EntityMetadata, data: Record<string, unknown>): ReadRow {
  const row: Record<string, unknown> = {};
  for (const p of storedProps(meta)) {
    const value = data[p.name];
    if (isReference(p)) row[`${p.name}Id`] = value ?? null;
    else row[p.name] = value != null && isNumericBigInt(p) ? Number(value) : value;
  }
  for (const p of meta.props) if (p.formula && p.name in data) row[p.name] = data[p.name];
  return row as ReadRow;
}

/**
 * Rows of one entity matching `where`, scoped to the bound organization, in
 * one statement: MikroORM's driver (the same SQL and keyset conditions as
 * `em.find`) without the entity manager's hydration.
 */
export async function findRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: FindOptions<T> & Record<string, unknown> = {}): Promise<ReadRow[]> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const scope = readScope(em, meta.className);
  // The same normalization em.find applies before the driver (raw fragments, entity references, operators).
  const normalized = QueryHelper.processWhere({ where, entityName: meta.className, metadata: em.getMetadata(), platform: em.getPlatform(), aliased: true }) as FilterQuery<T>;
  const scoped = (Object.keys(scope).length ? { $and: [scope, normalized] } : normalized) as FilterQuery<T>;
  const data = await em.getDriver().find(meta.className, scoped as never, { ...options, ctx: em.getTransactionContext() } as never);
  return (data as Record<string, unknown>[]).map((d) => toRow(meta as EntityMetadata, d));
}

/** One child page of a parent: key values to start after/before, and how many. */
export interface ChildPageQuery {
  /** Rows to return (the statement asks for one more, to know whether more exist). */
  limit: number;
  /** Page backward: the last `limit` rows before `before` (or of all), still returned in the connection's order. */
  backward: boolean;
  after?: unknown[];
  before?: unknown[];
}

export interface ChildListSpec {
  entity: EntityName<object>;
  /** The child's to-one reference to its parent (`lead` on Call). */
  parent: string;
  /** The connection's order: property names ending with `id`, all one direction. */
  order: string[];
  direction: 'asc' | 'desc';
}

/**
 * Each parent's page of children in ONE statement: a LATERAL subquery per
 * parent id with its own ORDER BY … LIMIT, so the work follows the page asked
 * for and never how many children are stored (with an index on the parent
 * and order columns, each parent reads `limit + 1` index entries).
 */
export async function childPages(em: EntityManager, spec: ChildListSpec, parentIds: readonly string[], page: ChildPageQuery): Promise<{ rows: ReadRow[]; hasMore: boolean }[]> {
  const meta = em.getMetadata().get(Utils.className(spec.entity)) as EntityMetadata;
  const props = storedProps(meta);
  const parentProp = meta.properties[spec.parent as never] as EntityProperty | undefined;
  if (!parentProp || !isReference(parentProp)) throw new Error(`read path: ${meta.className}.${spec.parent} is not a reference`);
  const column = (name: string) => {
    const p = meta.properties[name as never] as EntityProperty | undefined;
    if (!p?.fieldNames?.[0]) throw new Error(`read path: ${meta.className}.${name} has no column`);
    return { sql: `c."${p.fieldNames[0]}"`, type: String(p.columnTypes?.[0] ?? 'text') };
  };
  const select = props.map((p) => `c."${p.fieldNames[0]}"`).join(', ');
  const keys = spec.order.map(column);
  const tuple = `(${keys.map((k) => k.sql).join(', ')})`;
  const values = `(${keys.map((k) => `?::${k.type}`).join(', ')})`;
  const forward = spec.direction === 'desc' ? '<' : '>';
  const backward = spec.direction === 'desc' ? '>' : '<';
  const conditions: string[] = [`c."${parentProp.fieldNames[0]}" = p.id`];
  // knex spreads an array binding into a list: `array[?]` becomes `array[$1, $2, …]`.
  const params: unknown[] = [[...parentIds]];
  const scope = readScope(em, meta.className);
  if ('organization' in scope) {
    conditions.push(`c."organization_id" = ?`);
    params.push(scope.organization);
  }
  if (page.after) {
    conditions.push(`${tuple} ${forward} ${values}`);
    params.push(...page.after);
  }
  if (page.before) {
    conditions.push(`${tuple} ${backward} ${values}`);
    params.push(...page.before);
  }
  const dir = (spec.direction === 'desc') !== page.backward ? 'desc' : 'asc';
  params.push(page.limit + 1);
  const sql =
    `select p.id as "__parent", c.* from unnest(array[?]::uuid[]) as p(id) cross join lateral (` +
    `select ${select} from "${meta.tableName}" c where ${conditions.join(' and ')} ` +
    `order by ${keys.map((k) => `${k.sql} ${dir}`).join(', ')} limit ?) c`;
  const raw = (await em.getConnection().execute(sql, params, 'all', em.getTransactionContext())) as Record<string, unknown>[];
  const grouped = new Map<string, ReadRow[]>(parentIds.map((id) => [id, []]));
  const driver = em.getDriver();
  for (const r of raw) {
    const { __parent, ...columns } = r;
    // The driver's own result mapping (column names, dates, JSON), as for findRows.
    const data = driver.mapResult(columns as never, meta) as Record<string, unknown>;
    grouped.get(__parent as string)?.push(toRow(meta, data));
  }
  return parentIds.map((id) => {
    const rows = grouped.get(id) ?? [];
    const hasMore = rows.length > page.limit;
    if (hasMore) rows.pop();
    if (page.backward) rows.reverse();
    return { rows, hasMore };
  });
}

/** Children per parent, counted in one grouped statement (a connection's lazy totalCount). */
export async function countChildren(em: EntityManager, entity: EntityName<object>, parent: string, parentIds: readonly string[]): Promise<number[]> {
  const meta = em.getMetadata().get(Utils.className(entity)) as EntityMetadata;
  const fk = (meta.properties[parent as never] as EntityProperty).fieldNames[0];
  const scope = readScope(em, meta.className);
  const params: unknown[] = [[...parentIds]];
  let sql = `select "${fk}" as parent, count(*)::int as n from "${meta.tableName}" where "${fk}" = any(array[?]::uuid[])`;
  if ('organization' in scope) {
    sql += ` and "organization_id" = ?`;
    params.push(scope.organization);
  }
  const rows = (await em.getConnection().execute(`${sql} group by "${fk}"`, params, 'all', em.getTransactionContext())) as { parent: string; n: number }[];
  const counts = new Map(rows.map((r) => [r.parent, r.n]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
