/**
 * Alert notifications delivered to real local peers (issue 4): an SMTP sink
 * (the smtp-server package) behind SMTP_URL, a Slack incoming webhook on
 * 127.0.0.1, and the fake Twilio REST API that the twilio SDK sends SMS to.
 * Per-severity routing, delivery rows, skipped channels and recipients,
 * retries of a failing channel that never hold up the others, and quiet
 * hours (with a ManualClock as the app's clock).
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { AlertSeverity, AlertType } from '../../src/entities/alert.entity';
import { ManualClock } from '../../src/services/clock';
import {
  AlertDeliveriesDocument,
  CreateUserDocument,
  OrganizationSettingsDocument,
  UpdateOrganizationSettingsDocument,
  type AlertDeliveriesQuery,
} from '../generated/graphql';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, type Tenant } from '../support/factories';
import { eventually, raiseAlertIn, startSlackPeer, type SlackPeer } from '../support/isolation-alerts';
import { settleJobs } from '../support/isolation-table';
import { startTestServer, type TestServer } from '../support/server';
import { twilioEnv } from '../support/twilio-webhook';

const SMS_FROM = '+15125550000';
const EMAIL_FROM = 'alerts@switchboard.test';
const hex = () => randomBytes(4).toString('hex');

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

interface SmtpSink {
  port: number;
  messages: ReceivedMail[];
  /** RCPT TO of these addresses is refused with a temporary error (451), every time. */
  refuse: Set<string>;
  refusals: string[];
  close(): Promise<void>;
}

async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const refusals: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (!refuse.has(address.address)) return callback();
      refusals.push(address.address);
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    refuse,
    refusals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: SmtpSink;
let slack: SlackPeer;
let twilio: FakeTwilio;
let t: TestServer;
const clock = new ManualClock(new Date());

beforeAll(async () => {
  [smtp, slack, twilio] = await Promise.all([startSmtpSink(), startSlackPeer(), startFakeTwilio()]);
  t = await startTestServer(
    {
      ...twilioEnv(twilio),
      TWILIO_SMS_FROM: SMS_FROM,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      ALERT_EMAIL_FROM: `Switchboard Alerts <${EMAIL_FROM}>`,
      ESCALATION_CHECK_SECONDS: '3600',
    },
    undefined,
    { clock },
  );
});
afterAll(async () => {
  await t?.close();
  await Promise.all([smtp?.close(), slack?.close(), twilio?.close()]);
});

type Delivery = NonNullable<AlertDeliveriesQuery['alert']>['deliveries'][number];

/** An organization whose level-1 recipients are two admins: one with a phone, one without. */
async function notifiedOrganization(slackPath: string | null) {
  const org = await createTenant(t);
  const tag = hex();
  const withPhone = { email: `dispatch-${tag}@example.com`, name: `Dispatcher ${tag}`, phone: `+1512555${String(Math.floor(1000 + Math.random() * 8999))}` };
  const withoutPhone = { email: `office-${tag}@example.com`, name: `Office ${tag}` };
  for (const u of [withPhone, withoutPhone]) {
    await gqlOk(t.url, CreateUserDocument, { input: { ...u, role: 'ADMIN', password: 'correct horse battery staple' } }, { token: org.token });
  }
  if (slackPath) {
    await gqlOk(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { slackWebhookUrl: `${slack.url}${slackPath}` } } }, { token: org.token });
  }
  return { org, withPhone, withoutPhone, slackUrl: slackPath ? `${slack.url}${slackPath}` : null };
}

/** The alert's deliveries once `expected` rows exist and each reached a final status (SENT, FAILED, SKIPPED). */
async function finalDeliveries(org: Tenant, alertId: string, expected: number, timeoutMs = 10_000): Promise<Delivery[]> {
  return eventually(
    `${expected} final deliveries of ${alertId}`,
    async () => {
      const rows = (await gqlOk(t.url, AlertDeliveriesDocument, { id: alertId }, { token: org.token })).alert.deliveries;
      return rows.length === expected && rows.every((d) => ['SENT', 'FAILED', 'SKIPPED'].includes(d.status)) ? rows : null;
    },
    timeoutMs,
  );
}

