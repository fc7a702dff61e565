import { randomBytes } from 'node:crypto';
import { orgCreate } from '../../src/commands/org-create';
import { AcceptInviteDocument, LoginDocument, MeDocument, OrganizationDocument, SignUpDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ SIGNUP_ENABLED: 'true', SIGNUP_MAX_PER_IP_PER_HOUR: '3' });
}, 120_000);
afterAll(() => t?.close());

const hex = () => randomBytes(4).toString('hex');
const PASSWORD = 'violet kayak thunder 42';

describe('org:create (operator command)', () => {
  it('creates an organization with default settings and an owner invitation that acceptInvite turns into the owner', async () => {
    const email = `founder-${hex()}@example.com`;
    const lines = await orgCreate(t.app, ['--name', `Acme ${hex()}`, '--owner-email', email.toUpperCase(), '--timezone', 'Europe/Berlin']);
    const token = /token {2}(\S+)/.exec(lines.join('\n'))?.[1];
    expect(lines.join('\n')).toMatch(/link {3}http:\/\/\S+\/accept-invite\?token=/);
    expect(token).toBeDefined();
    const accepted = await gqlOk(t.url, AcceptInviteDocument, { input: { token: token!, name: 'Ana Founder', password: PASSWORD } });
    expect(accepted.acceptInvite.user).toMatchObject({ email, role: 'OWNER' });
    const { organization } = await gqlOk(t.url, OrganizationDocument, {}, { token: accepted.acceptInvite.token });
    expect(organization).toMatchObject({ timezone: 'Europe/Berlin', hotThreshold: 70, warmThreshold: 40 });
    // Once only: the token is stored as a hash and used up.
    const again = await gql(t.url, AcceptInviteDocument, { input: { token: token!, name: 'Someone', password: PASSWORD } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(await sqlRows(t, 'select * from one_time_token where email = ?', [email]))).not.toContain(token!);
  });

  it('refuses a taken owner email, an unknown time zone and missing options, creating nothing', async () => {
    const existing = await createTenant(t);
    const name = `Refused ${hex()}`;
    await expect(orgCreate(t.app, ['--name', name, '--owner-email', existing.ownerEmail])).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'ownerEmail' } });
    await expect(orgCreate(t.app, ['--name', name, '--owner-email', `x-${hex()}@example.com`, '--timezone', 'Mars/Olympus'])).rejects.toMatchObject({ extensions: { field: 'timezone' } });
    await expect(orgCreate(t.app, ['--name', name])).rejects.toThrow('Usage: org:create');
    expect(await sqlRows(t, 'select id from organization where name = ?', [name])).toEqual([]);
  });
});

describe('signUp (SIGNUP_ENABLED=true)', () => {
  it('creates an organization with its owner and signs in; bad input is refused by field and stores nothing; then the per-IP limit applies', async () => {
    const email = `self-${hex()}@example.com`;
    const organizationName = `Self Serve ${hex()}`;
    const weak = await gql(t.url, SignUpDocument, { input: { organizationName, name: 'Sam', email, password: 'password1234' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('input.password');
    const zone = await gql(t.url, SignUpDocument, { input: { organizationName, name: 'Sam', email, password: PASSWORD, timezone: 'Nowhere/City' } });
    expect(zone.errors?.[0]?.extensions?.field).toBe('input.timezone');
    expect(await sqlRows(t, 'select id from organization where name = ?', [organizationName])).toEqual([]);

    const signed = (await gqlOk(t.url, SignUpDocument, { input: { organizationName, name: 'Sam', email, password: PASSWORD, timezone: 'America/Chicago' } })).signUp;
    expect(signed.user).toMatchObject({ email, role: 'OWNER' });
    const me = (await gqlOk(t.url, MeDocument, {}, { token: signed.token })).me;
    expect(me.organization.name).toBe(organizationName);
    await gqlOk(t.url, LoginDocument, { input: { email, password: PASSWORD } });

    const taken = await gql(t.url, SignUpDocument, { input: { organizationName: 'Copy', name: 'Sam', email, password: PASSWORD } });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.extensions?.field).toBe('input.email');

    await gqlOk(t.url, SignUpDocument, { input: { organizationName: `Third ${hex()}`, name: 'Kim', email: `kim-${hex()}@example.com`, password: PASSWORD } });
    // Three sign-ups from this address this hour (the CONFLICT counted too): the fourth waits.
    const limited = await gql(t.url, SignUpDocument, { input: { organizationName: `Fourth ${hex()}`, name: 'Lee', email: `lee-${hex()}@example.com`, password: PASSWORD } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
