/** Minutes since local midnight of `at` in `timezone`. */
function localMinutes(at: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * When a notification may go out: `at` itself outside the organization's quiet
 * hours, else the local end of the window (e.g. 07:00 next morning). Windows
 * may wrap midnight ("22:00"–"07:00").
 */
export function sendableAt(at: Date, timezone: string, window: { start: string; end: string } | null): Date {
  if (!window) return at;
  const now = localMinutes(at, timezone);
  const start = toMinutes(window.start);
  const end = toMinutes(window.end);
  const inside = start <= end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return at;
  const minutesLeft = (end - now + 24 * 60) % (24 * 60);
  const next = new Date(at.getTime() + minutesLeft * 60_000);
  next.setUTCSeconds(0, 0);
  return next;
}
