import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationObject } from '@mikro-orm/core';

/**
 * Every migration in this folder, in name order. Loaded with `require` so the
 * same list works compiled (dist/migrations/*.js) and under jest (*.ts),
 * where MikroORM's own glob-and-import() would not.
 */
export function loadMigrations(): MigrationObject[] {
  return readdirSync(__dirname)
    .filter((file) => /^Migration\d+.*\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(__dirname, file)) as Record<string, MigrationObject['class']>;
      const [migrationClass] = Object.values(mod);
      return { name: file.replace(/\.(ts|js)$/, ''), class: migrationClass! };
    });
}
