import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 signatures for the two public doors of quoting: a document
 * download URL (`/documents/{id}?exp=&sig=`) and the customer's page
 * (`/q/{token}`). Stateless: a link is checked without a database read, so a
 * tampered one costs nothing; what it points at is still checked afterwards.
 * The signature is checked before the expiry, so editing `exp` is "not found",
 * never "expired".
 */

export type LinkCheck<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class LinkSigner {
  private readonly key: Buffer;

  constructor(secret: string | Buffer) {
    // One derived key per purpose family, so this secret's signatures mean nothing to other HMAC users of it.
    this.key = createHmac('sha256', secret).update('switchboard quote links v1').digest();
  }

  private mac(purpose: string, subject: string, exp: number): Buffer {
    return createHmac('sha256', this.key).update(`${purpose}\n${subject}\n${exp}`).digest();
  }

  /** Query string values of a document download link valid until `expiresAt`. */
  signDocument(documentId: string, expiresAt: Date): { exp: string; sig: string } {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return { exp: String(exp), sig: this.mac('document', documentId, exp).toString('base64url') };
  }

  checkDocument(documentId: string, exp: string | null, sig: string | null, now: Date): LinkCheck<string> {
    if (!UUID.test(documentId) || !exp || !/^\d{1,12}$/.test(exp) || !sig) return { ok: false, reason: 'invalid' };
    if (!equal(this.mac('document', documentId, Number(exp)), sig)) return { ok: false, reason: 'invalid' };
    if (Number(exp) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, value: documentId };
  }

  /** The customer's token for a quote: `<quote id, 22 chars>.<expiry, base36 seconds>.<signature>`. */
  signQuote(quoteId: string, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    const id = Buffer.from(quoteId.replace(/-/g, ''), 'hex').toString('base64url');
    return `${id}.${exp.toString(36)}.${this.mac('quote', quoteId, exp).toString('base64url')}`;
  }

  /** The quote id of a token; `expired` only for a token we signed. */
  checkQuote(token: string, now: Date): LinkCheck<{ quoteId: string; expiresAt: Date }> {
    const parts = token.split('.');
    if (parts.length !== 3 || !/^[A-Za-z0-9_-]{22}$/.test(parts[0]) || !/^[0-9a-z]{1,9}$/.test(parts[1])) return { ok: false, reason: 'invalid' };
    const bytes = Buffer.from(parts[0], 'base64url');
    // Only the canonical spelling: the unused low bits of the last character must not make a second valid token.
    if (bytes.toString('base64url') !== parts[0]) return { ok: false, reason: 'invalid' };
    const hex = bytes.toString('hex');
    const quoteId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const exp = parseInt(parts[1], 36);
    if (!UUID.test(quoteId) || !equal(this.mac('quote', quoteId, exp), parts[2])) return { ok: false, reason: 'invalid' };
    if (exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, value: { quoteId, expiresAt: new Date(exp * 1000) } };
  }
}

function equal(expected: Buffer, given: string): boolean {
  if (!/^[A-Za-z0-9_-]{43}$/.test(given)) return false;
  const actual = Buffer.from(given, 'base64url');
  // Canonical spelling only (the last character carries unused bits), so one signature has one spelling.
  return actual.length === expected.length && actual.toString('base64url') === given && timingSafeEqual(actual, expected);
}
