import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { ManualClock } from '../../src/services/clock';
import { QuoteDocumentKind } from '../../src/services/quotes/documents/document-model';
import { startSmtpSink } from '../fakes/smtp-sink';
import { eventually } from '../support/eventually';
import { CreateQuoteDocument, GenerateContractDocument, QuoteDocumentsDocument, SendQuoteDocument, UpdateDocumentTemplateDocument } from '../generated/graphql';
import { codeOf, gql, gqlOk } from '../support/client';
import { createTenant, UserRole, type Tenant } from '../support/factories';
import { sqlRows } from '../support/isolation-table';
import { pdfText, rasterizedPages } from '../support/pdf-tools';
import { createPricedQuote, ownerScope, QUOTE_LINES } from '../support/quote-fixtures';
import { startTestServer, type TestServer } from '../support/server';

// A busy machine starts the API slowly (migrations on PGlite) and renders PDFs slowly.
jest.setTimeout(90_000);

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('quote documents and sending', () => {
  let t: TestServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let tenant: Tenant;
  let other: Tenant;
  const clock = new ManualClock(new Date('2027-03-01T15:00:00Z'));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, APP_BASE_URL: 'http://quotes.example.test' }, undefined, { clock });
    tenant = await createTenant(t);
    other = await createTenant(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends: freezes the version, stores three PDFs with their SHA-256, and mails the quote PDF with the public link after commit', async () => {
    const { quoteId, email } = await createPricedQuote(t, tenant);
    const sent = await t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId, message: 'As discussed on the phone.' });
    expect(sent.quote.status).toBe('SENT');
    expect(sent.documents.map((d) => d.kind)).toEqual([QuoteDocumentKind.QUOTE, QuoteDocumentKind.SCOPE_OF_WORK, QuoteDocumentKind.TERMS]);
    expect(sent.publicUrl).toMatch(/^http:\/\/quotes\.example\.test\/q\/[A-Za-z0-9_-]{22}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);

    const rows = await sqlRows(t, 'select kind, version, sha256, size_bytes, content from quote_document where quote_id = ? order by kind', [quoteId]);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const content = row.content as Buffer;
      expect(row.version).toBe(1);
      expect(row.sha256).toBe(sha256(content));
      expect(row.size_bytes).toBe(content.length);
      expect(rasterizedPages(content).length).toBeGreaterThanOrEqual(1);
    }

    const mail = await eventually('the quote email', () => sink.messages.find((m) => m.to.includes(email)));
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toContain('Office cabling');
    expect(parsed.text).toContain('As discussed on the phone.');
    expect(parsed.text).toContain(sent.publicUrl);
    expect(parsed.attachments).toHaveLength(1);
    const pdf = parsed.attachments[0].content;
    const quoteRow = rows.find((r) => r.kind === 'QUOTE')!;
    expect(sha256(pdf)).toBe(quoteRow.sha256);
    const text = pdfText(pdf);
    const at = QUOTE_LINES.map((l) => text.indexOf(l.description));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Lines 24 × 85.00, 129.00 − 9.00, 1.5 × 60.00; tax 20 % on the first two.
    expect(text).toMatch(/Subtotal\s+EUR 2,250\.00/);
    expect(text).toMatch(/Tax\s+EUR 432\.00/);
    expect(text).toMatch(/Total\s+EUR 2,682\.00/);
  });

  it('serves a document by its signed URL: tampered 404, expired 410', async () => {
    const { quoteId } = await createPricedQuote(t, tenant);
    const sent = await t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId });
    const doc = sent.documents.find((d) => d.kind === QuoteDocumentKind.TERMS)!;
    const url = t.app.quoteDocuments.sending.documentUrl(doc.id).replace('http://quotes.example.test', `http://127.0.0.1:${t.server.port}`);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await ok.arrayBuffer());
    expect(sha256(body)).toBe(doc.sha256);
    expect(pdfText(body)).toContain('Terms and conditions');

    const u = new URL(url);
    const sig = u.searchParams.get('sig')!;
    u.searchParams.set('sig', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1));
    expect((await fetch(u)).status).toBe(404);
    const later = new URL(url);
    later.searchParams.set('exp', String(Number(later.searchParams.get('exp')) + 3600));
    expect((await fetch(later)).status).toBe(404);
    clock.advance((t.app.config.quoteDocuments.documentUrlTtlSeconds + 1) * 1000);
    try {
      expect((await fetch(url)).status).toBe(410);
    } finally {
      clock.advance(-(t.app.config.quoteDocuments.documentUrlTtlSeconds + 1) * 1000);
    }
  });

  it("renders with the organization's own template blocks and refuses a template that does not compile", async () => {
    await t.app.quoteDocuments.templates.update(ownerScope(t, tenant), { kind: QuoteDocumentKind.TERMS, body: 'Payment in full within {{lineCount}} weeks to {{organization.name}}.' });
    await expect(t.app.quoteDocuments.templates.update(ownerScope(t, tenant), { kind: QuoteDocumentKind.QUOTE, intro: '{{#if lead.name}}never closed' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { quoteId } = await createPricedQuote(t, tenant);
    const sent = await t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId });
    const terms = (await sqlRows(t, "select content from quote_document where quote_id = ? and kind = 'TERMS'", [quoteId]))[0].content as Buffer;
    expect(pdfText(terms).replace(/\s+/g, ' ')).toContain('Payment in full within 3 weeks to');
    expect(sent.documents).toHaveLength(3);
    // The other organization still gets the defaults.
    const views = await t.app.quoteDocuments.templates.list(ownerScope(t, other).em);
    expect(views.find((v) => v.kind === QuoteDocumentKind.TERMS)!.custom.body).toBeNull();
  });

  it("does not send another organization's quote, and stores nothing for it", async () => {
    const { quoteId } = await createPricedQuote(t, tenant);
    await expect(t.app.quoteDocuments.sending.send(ownerScope(t, other), { quoteId })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await sqlRows(t, 'select id from quote_document where quote_id = ?', [quoteId])).toEqual([]);
    expect((await sqlRows(t, 'select status from quote where id = ?', [quoteId]))[0].status).toBe('DRAFT');
  });

  it('sendQuote over GraphQL: quotes:write only, documents with signed URLs, field-coded errors', async () => {
    const { quoteId } = await createPricedQuote(t, tenant);
    const viewer = await tenant.user(UserRole.VIEWER);
    expect(codeOf(await gql(t.url, SendQuoteDocument, { input: { quoteId } }, { token: viewer.token }))).toBe('FORBIDDEN');
    const readKey = await tenant.apiKey(['quotes:read']);
    expect(codeOf(await gql(t.url, SendQuoteDocument, { input: { quoteId } }, { token: readKey }))).toBe('FORBIDDEN');
    const tooLong = await gql(t.url, SendQuoteDocument, { input: { quoteId, message: 'x'.repeat(5001) } }, { token: tenant.token });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.message' });
    const writeKey = await tenant.apiKey(['quotes:write']);
    const sent = (await gqlOk(t.url, SendQuoteDocument, { input: { quoteId } }, { token: writeKey })).sendQuote;
    expect(sent).toMatchObject({ quoteId, version: 1 });
    expect(sent.documents.map((d) => d.kind)).toEqual(['QUOTE', 'SCOPE_OF_WORK', 'TERMS']);
    for (const d of sent.documents) expect(d.url).toMatch(new RegExp(`^http://quotes\\.example\\.test/documents/${d.id}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`));
    const read = (await gqlOk(t.url, QuoteDocumentsDocument, { id: quoteId }, { token: readKey })).quote;
    expect(read.documents.map((d) => [d.kind, d.sha256])).toEqual(sent.documents.map((d) => [d.kind, d.sha256]));
    expect(read.decision).toBeNull();
    expect((await gqlOk(t.url, QuoteDocumentsDocument, { id: quoteId, version: 2 }, { token: readKey })).quote.documents).toEqual([]);
    const notAccepted = await gql(t.url, GenerateContractDocument, { input: { quoteId } }, { token: tenant.token });
    expect(notAccepted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const badTemplate = await gql(t.url, UpdateDocumentTemplateDocument, { input: { kind: 'QUOTE', footer: '{{#each}}' } }, { token: tenant.token });
    expect(badTemplate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.footer' });
    const audit = await sqlRows(t, "select action from audit_event where entity_id = ? and action in ('quote.send', 'quote.email') order by action", [quoteId]);
    expect(audit).toEqual([{ action: 'quote.email' }, { action: 'quote.send' }]);
  });

  it('createQuote and sendQuote retried with one idempotency key make one quote and send one email', async () => {
    const lead = await tenant.lead({ email: `retry-${Date.now()}@example.test` });
    const create = { leadId: lead.id, title: 'Retried quote', currency: 'EUR', lines: QUOTE_LINES, idempotencyKey: `create-${lead.id}` };
    const first = (await gqlOk(t.url, CreateQuoteDocument, { input: create }, { token: tenant.token })).createQuote.quote;
    const again = (await gqlOk(t.url, CreateQuoteDocument, { input: create }, { token: tenant.token })).createQuote.quote;
    expect(again.id).toBe(first.id);
    expect(await sqlRows(t, 'select id from quote where lead_id = ?', [lead.id])).toEqual([{ id: first.id }]);

    const send = { quoteId: first.id, idempotencyKey: `send-${first.id}` };
    const sent = (await gqlOk(t.url, SendQuoteDocument, { input: send }, { token: tenant.token })).sendQuote;
    const replayed = (await gqlOk(t.url, SendQuoteDocument, { input: send }, { token: tenant.token })).sendQuote;
    expect(replayed.publicUrl).toBe(sent.publicUrl);
    expect(replayed.documents.map((d) => d.sha256)).toEqual(sent.documents.map((d) => d.sha256));
    expect(await sqlRows(t, "select action from audit_event where entity_id = ? and action = 'quote.email'", [first.id])).toHaveLength(1);
    const changed = await gql(t.url, SendQuoteDocument, { input: { ...send, message: 'different' } }, { token: tenant.token });
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
  });

  it('refuses to send to a lead without an email address and keeps the quote a DRAFT', async () => {
    const lead = await tenant.lead({});
    const quote = await t.app.quotes.create(ownerScope(t, tenant), { leadId: lead.id, title: 'No email', currency: 'EUR', lines: QUOTE_LINES });
    await expect(t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId: quote.id })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.quoteId' } });
    expect((await sqlRows(t, 'select status from quote where id = ?', [quote.id]))[0].status).toBe('DRAFT');
  });
});

describe('quote sending when SMTP is down', () => {
  let t: TestServer;
  const clock = new ManualClock(new Date('2027-03-01T15:00:00Z'));
  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, every attempt is refused.
    t = await startTestServer({ SMTP_URL: 'smtp://127.0.0.1:9' }, undefined, { clock });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the quote SENT with its documents and records the failed email on the audit trail', async () => {
    const tenant = await createTenant(t);
    const { quoteId } = await createPricedQuote(t, tenant);
    const sent = await t.app.quoteDocuments.sending.send(ownerScope(t, tenant), { quoteId });
    expect(sent.quote.status).toBe('SENT');
    const failed = await eventually(
      'the email failure on the audit trail',
      async () => (await sqlRows(t, "select after from audit_event where entity_id = ? and action = 'quote.email_failed'", [quoteId]))[0],
      20_000,
      200,
    );
    expect(failed.after).toMatchObject({ version: 1 });
    expect((await sqlRows(t, 'select status, sent_version from quote where id = ?', [quoteId]))[0]).toEqual({ status: 'SENT', sent_version: 1 });
    expect(await sqlRows(t, 'select kind from quote_document where quote_id = ?', [quoteId])).toHaveLength(3);
  });
});
