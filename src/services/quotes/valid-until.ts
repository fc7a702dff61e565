import { addDays, wallClockAt, wallClockToInstant, type CalendarDay } from '../ai/local/zoned-time';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-31" as a calendar day, or null when it is not a real date. */
export function parseCalendarDay(text: string): CalendarDay | null {
  const m = DAY.exec(text.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCFullYear() === day.year && check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : null;
}

/** The last millisecond of `day` on the wall clock of `timeZone` (the instant before the next day's midnight, DST included). */
export function endOfDay(day: CalendarDay, timeZone: string): Date {
  const next = addDays(day, 1);
  return new Date(wallClockToInstant({ ...next, hour: 0, minute: 0 }, timeZone).getTime() - 1);
}

/** The calendar day `instant` falls on in `timeZone`. */
export function dayAt(instant: Date, timeZone: string): CalendarDay {
  const w = wallClockAt(instant, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

export function formatDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
