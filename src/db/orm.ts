import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../entities';
import { loadMigrations } from '../../migrations';
import { tenantFilter } from './tenant-filter';

export type Orm = MikroORM;

/** Repo root, whether running from src/ (jest) or dist/src/ (compiled). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** Where `migration:create` writes new TypeScript migrations. */
export const MIGRATIONS_SOURCE_DIR = path.join(ROOT, 'migrations');
export function ormOptions(clientUrl: string, poolSize: number): Options {
  return {
    clientUrl,
    entities: ENTITIES,
    filters: { [tenantFilter.name]: tenantFilter },
    pool: { min: 0, max: poolSize },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: loadMigrations(),
      // New migrations are written as TypeScript into the source folder.
      path: MIGRATIONS_SOURCE_DIR,
      pathTs: MIGRATIONS_SOURCE_DIR,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // Our own unit of work decides when to flush; never flush implicitly before a query.
    flushMode: 'commit',
    forceUtcTimezone: true,
    // A to-one reference is only an id; it is resolved through a tenant-filtered
    // load (loaders, populate), so the extra join MikroORM would add to every
    // query to hide another tenant's referenced row buys nothing but cost.
    autoJoinRefsForFilters: false,
    // Entities are never shared between requests: every unit of work forks.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
}

export async function openOrm(clientUrl: string, poolSize: number): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, poolSize));
}

export async function migrateUp(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
