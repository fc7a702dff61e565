import { LinkSigner } from '../../src/services/quotes/signed-links';

const QUOTE = '6f1c2a4e-0d5b-4c1e-9a7b-3f2e1d0c9b8a';
const NOW = new Date('2026-12-01T12:00:00Z');
const LATER = new Date('2026-12-08T12:00:00Z');

describe('quote link signing', () => {
  const signer = new LinkSigner('a-test-secret-that-is-long-enough-0123456789');

  it('round-trips a quote token until it expires, then says expired', () => {
    const token = signer.signQuote(QUOTE, LATER);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(signer.checkQuote(token, NOW)).toEqual({ ok: true, value: { quoteId: QUOTE, expiresAt: LATER } });
    expect(signer.checkQuote(token, LATER)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects every single-character change of a token as invalid, never as expired', () => {
    const token = signer.signQuote(QUOTE, LATER);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const replacement = alphabet[(alphabet.indexOf(token[i]) + 1) % alphabet.length];
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(signer.checkQuote(tampered, NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('does not let a later expiry be written into a token', () => {
    const [id, , sig] = signer.signQuote(QUOTE, NOW).split('.');
    const extended = `${id}.${Math.floor(LATER.getTime() / 1000).toString(36)}.${sig}`;
    expect(signer.checkQuote(extended, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects tokens of another secret and malformed ones', () => {
    const other = new LinkSigner('another-secret-that-is-long-enough-0123456789');
    expect(signer.checkQuote(other.signQuote(QUOTE, LATER), NOW)).toEqual({ ok: false, reason: 'invalid' });
    for (const junk of ['', 'a.b.c', '...', `${'A'.repeat(22)}.zz.${'A'.repeat(43)}`, 'x'.repeat(5000)]) {
      expect(signer.checkQuote(junk, NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('signs document URLs: tampered id, exp or sig is invalid; past exp is expired', () => {
    const doc = '0b9c3c56-8a63-4f7e-9d55-0f0e8a1d2c3b';
    const { exp, sig } = signer.signDocument(doc, LATER);
    expect(signer.checkDocument(doc, exp, sig, NOW)).toEqual({ ok: true, value: doc });
    expect(signer.checkDocument(doc, exp, sig, LATER)).toEqual({ ok: false, reason: 'expired' });
    expect(signer.checkDocument(doc, String(Number(exp) + 1), sig, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(signer.checkDocument(QUOTE, exp, sig, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(signer.checkDocument(doc, exp, null, NOW)).toEqual({ ok: false, reason: 'invalid' });
    // A quote token's signature is not a document signature for the same id and expiry.
    const quoteSig = signer.signQuote(doc, LATER).split('.')[2];
    expect(signer.checkDocument(doc, exp, quoteSig, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });
});
