import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRole } from '../../src/entities/user.entity';
import { CreateApiKeyDocument, CreateLeadDocument, CreateUserDocument, LoginDocument, type CreateLeadInput } from '../generated/graphql';
import { gqlOk } from './client';
import type { TestServer } from './server';

export interface Tenant {
  organizationId: string;
  ownerId: string;
  ownerEmail: string;
  /** Owner's JWT. */
  token: string;
  /** An API key with the given scopes. */
  apiKey(scopes: string[]): Promise<string>;
  /** A user of this organization with a role, signed in. */
  user(role: UserRole): Promise<{ id: string; token: string }>;
  lead(input?: Partial<CreateLeadInput>): Promise<{ id: string; name: string }>;
}

const PASSWORD = 'correct horse battery staple';
const unique = () => randomBytes(4).toString('hex');

/** A new organization with a signed-in owner, built through the real services and API. */
export async function createTenant(t: TestServer, name = `Org ${unique()}`): Promise<Tenant> {
  const ownerEmail = `owner-${unique()}@example.com`;
  const { organization, owner } = await t.app.organizations.createWithOwner(t.app.orm.em.fork() as EntityManager, {
    name,
    timezone: 'America/Chicago',
    owner: { email: ownerEmail, name: `${name} Owner`, password: PASSWORD },
  });
  const token = (await gqlOk(t.url, LoginDocument, { input: { email: ownerEmail, password: PASSWORD } })).login.token;
  return {
    organizationId: organization.id,
    ownerId: owner.id,
    ownerEmail,
    token,
    async apiKey(scopes) {
      return (await gqlOk(t.url, CreateApiKeyDocument, { input: { name: `key ${unique()}`, scopes } }, { token })).createApiKey.secret;
    },
    async user(role) {
      const email = `${role.toLowerCase()}-${unique()}@example.com`;
      const created = await gqlOk(t.url, CreateUserDocument, { input: { email, name: `${role} user`, role, password: PASSWORD } }, { token });
      const login = await gqlOk(t.url, LoginDocument, { input: { email, password: PASSWORD } });
      return { id: created.createUser.user.id, token: login.login.token };
    },
    async lead(input = {}) {
      const r = await gqlOk(t.url, CreateLeadDocument, { input: { name: `Lead ${unique()}`, ...input } }, { token });
      return { id: r.createLead.lead.id, name: r.createLead.lead.name };
    },
  };
}

export { UserRole };
