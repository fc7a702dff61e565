/**
 * Wall-clock time in an IANA timezone, with DST handled by Intl. The local
 * analyzer reasons about calendar days ("Tuesday", "tomorrow") in the
 * organization's zone and only converts to a UTC instant at the end, so a
 * call before a DST change still books the right hour after it.
 */

/** A calendar day plus a time of day, as a clock on the wall in some zone shows it. */
export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

// Building a DateTimeFormat costs far more than using one; one per zone per process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the wall clock in `timeZone` shows at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

/** UTC offset of `timeZone` at `instant`, in minutes east of UTC (Chicago in summer: −300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClockAt(instant, timeZone);
  const asIfUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const instantToMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asIfUtc - instantToMinute) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `clock`. The offset
 * to use is the one in force at the answer, so we try the offsets in force
 * half a day either side: in a fall-back overlap (01:30 happens twice) the
 * earlier instant wins; in a spring-forward gap (02:30 never happens) the time
 * moves an hour later, as the clocks do.
 */
export function wallClockToInstant(clock: WallClock, timeZone: string): Date {
  const asIfUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const halfDay = 12 * 60 * 60_000;
  const offsetBefore = zoneOffsetMinutes(new Date(asIfUtc - halfDay), timeZone);
  const offsetAfter = zoneOffsetMinutes(new Date(asIfUtc + halfDay), timeZone);
  const candidates = [asIfUtc - offsetBefore * 60_000, asIfUtc - offsetAfter * 60_000].sort((a, b) => a - b);
  const shows = (instant: number): boolean => sameWallClock(wallClockAt(new Date(instant), timeZone), clock);
  return new Date(candidates.find(shows) ?? asIfUtc - offsetBefore * 60_000);
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/** The calendar day `days` after `day` (negative goes back); pure calendar arithmetic, no zone. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday, as in Date#getDay. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Orders two calendar days: negative if `a` is earlier. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
