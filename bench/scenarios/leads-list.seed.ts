import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../../src/app';
import { bindTenant } from '../../src/db/tenant-filter';
import { LeadSource } from '../../src/entities/lead.entity';
import { UserRole } from '../../src/entities/user.entity';
import type { Scope } from '../../src/services/scope';

/** What the leads-list scenario reads: one organization, built through the real services. */
export interface SeededOrganization {
  organizationId: string;
  /** A `leads:read` API key that authenticates the load. */
  apiKey: string;
  userIds: string[];
  leadCount: number;
  scoreEventCount: number;
}

export interface SeedShape {
  users: number;
  leads: number;
  scoreEventsPerLead: number;
}

const TAGS = ['roof', 'repair', 'event', 'network', 'install', 'vip', 'b2b', 'inbound', 'renewal', 'referral'];
const SOURCES = [LeadSource.WEB, LeadSource.CALL, LeadSource.EMAIL, LeadSource.PARTNER];
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;
/** Writes in flight at once; below the pool size so seeding never waits on connections. */
const SEED_CONCURRENCY = 4;

export async function seedOrganization(app: App, shape: SeedShape): Promise<SeededOrganization> {
  const run = randomBytes(3).toString('hex');
  const { organization, owner } = await app.organizations.createWithOwner(app.orm.em.fork() as EntityManager, {
    name: `Bench ${run}`,
    owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: PASSWORD },
  });
  const scopeOf = (): Scope => ({
    em: bindTenant(app.orm.em.fork() as EntityManager, organization.id),
    organizationId: organization.id,
    actor: { type: 'USER', id: owner.id },
  });
  const userIds = [owner.id];
  for (let i = 1; i < shape.users; i++) {
    const input = { email: `agent-${i}-${run}@bench.example`, name: `Agent ${i}`, role: UserRole.AGENT, password: PASSWORD };
    userIds.push((await app.users.createUser(scopeOf(), input, UserRole.OWNER)).id);
  }
  const { secret } = await app.apiKeys.create(scopeOf(), 'bench load', ['leads:read']);

  const indexes = Array.from({ length: shape.leads }, (_, i) => i);
  const leadIds = await mapConcurrently(indexes, (i) => app.leads.create(scopeOf(), leadFields(i, userIds)).then((l) => l.id));
  // Round by round over all leads, so concurrent writes never touch the same lead.
  const adjustments = Array.from({ length: shape.scoreEventsPerLead }, (_, k) => leadIds.map((id, i) => ({ id, delta: 5 + ((i * 7 + k * 13) % 26) }))).flat();
  await mapConcurrently(adjustments, (a) => app.leads.adjustScore(scopeOf(), a.id, a.delta, 'bench seed activity'));

  return { organizationId: organization.id, apiKey: secret, userIds, leadCount: leadIds.length, scoreEventCount: adjustments.length };
}

function leadFields(i: number, userIds: string[]) {
  const n = String(i + 1).padStart(3, '0');
  return {
    name: `Lead ${n}`,
    email: `lead-${n}@customer.example`,
    company: `Company ${n}`,
    source: SOURCES[i % SOURCES.length]!,
    ownerId: userIds[i % userIds.length]!,
    tags: TAGS.filter((_, t) => (i + t) % 4 === 0),
  };
}

/** Runs `work` over `items` with at most SEED_CONCURRENCY in flight; results in input order. */
async function mapConcurrently<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, lane));
  return results;
}