const summary = (rows: Delivery[]) => rows.map((d) => ({ channel: d.channel, recipient: d.recipient, status: d.status, attempts: d.attempts, lastError: d.lastError })).sort((a, b) => `${a.channel}${a.recipient}`.localeCompare(`${b.channel}${b.recipient}`));
const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
const smsTo = (phone: string) => twilio.requests.filter((r) => r.path.endsWith('/Messages.json') && r.form.To === phone);
const slackTo = (url: string) => slack.requests.filter((r) => url.endsWith(r.path));

describe('per-severity routing to real peers', () => {
  it('sends CRITICAL by SMS, email and Slack, HIGH by email and Slack, MEDIUM by Slack, and LOW to nobody', async () => {
    const { org, withPhone, withoutPhone, slackUrl } = await notifiedOrganization(`/services/T1/B1/${hex()}`);
    const raise = (severity: AlertSeverity) => raiseAlertIn(t.app, org.organizationId, { severity, type: AlertType.NEGATIVE_CALL, title: `${severity} call went badly ${hex()}`, body: 'The customer asked to cancel.' });
    const [critical, high, medium, low] = await Promise.all([AlertSeverity.CRITICAL, AlertSeverity.HIGH, AlertSeverity.MEDIUM, AlertSeverity.LOW].map(raise));

    const criticalRows = await finalDeliveries(org, critical!.alertId, 5);
    expect(summary(criticalRows)).toEqual([
      { channel: 'EMAIL', recipient: withPhone.email, status: 'SENT', attempts: 1, lastError: null },
      { channel: 'EMAIL', recipient: withoutPhone.email, status: 'SENT', attempts: 1, lastError: null },
      { channel: 'SLACK', recipient: slackUrl, status: 'SENT', attempts: 1, lastError: null },
      { channel: 'SMS', recipient: '', status: 'SKIPPED', attempts: 0, lastError: `${withoutPhone.name} has no phone number` },
      { channel: 'SMS', recipient: withPhone.phone, status: 'SENT', attempts: 1, lastError: null },
    ]);
    expect(criticalRows.filter((d) => d.status === 'SENT').every((d) => d.sentAt && d.sendAfter === null && d.escalationLevel === 1)).toBe(true);

    const highRows = await finalDeliveries(org, high!.alertId, 3);
    expect(summary(highRows).map((d) => [d.channel, d.recipient, d.status])).toEqual([
      ['EMAIL', withPhone.email, 'SENT'],
      ['EMAIL', withoutPhone.email, 'SENT'],
      ['SLACK', slackUrl, 'SENT'],
    ]);
    const mediumRows = await finalDeliveries(org, medium!.alertId, 1);
    expect(summary(mediumRows).map((d) => [d.channel, d.status])).toEqual([['SLACK', 'SENT']]);
    await settleJobs(t);
    expect((await gqlOk(t.url, AlertDeliveriesDocument, { id: low!.alertId }, { token: org.token })).alert.deliveries).toEqual([]);

    // What the peers received.
    const titleOf = async (id: string) => (await gqlOk(t.url, AlertDeliveriesDocument, { id }, { token: org.token })).alert;
    expect((await titleOf(critical!.alertId)).severity).toBe('CRITICAL');
    const sms = smsTo(withPhone.phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ method: 'POST', authorized: true, form: { To: withPhone.phone, From: SMS_FROM } });
    expect(sms[0]!.form.Body).toMatch(/^\[CRITICAL\] CRITICAL call went badly \w+\nThe customer asked to cancel\./);

    for (const admin of [withPhone, withoutPhone]) {
      const mails = mailsTo(admin.email);
      expect(mails.map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1]?.split(' call went badly')[0]).sort()).toEqual(['[CRITICAL] CRITICAL', '[HIGH] HIGH']);
      expect(mails.every((m) => m.from === EMAIL_FROM && m.raw.includes('The customer asked to cancel.'))).toBe(true);
    }
    const posts = slackTo(slackUrl!);
    expect(posts.map((p) => p.body?.text?.split(' call went badly')[0]).sort()).toEqual(['*[CRITICAL] CRITICAL', '*[HIGH] HIGH', '*[MEDIUM] MEDIUM']);
    expect(posts.every((p) => p.contentType === 'application/json')).toBe(true);
  });

  it('records a channel the organization has not configured as SKIPPED with the reason, not FAILED', async () => {
    const { org, withPhone } = await notifiedOrganization(null);
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.HIGH, title: `No Slack here ${hex()}` });
    const rows = await finalDeliveries(org, alertId, 3);
    expect(summary(rows).map((d) => [d.channel, d.status, d.lastError])).toEqual([
      ['EMAIL', 'SENT', null],
      ['EMAIL', 'SENT', null],
      ['SLACK', 'SKIPPED', 'Slack is not configured for this organization'],
    ]);
    expect(mailsTo(withPhone.email)).toHaveLength(1);
  });
});

