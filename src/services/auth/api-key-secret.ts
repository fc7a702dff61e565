import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API key format: `sk_live_<8 hex id>_<43 chars of base64url secret>`. The
 * prefix (`sk_live_<id>`) is stored in clear to find the row and to show in
 * lists; the whole key only as a SHA-256 hash.
 */
const KEY_FORMAT = /^(sk_live_[0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewKeySecret {
  key: string;
  prefix: string;
  hash: string;
}

export function generateKeySecret(): NewKeySecret {
  const prefix = `sk_live_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function prefixOf(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null;
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('sk_');
}

export function hashesMatch(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
