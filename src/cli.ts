import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApp } from './app';
import { loadConfig, redactUrl } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { connectDatabase } from './db/database';
import { MIGRATIONS_SOURCE_DIR, migrateUp } from './db/orm';
import { bindTenant } from './db/tenant-filter';
import { Organization } from './entities/organization.entity';
import { orgCreate } from './commands/org-create';
import { buildAppSchema, printAppSchema } from './graphql/schema';
import { recentOutbox } from './services/auth/account-mailer';
import { API_KEY_SCOPES } from './services/auth/permissions';

/**
 * Operator commands: `migrate`, `migration:create`, `apikey:create`, `org:create`, `mail:outbox`, `schema:emit`.
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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

commands['apikey:create'] = async (args) => {
  const name = option(args, 'name') ?? 'CLI key';
  const scopes = (option(args, 'scopes') ?? 'leads:read leads:write').split(/[\s,]+/).filter(Boolean);
  const orgRef = option(args, 'org');
  const app = await createApp(loadConfig());
  try {
    const em = app.orm.em.fork() as EntityManager;
    const orgs = await em.find(Organization, orgRef ? { $or: [{ slug: orgRef }, ...(/^[0-9a-f-]{36}$/.test(orgRef) ? [{ id: orgRef }] : [])] } : {});
    if (orgs.length !== 1) {
      throw new Error(orgs.length ? `Several organizations: pass --org <slug or id> (${orgs.map((o) => o.slug).join(', ')})` : `No organization ${orgRef ?? ''} found`);
    }
    const org = orgs[0]!;
    const scope = { em: bindTenant(em, org.id), organizationId: org.id, actor: { type: 'SYSTEM' as const, id: null } };
    const { apiKey, secret } = await app.apiKeys.create(scope, name, scopes);
    console.log(`Created API key "${apiKey.name}" (${apiKey.prefix}) for ${org.name} with scopes: ${apiKey.scopes.join(' ')}`);
    console.log(`Key (shown once): ${secret}`);
    console.log(`Allowed scopes: ${API_KEY_SCOPES.join(' ')}`);
  } finally {
    await app.close();
  }
};

/** A new organization with an owner invitation (README "Organizations"). */
commands['org:create'] = async (args) => {
  const app = await createApp(loadConfig());
  try {
    for (const line of await orgCreate(app, args)) console.log(line);
  } finally {
    await app.close();
  }
};

/** Account email kept instead of sent (no SMTP_URL): password resets and invitations, newest first. */
commands['mail:outbox'] = async (args) => {
  const limit = Math.min(Math.max(Number(option(args, 'limit') ?? 10) || 10, 1), 200);
  const app = await createApp(loadConfig());
  try {
    const messages = await recentOutbox(app.orm.em.fork() as EntityManager, limit);
    if (!messages.length) console.log(app.config.smtpUrl ? 'No messages: SMTP_URL is set, so account email is sent, not kept.' : 'The outbox is empty.');
    for (const m of messages) console.log(`--- ${m.createdAt.toISOString()}  to ${m.to}\nSubject: ${m.subject}\n\n${m.text}`);
  } finally {
    await app.close();
  }
};

commands['schema:emit'] = async () => {
  const file = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../src/schema/schema.graphql' : 'schema/schema.graphql');
  writeFileSync(file, printAppSchema(await buildAppSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`Usage: node dist/src/cli.js <${Object.keys(commands).join('|')}> [args]`);
    process.exit(2);
  }
  await command(args).catch((err: unknown) => {
    throw err instanceof DataDirLockedError ? new Error(whileServerRuns(name!, err)) : err;
  });
}

/** Embedded mode: the server holds the data directory; a command opening it beside the server would write where the server never looks. */
function whileServerRuns(command: string, err: DataDirLockedError): string {
  const alternative = command === 'apikey:create' ? ', or use the createApiKey mutation (as an OWNER or ADMIN) against the running server' : '';
  return `${command} cannot run while the server (pid ${err.pid}) has the embedded database in ${err.dataDir} open: stop the server${alternative}.`;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
