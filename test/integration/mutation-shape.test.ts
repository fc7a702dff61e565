import { randomBytes, randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  AcknowledgeAlertByBareIdDocument,
  AnalyzeCallByBareIdDocument,
  AnalyzeCallDocument,
  ApiKeysConnectionDocument,
  ApiKeysDocument,
  ConfirmAppointmentByBareIdDocument,
  CreatePhoneNumberDocument,
  DeletePhoneNumberByBareIdDocument,
  DeletePhoneNumberDocument,
  PhoneNumbersConnectionDocument,
  PhoneNumbersDocument,
  ResolveAlertBothIdsDocument,
  ResolveAlertDocument,
  SignUpDocument,
  UsersConnectionDocument,
  UsersDocument,
} from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { raiseAlertIn } from '../support/isolation-alerts';
import { sqlRows } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let org: Tenant;
let other: Tenant;

beforeAll(async () => {
  t = await startTestServer();
  org = await createTenant(t);
  other = await createTenant(t);
}, 120_000);
afterAll(() => t?.close());

const e164 = () => `+1737555${String(randomBytes(2).readUInt16BE(0) % 10000).padStart(4, '0')}`;

describe('mutations that took a bare id take input: { id }; the bare id is deprecated and still works', () => {
  it('alerts: acknowledgeAlert(id:) (old) and resolveAlert(input:) (new) both act on the alert', async () => {
    const { alertId } = await raiseAlertIn(t.app, org.organizationId);
    const acked = await gqlOk(t.url, AcknowledgeAlertByBareIdDocument, { id: alertId }, { token: org.token });
    expect(acked.acknowledgeAlert.alert).toEqual({ id: alertId, status: 'ACKNOWLEDGED' });
    const resolved = await gqlOk(t.url, ResolveAlertDocument, { id: alertId }, { token: org.token });
    expect(resolved.resolveAlert.alert).toMatchObject({ id: alertId, status: 'RESOLVED' });
  });

  it('refuses both forms at once, and neither, with BAD_USER_INPUT naming the argument', async () => {
    const { alertId } = await raiseAlertIn(t.app, org.organizationId);
    const both = await gql(t.url, ResolveAlertBothIdsDocument, { id: alertId }, { token: org.token });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.field).toBe('id');
    const neither = await gql(t.url, parse('mutation { resolveAlert { alert { id } } }') as TypedDocumentNode<unknown, Record<string, never>>, {}, { token: org.token });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0]?.extensions?.field).toBe('input');
    expect((await sqlRows(t, 'select status from alert where id = ?', [alertId]))[0]!.status).toBe('OPEN');
  });

  it('calls and follow-ups: the old form reaches the same code (an unknown id is NOT_FOUND either way)', async () => {
    const id = randomUUID();
    for (const r of [
      await gql(t.url, AnalyzeCallByBareIdDocument, { id }, { token: org.token }),
      await gql(t.url, AnalyzeCallDocument, { id }, { token: org.token }),
      await gql(t.url, ConfirmAppointmentByBareIdDocument, { id }, { token: org.token }),
    ]) {
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
  });

  it('phone numbers: deletePhoneNumber(id:) (old) and deletePhoneNumber(input:) (new) both delete', async () => {
    for (const doc of [DeletePhoneNumberByBareIdDocument, DeletePhoneNumberDocument]) {
      const created = (await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: e164() } }, { token: org.token })).createPhoneNumber.phoneNumber;
      const r = await gqlOk(t.url, doc, { id: created.id }, { token: org.token });
      expect(r.deletePhoneNumber.deletedPhoneNumberId).toBe(created.id);
      expect(await sqlRows(t, 'select id from phone_number where id = ?', [created.id])).toEqual([]);
    }
  });
});

describe('top-level lists as connections', () => {
  it('usersConnection pages through exactly the users the deprecated users list shows', async () => {
    for (let i = 0; i < 3; i++) await org.user(UserRole.VIEWER);
    const { users } = await gqlOk(t.url, UsersDocument, {}, { token: org.token });
    const first = (await gqlOk(t.url, UsersConnectionDocument, { first: 2 }, { token: org.token })).usersConnection;
    expect(first.totalCount).toBe(users.length);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = (await gqlOk(t.url, UsersConnectionDocument, { first: 100, after: first.pageInfo.endCursor }, { token: org.token })).usersConnection;
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(users.map((u) => u.id));
  });

  it('apiKeysConnection (newest first) and phoneNumbersConnection list this organization only', async () => {
    await org.apiKey(['leads:read']);
    await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: e164() } }, { token: org.token });
    await gqlOk(t.url, CreatePhoneNumberDocument, { input: { e164: e164() } }, { token: other.token });
    const { apiKeys } = await gqlOk(t.url, ApiKeysDocument, {}, { token: org.token });
    const keys = (await gqlOk(t.url, ApiKeysConnectionDocument, { first: 100 }, { token: org.token })).apiKeysConnection;
    expect(keys.edges.map((e) => e.node.id)).toEqual(apiKeys.map((k) => k.id));
    const { phoneNumbers } = await gqlOk(t.url, PhoneNumbersDocument, {}, { token: org.token });
    const numbers = (await gqlOk(t.url, PhoneNumbersConnectionDocument, {}, { token: org.token })).phoneNumbersConnection;
    expect(numbers.edges.map((e) => e.node.id)).toEqual(phoneNumbers.map((n) => n.id));
    const inDb = await sqlRows(t, 'select id from phone_number where organization_id = ?', [org.organizationId]);
    expect(numbers.totalCount).toBe(inDb.length);
  });

  it('refuses a page larger than MAX_PAGE_SIZE and a cursor of another connection', async () => {
    const big = await gql(t.url, UsersConnectionDocument, { first: 101 }, { token: org.token });
    expect(big.errors?.[0]?.extensions?.field).toBe('first');
    const users = (await gqlOk(t.url, UsersConnectionDocument, { first: 1 }, { token: org.token })).usersConnection;
    const wrong = await gql(t.url, ApiKeysConnectionDocument, { after: users.pageInfo.endCursor }, { token: org.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.field).toBe('after');
  });
});

describe('signUp when SIGNUP_ENABLED is unset (the default)', () => {
  it('is FORBIDDEN and creates nothing', async () => {
    const email = `founder-${randomBytes(4).toString('hex')}@example.com`;
    const r = await gql(t.url, SignUpDocument, { input: { organizationName: 'Nope Inc', name: 'Founder', email, password: 'violet kayak thunder 42' } });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('SIGNUP_ENABLED');
    expect(await sqlRows(t, 'select id from "user" where email = ?', [email])).toEqual([]);
  });
});
