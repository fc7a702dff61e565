import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock } from '../../src/services/clock';
import type { QuoteUpdatedEvent } from '../../src/services/pubsub/events';
import { createTenant, type Tenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { createPricedQuote, ownerScope, QUOTE_LINES } from '../support/quote-fixtures';
import { startTestServer, type TestServer } from '../support/server';

// A busy machine starts the API slowly (migrations on PGlite) and renders PDFs slowly.
jest.setTimeout(90_000);

const UA = 'QuoteTest/1.0 (integration)';

describe('the public quote page /q/{token}', () => {
  let t: TestServer;
  let tenant: Tenant;
  const clock = new ManualClock(new Date('2027-03-01T15:00:00Z'));
  const base = () => `http://127.0.0.1:${t.server.port}`;
  const pathOf = (publicUrl: string) => new URL(publicUrl).pathname;
  const get = (path: string) => fetch(`${base()}${path}`, { headers: { 'user-agent': UA }, redirect: 'manual' });
  const post = (path: string, form: Record<string, string>) =>
    fetch(`${base()}${path}`, { method: 'POST', body: new URLSearchParams(form), headers: { 'user-agent': UA }, redirect: 'manual' });

  async function sentQuote(options: { validUntil?: string } = {}) {
    const q = await createPricedQuote(t, tenant, options);
    const sent = await t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId: q.quoteId });
    return { ...q, path: pathOf(sent.publicUrl), sha256: sent.documents.find((d) => d.kind === 'QUOTE')!.sha256 };
  }

  beforeAll(async () => {
    t = await startTestServer({ APP_BASE_URL: 'http://quotes.example.test' }, undefined, { clock });
    tenant = await createTenant(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows the sent version as escaped HTML without script, lines in order, with a working PDF link', async () => {
    const q = await sentQuote();
    const res = await get(q.path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    const at = QUOTE_LINES.map((l) => html.indexOf(l.description));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('Customer &amp; Co');
    const pdfHref = /href="([^"]+)">Download the quote/.exec(html)![1].replace(/&amp;/g, '&');
    const pdf = await get(pdfHref);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('x-document-sha256')).toBe(q.sha256);
  });

  it('answers 404 for a tampered token and 410 once the quote has expired', async () => {
    const q = await sentQuote({ validUntil: '2027-03-05' });
    const [id, exp, sig] = q.path.slice(3).split('.');
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const tampered of [`${flip(id, 3)}.${exp}.${sig}`, `${id}.${exp}.${flip(sig, 10)}`, `${id}.${(parseInt(exp, 36) + 1).toString(36)}.${sig}`, 'nonsense']) {
      expect((await get(`/q/${tampered}`)).status).toBe(404);
      expect((await post(`/q/${tampered}/accept`, { name: 'Mallory' })).status).toBe(404);
    }
    clock.set(new Date('2027-03-07T15:00:00Z'));
    try {
      expect((await get(q.path)).status).toBe(410);
      expect((await post(`${q.path}/accept`, { name: 'Too Late' })).status).toBe(410);
      expect(await sqlRows(t, 'select id from quote_acceptance where quote_id = ?', [q.quoteId])).toEqual([]);
    } finally {
      clock.set(new Date('2027-03-01T15:00:00Z'));
    }
  });

  it('keeps showing what was sent while a newer version is drafted', async () => {
    const q = await sentQuote();
    await t.app.quotes.update(ownerScope(t, tenant), q.quoteId, { lines: [{ description: 'Completely different work', quantity: '1', unit: 'each', unitPrice: 100, taxRate: '0' }] });
    const html = await (await get(q.path)).text();
    expect(html).toContain(QUOTE_LINES[0].description);
    expect(html).not.toContain('Completely different work');
    expect(html).toContain('version 1');
  });

  it('accepts once by typed name: records name, time, IP, user agent and document hash; lead WON, owner alerted, quoteUpdated published', async () => {
    const q = await sentQuote();
    const events: QuoteUpdatedEvent[] = [];
    const feed = t.app.pubsub.subscribe('quoteUpdated', tenant.organizationId);
    void (async () => {
      for await (const e of feed) events.push(e);
    })();
    await sleep(300);

    expect((await post(`${q.path}/accept`, { name: '   ' })).status).toBe(400);
    const accepted = await post(`${q.path}/accept`, { name: 'Dana  Customer' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(q.path);
    const again = await post(`${q.path}/accept`, { name: 'Someone Else' });
    expect(again.status).toBe(303);
    await post(`${q.path}/reject`, { reason: 'changed my mind' });

    const rows = await sqlRows(t, 'select decision, name, reason, decided_at, ip, user_agent, document_sha256, version from quote_acceptance where quote_id = ?', [q.quoteId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decision: 'ACCEPTED', name: 'Dana Customer', reason: null, user_agent: UA, document_sha256: q.sha256, version: 1 });
    expect(String(rows[0].ip)).toMatch(/127\.0\.0\.1$/);
    expect(new Date(rows[0].decided_at as string).toISOString()).toBe('2027-03-01T15:00:00.000Z');

    const page = await (await get(q.path)).text();
    expect(page).toContain('Accepted by Dana Customer on 2027-03-01 15:00 UTC.');
    expect(page).not.toContain('<form');

    expect((await sqlRows(t, 'select status from quote where id = ?', [q.quoteId]))[0].status).toBe('ACCEPTED');
    expect((await sqlRows(t, 'select status from lead where id = ?', [q.leadId]))[0].status).toBe('WON');
    const scoreEvents = await sqlRows(t, "select delta, reason from score_event where lead_id = ? and source = 'QUOTE' order by created_at", [q.leadId]);
    expect(scoreEvents.map((e) => e.reason)).toEqual(['+10 quote sent', '+25 quote "Office cabling" accepted']);
    const alerts = await sqlRows(t, "select subject_type, subject_id from alert where type = 'QUOTE_ACCEPTED' and subject_id = ?", [q.leadId]);
    expect(alerts).toEqual([{ subject_type: 'Lead', subject_id: q.leadId }]);
    const audit = await sqlRows(t, "select action from audit_event where entity_id = ? and action in ('quote.accept', 'quote.reject')", [q.quoteId]);
    expect(audit).toEqual([{ action: 'quote.accept' }]);
    await sleep(200);
    expect(events.filter((e) => e.quoteId === q.quoteId && e.kind === 'ACCEPTED')).toHaveLength(1);
    await feed.return?.();
  });

  it('records a rejection with its reason', async () => {
    const q = await sentQuote();
    expect((await post(`${q.path}/reject`, { reason: 'Too expensive <b>for now</b>' })).status).toBe(303);
    const rows = await sqlRows(t, 'select decision, reason from quote_acceptance where quote_id = ?', [q.quoteId]);
    expect(rows).toEqual([{ decision: 'REJECTED', reason: 'Too expensive <b>for now</b>' }]);
    expect((await sqlRows(t, 'select status from quote where id = ?', [q.quoteId]))[0].status).toBe('REJECTED');
    const html = await (await get(q.path)).text();
    expect(html).toContain('Too expensive &lt;b&gt;for now&lt;/b&gt;');
    expect((await sqlRows(t, 'select status from lead where id = ?', [q.leadId]))[0].status).toBe('PROPOSAL');
  });

  it('turns an accepted quote into a contract with its document, and the contract into a DRAFT renewal quote', async () => {
    const q = await sentQuote();
    expect((await post(`${q.path}/accept`, { name: 'Dana Customer' })).status).toBe(303);
    const scope = ownerScope(t, tenant);
    const contract = await t.app.quoteDocuments.contracts.generate(scope, { quoteId: q.quoteId, startsOn: '2027-04-01' });
    expect(contract).toMatchObject({ startsOn: '2027-04-01', endsOn: '2028-03-31', totalMinor: 268200, currency: 'EUR', version: 1 });
    expect(contract.lines.map((l) => l.description)).toEqual(QUOTE_LINES.map((l) => l.description));
    const docs = await sqlRows(t, "select kind from quote_document where quote_id = ? and kind = 'CONTRACT'", [q.quoteId]);
    expect(docs).toHaveLength(1);
    await expect(t.app.quoteDocuments.contracts.generate(ownerScope(t, tenant), { quoteId: q.quoteId })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    const renewal = await t.app.quoteDocuments.contracts.renewalQuote(ownerScope(t, tenant), { contractId: contract.id });
    expect(renewal.status).toBe('DRAFT');
    expect(renewal.totalMinor).toBe(268200);
    expect((await sqlRows(t, 'select renewals, renewal_quote_id from contract where id = ?', [contract.id]))[0]).toEqual({ renewals: 1, renewal_quote_id: renewal.id });
  });
});

describe('the public quote page rate limit', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ QUOTE_PAGE_RATE_LIMIT_PER_IP: '5' }, undefined, { clock: new ManualClock(new Date('2027-03-01T15:00:00Z')) });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 with Retry-After past the per-IP budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`http://127.0.0.1:${t.server.port}/q/not-a-token`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    const limited = await fetch(`http://127.0.0.1:${t.server.port}/q/not-a-token`);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