describe('a failing channel', () => {
  it('is retried with backoff and finally FAILED, while the other channels are SENT at their first attempt', async () => {
    const { org, withPhone, withoutPhone, slackUrl } = await notifiedOrganization(`/fail/T2/B2/${hex()}`);
    smtp.refuse.add(withoutPhone.email);
    const { alertId } = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL, type: AlertType.CALL_FAILED, title: `Line down ${hex()}` });

    const rows = await finalDeliveries(org, alertId, 5, 15_000);
    expect(summary(rows)).toEqual([
      { channel: 'EMAIL', recipient: withPhone.email, status: 'SENT', attempts: 1, lastError: null },
      { channel: 'EMAIL', recipient: withoutPhone.email, status: 'FAILED', attempts: 3, lastError: expect.stringContaining('451') },
      { channel: 'SLACK', recipient: slackUrl, status: 'FAILED', attempts: 3, lastError: 'Slack answered 500' },
      { channel: 'SMS', recipient: '', status: 'SKIPPED', attempts: 0, lastError: `${withoutPhone.name} has no phone number` },
      { channel: 'SMS', recipient: withPhone.phone, status: 'SENT', attempts: 1, lastError: null },
    ]);
    // Every attempt reached the peers: three POSTs to the failing webhook, three refused recipients.
    expect(slackTo(slackUrl!)).toHaveLength(3);
    expect(smtp.refusals.filter((a) => a === withoutPhone.email)).toHaveLength(3);
    expect(mailsTo(withPhone.email)).toHaveLength(1);
    expect(smsTo(withPhone.phone)).toHaveLength(1);
    // Three failures in a row stay under the breaker's threshold: Slack is still usable for everyone.
    const { org: other, slackUrl: otherUrl } = await notifiedOrganization(`/services/T3/B3/${hex()}`);
    const ok = await raiseAlertIn(t.app, other.organizationId, { severity: AlertSeverity.MEDIUM, title: `Still fine ${hex()}` });
    expect((await finalDeliveries(other, ok.alertId, 1))[0]).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(slackTo(otherUrl!)).toHaveLength(1);
  });
});

describe('the Slack webhook setting', () => {
  it('takes https URLs (and http only to this machine), never shows the URL, and clears with null', async () => {
    const org = await createTenant(t);
    const set = (slackWebhookUrl: string | null) => gql(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { slackWebhookUrl } } }, { token: org.token });
    for (const bad of ['http://hooks.example.com/services/T/B/x', 'ftp://127.0.0.1/hook']) {
      const r = await set(bad);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions).toMatchObject({ field: 'input.alertSettings.slackWebhookUrl' });
    }
    for (const good of ['https://hooks.slack.com/services/T000/B000/XXXX', 'http://localhost:8080/hook', `${slack.url}/services/T/B/x`]) {
      const r = await set(good);
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateOrganization.organization.alertSettings.slackWebhookConfigured).toBe(true);
      expect(JSON.stringify(r.data)).not.toContain('/services/');
    }
    expect((await set(null)).data!.updateOrganization.organization.alertSettings.slackWebhookConfigured).toBe(false);
  });
});

