import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTenant } from '../../src/db/tenant-filter';
import type { Scope } from '../../src/services/scope';
import type { Tenant } from './factories';
import type { TestServer } from './server';

/** A unit-of-work scope of the tenant's owner, as a resolver would build it. */
export function ownerScope(t: TestServer, tenant: Tenant): Scope {
  return { em: bindTenant(t.app.orm.em.fork() as EntityManager, tenant.organizationId), organizationId: tenant.organizationId, actor: { type: 'USER', id: tenant.ownerId } };
}

export const QUOTE_LINES = [
  { description: 'Cat6 drop, patched and tested', quantity: '24', unit: 'drop', unitPrice: 8500, taxRate: '20' },
  { description: 'Patch panel, 24 port', quantity: '1', unit: 'each', unitPrice: 12900, taxRate: '20', discount: { amount: 900 } },
  { description: 'Site survey', quantity: '1.5', unit: 'hour', unitPrice: 6000, taxRate: '0' },
];

/** A priced DRAFT quote for a lead with an email address, through the real quote service (validUntil null: the default validity from the send). */
export async function createPricedQuote(t: TestServer, tenant: Tenant, options: { email?: string; validUntil?: string | null } = {}): Promise<{ quoteId: string; leadId: string; email: string }> {
  const email = options.email ?? `customer-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const lead = await tenant.lead({ email, company: 'Customer & Co' });
  const quote = await t.app.quotes.create(ownerScope(t, tenant), { leadId: lead.id, title: 'Office cabling', currency: 'EUR', request: 'Install Cat6 cabling for office', validUntil: options.validUntil === undefined ? '2027-03-31' : (options.validUntil ?? undefined), lines: QUOTE_LINES });
  return { quoteId: quote.id, leadId: lead.id, email };
}
