import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app';
import { ACROSS_TENANTS } from '../db/tenant-filter';
import { QuoteDocument } from '../entities/quote-document.entity';
import type { PublicQuoteResult } from '../services/quotes/public-acceptance.service';
import { BodyTooLargeError, readBody } from './body';
import { publicMessageHtml, publicQuoteHtml } from './public-quote-html';
import { RateLimits, rateLimitHeaders } from './rate-limit';

/** A form post is a name or a reason: a few kilobytes at most. */
const MAX_FORM_BYTES = 16_384;
const TOKEN_PATH = /^\/q\/([A-Za-z0-9._-]{1,200})(\/accept|\/reject)?$/;
const DOCUMENT_PATH = /^\/documents\/([0-9a-f-]{36})$/;

/** No script, no framing, no referrer (the token is in the URL), nothing cached. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The customer's side, without a login: GET /q/{token} (the sent version),
 * POST /q/{token}/accept (form field `name`), POST /q/{token}/reject (field
 * `reason`), and GET /documents/{id}?exp=&sig= (a stored PDF). A wrong or
 * tampered link is 404, an expired one 410. Every request spends the
 * caller's IP budget (QUOTE_PAGE_RATE_LIMIT_PER_IP per rate-limit window).
 */
export function publicQuoteRoutes(app: App) {
  const limits = new RateLimits({ ...app.config.rateLimit, perIp: app.config.quoteDocuments.publicPagePerIp }, app.redis, `${app.config.redisKeyPrefix}:quote-page`, app.logger);
  const service = app.quoteDocuments.publicPage;

  return {
    matches: (path: string) => TOKEN_PATH.test(path) || DOCUMENT_PATH.test(path),
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      const ip = req.socket.remoteAddress ?? 'unknown';
      const decision = await limits.take(null, ip);
      const headers = rateLimitHeaders(decision);
      if (!decision.allowed) return message(res, 429, 'Too many requests', 'Please wait a moment and try again.', { ...headers, 'retry-after': String(decision.resetSeconds) });
      const doc = DOCUMENT_PATH.exec(url.pathname);
      if (doc) return download(app, req, res, doc[1], url, headers);
      const [, token, action] = TOKEN_PATH.exec(url.pathname)!;
      if (!action) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return message(res, 405, 'Method not allowed', 'Use GET.', { ...headers, allow: 'GET, HEAD' });
        return page(app, res, token, await service.view(token), headers);
      }
      if (req.method !== 'POST') return message(res, 405, 'Method not allowed', 'Use the form on the quote page.', { ...headers, allow: 'POST' });
      let form: URLSearchParams;
      try {
        form = new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
      } catch (err) {
        if (err instanceof BodyTooLargeError) return message(res, 413, 'Too large', 'The form was too large.', headers);
        throw err;
      }
      const visitor = { ip, userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null };
      const result = action === '/accept' ? await service.accept(token, form.get('name') ?? '', visitor) : await service.reject(token, form.get('reason') ?? '', visitor);
      if (result.status === 400) {
        const current = await service.view(token);
        return page(app, res, token, current.status === 200 ? current : result, headers, result.problem);
      }
      if (result.status !== 200) return page(app, res, token, result, headers);
      // Post/redirect/get: a reload of the answer page does not post again.
      res.writeHead(303, { ...PAGE_HEADERS, ...headers, location: `/q/${token}` });
      res.end();
    },
  };
}

function page(app: App, res: ServerResponse, token: string, result: PublicQuoteResult, headers: Record<string, string>, problem?: string): void {
  if (result.status === 404) return message(res, 404, 'Quote not found', 'This link is not valid. Check that you copied all of it.', headers);
  if (result.status === 410) return message(res, 410, 'This quote has expired', 'The quote is no longer open. Ask the sender for a new one.', headers);
  if (result.status === 400) return message(res, 400, 'Something is missing', result.problem, headers);
  const pdfUrl = result.quoteDocumentId ? app.quoteDocuments.sending.documentUrl(result.quoteDocumentId, true) : null;
  res.writeHead(problem ? 400 : 200, { ...PAGE_HEADERS, ...headers });
  res.end(publicQuoteHtml({ model: result.model, pagePath: `/q/${token}`, pdfUrl, decision: result.decision, problem }));
}

function message(res: ServerResponse, status: number, title: string, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers });
  res.end(publicMessageHtml(title, text));
}

async function download(app: App, req: IncomingMessage, res: ServerResponse, id: string, url: URL, headers: Record<string, string>): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return message(res, 405, 'Method not allowed', 'Use GET.', { ...headers, allow: 'GET, HEAD' });
  const check = app.quoteDocuments.signer.checkDocument(id, url.searchParams.get('exp'), url.searchParams.get('sig'), app.clock.now());
  if (!check.ok) return check.reason === 'expired' ? message(res, 410, 'Link expired', 'This download link has expired.', headers) : message(res, 404, 'Not found', 'No such document.', headers);
  // The signature names the document; it is found across organizations because the link is the authority.
  const doc = await app.orm.em.fork().findOne(QuoteDocument, id, { ...ACROSS_TENANTS, populate: ['content'] });
  if (!doc) return message(res, 404, 'Not found', 'No such document.', headers);
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/pdf',
    'content-length': String(doc.content.length),
    'content-disposition': `attachment; filename="${doc.kind.toLowerCase().replace(/_/g, '-')}-v${doc.version}.pdf"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'x-document-sha256': doc.sha256,
  });
  res.end(req.method === 'HEAD' ? undefined : doc.content);
}