/** "HH:MM" of `at` in `timezone`. */
function localHhMm(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

describe('quiet hours', () => {
  it('hold non-critical notifications (HELD, sendAfter = end of the window) and send them then, while CRITICAL goes out at once', async () => {
    const { org, withPhone, slackUrl } = await notifiedOrganization(`/services/T4/B4/${hex()}`);
    const timezone = (await gqlOk(t.url, OrganizationSettingsDocument, {}, { token: org.token })).organization.timezone;
    // The window ends at the next whole minute after real time plus one; the app's clock stands 4 s before its end.
    const windowEnd = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
    const quietHours = { start: localHhMm(new Date(windowEnd.getTime() - 3 * 3600_000), timezone), end: localHhMm(windowEnd, timezone) };
    const saved = await gqlOk(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { quietHours } } }, { token: org.token });
    expect(saved.updateOrganization.organization.alertSettings.quietHours).toEqual(quietHours);
    const badWindow = await gql(t.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { quietHours: { start: '25:00', end: '07:00' } } } }, { token: org.token });
    expect(codeOf(badWindow)).toBe('BAD_USER_INPUT');
    expect(badWindow.errors![0]!.extensions).toMatchObject({ field: 'input.alertSettings.quietHours.start' });

    clock.set(new Date(windowEnd.getTime() - 4000));
    try {
      const high = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.HIGH, title: `Quiet high ${hex()}` });
      const critical = await raiseAlertIn(t.app, org.organizationId, { severity: AlertSeverity.CRITICAL, title: `Loud critical ${hex()}` });

      const held = await eventually('HIGH deliveries held', async () => {
        const rows = (await gqlOk(t.url, AlertDeliveriesDocument, { id: high.alertId }, { token: org.token })).alert.deliveries;
        return rows.length === 3 ? rows : null;
      });
      expect(held.map((d) => [d.channel, d.status, d.sendAfter, d.attempts])).toEqual(held.map((d) => [d.channel, 'HELD', windowEnd.toISOString(), 0]));

      const loud = await finalDeliveries(org, critical.alertId, 5);
      expect(loud.filter((d) => d.status === 'SENT')).toHaveLength(4);
      expect(loud.every((d) => d.sendAfter === null)).toBe(true);
      // CRITICAL went out while the HIGH ones still wait.
      const stillHeld = (await gqlOk(t.url, AlertDeliveriesDocument, { id: high.alertId }, { token: org.token })).alert.deliveries;
      expect(stillHeld.map((d) => d.status)).toEqual(['HELD', 'HELD', 'HELD']);
      expect(mailsTo(withPhone.email).map((m) => /^Subject: \[(\w+)\]/m.exec(m.raw)?.[1])).toEqual(['CRITICAL']);

      // At the end of the window the held ones are sent.
      const released = await finalDeliveries(org, high.alertId, 3, 15_000);
      expect(released.map((d) => [d.status, d.attempts, d.sendAfter])).toEqual(released.map(() => ['SENT', 1, windowEnd.toISOString()]));
      expect(mailsTo(withPhone.email).map((m) => /^Subject: \[(\w+)\]/m.exec(m.raw)?.[1])).toEqual(['CRITICAL', 'HIGH']);
      expect(slackTo(slackUrl!).map((p) => /^\*\[(\w+)\]/.exec(p.body?.text ?? '')?.[1])).toEqual(['CRITICAL', 'HIGH']);
    } finally {
      clock.set(new Date());
    }
  }, 30_000);

  it('do not keep a server from shutting down while a notification is held for hours (regression: the embedded queue waited for it)', async () => {
    const own = await startTestServer({ ESCALATION_CHECK_SECONDS: '3600' });
    let outcome: 'closed' | 'hung' | undefined;
    try {
      const org = await createTenant(own);
      const timezone = (await gqlOk(own.url, OrganizationSettingsDocument, {}, { token: org.token })).organization.timezone;
      const now = Date.now();
      const quietHours = { start: localHhMm(new Date(now - 3600_000), timezone), end: localHhMm(new Date(now + 6 * 3600_000), timezone) };
      await gqlOk(own.url, UpdateOrganizationSettingsDocument, { input: { alertSettings: { quietHours, slackWebhookUrl: `${slack.url}/services/T5/B5/${hex()}` } } }, { token: org.token });
      const { alertId } = await raiseAlertIn(own.app, org.organizationId, { severity: AlertSeverity.MEDIUM, title: `Overnight ${hex()}` });
      const [held] = await eventually('a held Slack delivery', async () => {
        const rows = (await gqlOk(own.url, AlertDeliveriesDocument, { id: alertId }, { token: org.token })).alert.deliveries;
        return rows.length === 1 ? rows : null;
      });
      expect(held).toMatchObject({ channel: 'SLACK', status: 'HELD', attempts: 0 });
      expect(Date.parse(held!.sendAfter!)).toBeGreaterThan(now + 5 * 3600_000);

      outcome = await Promise.race([own.close().then(() => 'closed' as const), sleep(5000).then(() => 'hung' as const)]);
      expect(outcome).toBe('closed');
    } finally {
      if (!outcome) await own.close();
    }
  });
});
