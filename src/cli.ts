import 'reflect-metadata';
import { loadConfig, redactUrl } from './config';
import { connectDatabase } from './db/database';
import { MIGRATIONS_SOURCE_DIR, migrateUp } from './db/orm';

/**
 * Operator commands: `migrate`, `migration:create`, `apikey:create`, `schema:emit`.
 * Run through npm scripts (see README), which build first.
 */
const commands: Record<string, (args: string[]) => Promise<void>> = {
  async migrate() {
    const config = loadConfig();
    const db = await connectDatabase(config);
    try {
      const applied = await migrateUp(db.orm);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      console.log(`Database: ${db.mode === 'embedded' ? `embedded (${config.dataDir})` : redactUrl(config.databaseUrl)}`);
    } finally {
      await db.close();
    }
  },

  async 'migration:create'(args) {
    const config = loadConfig();
    const db = await connectDatabase(config);
    try {
      await migrateUp(db.orm);
      const migrator = db.orm.getMigrator();
      const result = await migrator.createMigration(MIGRATIONS_SOURCE_DIR, args.includes('--blank'), args.includes('--initial'));
      console.log(result.diff.up.length ? `Created ${result.fileName}` : 'No schema changes: nothing created.');
    } finally {
      await db.close();
    }
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`Usage: node dist/src/cli.js <${Object.keys(commands).join('|')}> [args]`);
    process.exit(2);
  }
  await command(args);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
