/**
 * Issue 7 item 15: the password policy was length only (twelve spaces and
 * `password1234` were accepted), names could be blank and `x@y` was an email.
 * Now zxcvbn-ts (score ≥ 3, the user's email and name counted as known words)
 * and one validation place for users decide, with the field and the feedback.
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CreateUserDocument, InviteUserDocument } from '../generated/graphql';
import { gql, gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let org: Tenant;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
});
afterAll(() => t?.close());

const fresh = () => `person-${randomBytes(4).toString('hex')}@example.com`;
const userCount = async () => (await sqlRows(t, 'select count(*)::int as n from "user"'))[0]!.n;

async function refused(input: { email?: string; name?: string; password?: string }, field: string) {
  const before = await userCount();
  const r = await gql(t.url, CreateUserDocument, { input: { email: fresh(), name: 'Pat Doe', role: 'AGENT', password: 'correct horse battery staple', ...input } }, { token: org.token });
  const error = r.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await userCount()).toBe(before);
  return error!.message;
}

describe('password policy', () => {
  it('refuses twelve spaces, naming the field and giving the estimator’s feedback', async () => {
    expect(await refused({ password: '            ' }, 'input.password')).toMatch(/input\.password: is too easy to guess \(strength 0 of 4.*Repeated characters/);
  });

  it('refuses password1234 as a commonly used password', async () => {
    expect(await refused({ password: 'password1234' }, 'input.password')).toMatch(/commonly used password/);
  });

  it('refuses a password built from the user’s own email', async () => {
    const email = fresh();
    expect(await refused({ email, password: `${email}1` }, 'input.password')).toMatch(/personal/);
  });

  it('accepts a hard-to-guess passphrase (the control)', async () => {
    const r = await gqlOk(t.url, CreateUserDocument, { input: { email: fresh(), name: 'Pat Doe', role: 'AGENT', password: 'violet kettle marches uphill 42' } }, { token: org.token });
    expect(r.createUser.user.role).toBe('AGENT');
  });

  it('applies to the first owner of an organization as well', async () => {
    await expect(t.app.organizations.createWithOwner(t.app.orm.em.fork() as EntityManager, { name: 'Weak Org', owner: { email: fresh(), name: 'Weak Owner', password: 'password1234' } })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'owner.password' },
    });
  });
});

describe('user names and emails', () => {
  it('refuses a whitespace-only name', async () => {
    await refused({ name: '   \t ' }, 'input.name');
  });

  it('refuses an x@y email (no dot in the domain), for createUser and inviteUser', async () => {
    await refused({ email: 'x@y' }, 'input.email');
    const r = await gql(t.url, InviteUserDocument, { input: { email: 'x@y', role: 'AGENT' } }, { token: org.token });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('stores the name trimmed and the email lower-cased', async () => {
    const email = fresh();
    const r = await gqlOk(t.url, CreateUserDocument, { input: { email: email.toUpperCase(), name: '  Pat Doe  ', role: 'VIEWER', password: 'violet kettle marches uphill 42' } }, { token: org.token });
    const [row] = await sqlRows(t, 'select email, name from "user" where id = ?', [r.createUser.user.id]);
    expect(row).toEqual({ email, name: 'Pat Doe' });
  });
});
