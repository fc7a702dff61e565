/** Display formatting for documents and the public page. Never used for arithmetic. */

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, BHD 3), as Intl knows them. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** "1234567" EUR minor units → "EUR 12,345.67": integer arithmetic only, so large amounts print exactly. */
export function formatMoney(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${currency} ${whole}${fraction}`;
}

/** A calendar date (YYYY-MM-DD) as "12 Dec 2026"; zone-free on purpose: it is already the organization's date. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

/** An instant as UTC "2026-12-01 14:03 UTC" (acceptance records: unambiguous for both parties). */
export function formatInstant(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
