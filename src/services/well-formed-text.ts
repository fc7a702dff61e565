/**
 * Text we can store: no NUL character (PostgreSQL text and jsonb refuse it) and
 * no unpaired UTF-16 surrogate (not encodable as UTF-8, so it would be mangled
 * or refused). One rule for every way text reaches us: GraphQL and webhooks.
 */
const ILL_FORMED = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const ILL_FORMED_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

export function isWellFormedText(value: string): boolean {
  return !ILL_FORMED.test(value);
}

/**
 * The path (`input.tags.2`) of a string in a JSON-like value, as a
 * value or an object key, that is not well-formed text; null when all are.
 * Iterative, so a deeply nested value cannot overflow the stack.
 */
export function findIllFormedText(value: unknown, path: string): string | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      if (!isWellFormedText(v)) return p;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${p}.${i}`]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (!isWellFormedText(key)) return p;
        stack.push([item, `${p}.${key}`]);
      }
    }
  }
  return null;
}
