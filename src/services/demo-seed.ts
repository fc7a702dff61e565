import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../app';
import { bindTenant } from '../db/tenant-filter';
import { LeadSource } from '../entities/lead.entity';
import { Organization } from '../entities/organization.entity';
import { API_KEY_SCOPES } from './auth/permissions';
import type { Scope } from './scope';

export interface DemoCredentials {
  organizationName: string;
  email: string;
  password: string;
  apiKey: string;
}

const DEMO_LEADS = [
  { name: 'Maria Alvarez', email: 'maria@alvarez-roofing.example', phone: '+15125550101', company: 'Alvarez Roofing', source: LeadSource.WEB, tags: ['roof', 'repair'] },
  { name: 'Tom Becker', email: 'tom@beckercatering.example', company: 'Becker Catering', source: LeadSource.CALL, budgetCents: 450000, budgetCurrency: 'USD', tags: ['event'] },
  { name: 'Priya Natarajan', phone: '+15125550103', company: 'Natarajan IT', source: LeadSource.PARTNER, tags: ['network', 'install'] },
];

/**
 * First start on an empty database: a demo organization with an owner and an
 * API key, so a person can log in at once. Returns the secrets exactly once;
 * on later starts (any organization exists) it does nothing.
 */
export async function seedDemoIfEmpty(app: App): Promise<DemoCredentials | null> {
  const em = app.orm.em.fork() as EntityManager;
  if ((await em.count(Organization, {})) > 0) return null;
  const password = randomBytes(12).toString('base64url');
  const email = 'owner@demo.switchboard.local';
  const { organization, owner } = await app.organizations.createWithOwner(em, {
    name: 'Demo Company',
    slug: 'demo',
    timezone: 'America/Chicago',
    owner: { email, name: 'Demo Owner', password },
  });
  const scope: Scope = { em: bindTenant(app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER', id: owner.id } };
  const { secret } = await app.apiKeys.create(scope, 'Demo partner key', [...API_KEY_SCOPES]);
  for (const lead of DEMO_LEADS) await app.leads.create({ ...scope, em: scope.em.fork() as EntityManager }, lead);
  return { organizationName: organization.name, email, password, apiKey: secret };
}
