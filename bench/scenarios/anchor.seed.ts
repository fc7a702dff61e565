import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { App } from '../../src/app';
import { bindTenant } from '../../src/db/tenant-filter';

/** One organization of the anchor comparison: `leads` leads, each with `callsPerLead` calls. */
export interface AnchorDataset {
  label: string;
  organizationId: string;
  /** `leads:read calls:read`, for our side (PostGraphile has no authentication here). */
  apiKey: string;
  /** A lead for the `lead(id)` query. */
  someLeadId: string;
  leads: number;
  callsPerLead: number;
}

/**
 * The organization and its key through the services; the bulk rows with one
 * INSERT … SELECT each (tens of thousands of calls through the services would
 * take minutes). Distinct creation times, so both sides' "newest first"
 * orders are total and the rows compare one to one.
 */
export async function seedAnchorDataset(app: App, databaseUrl: string, leads: number, callsPerLead: number): Promise<AnchorDataset> {
  const run = randomBytes(3).toString('hex');
  const { organization, owner } = await app.organizations.createWithOwner(app.orm.em.fork() as EntityManager, {
    name: `Bench anchor ${run}`,
    owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: `bench-${randomBytes(12).toString('hex')}` },
  });
  const scope = { em: bindTenant(app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER' as const, id: owner.id } };
  const { secret } = await app.apiKeys.create(scope, 'bench anchor', ['leads:read', 'calls:read']);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into lead (id, created_at, updated_at, organization_id, name, email, company, source, status, owner_id, tags, custom_fields, score, temperature, last_activity_at)
       select gen_random_uuid(), t, t, $1, 'Lead ' || i, 'lead-' || i || '@customer.example', 'Company ' || i, 'WEB', 'NEW', $2, '{}', '{}', i % 100, 'COLD', t
       from generate_series(1, $3::int) i, lateral (select timestamptz '2026-01-01' + make_interval(secs => i) as t) times`,
      [organization.id, owner.id, leads],
    );
    await client.query(
      `insert into call (id, created_at, updated_at, organization_id, lead_id, direction, from_number, to_number, twilio_call_sid, status, duration_seconds, analysis_status, ended_early)
       select gen_random_uuid(), l.created_at + make_interval(secs => j), l.created_at + make_interval(secs => j), l.organization_id, l.id, 'INBOUND',
              '+15125551000', '+15125550100', 'CA' || md5(l.id::text || ':' || j), (array['COMPLETED', 'NO_ANSWER', 'BUSY']::call_status[])[1 + j % 3], 30 + j, 'NONE', false
       from lead l, generate_series(1, $2::int) j where l.organization_id = $1`,
      [organization.id, callsPerLead],
    );
    await client.query('analyze lead; analyze call');
    const some = await client.query<{ id: string }>('select id from lead where organization_id = $1 order by created_at desc limit 1', [organization.id]);
    return { label: `${leads} leads × ${callsPerLead} calls`, organizationId: organization.id, apiKey: secret, someLeadId: some.rows[0]!.id, leads, callsPerLead };
  } finally {
    await client.end();
  }
}
