/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers (days since 1970-01-01, UTC), so that
 * no time zone or daylight-saving change can move a deadline by a day.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a real calendar date, or undefined (2026-02-30, 2026-13-01, "jutro"). */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d) / MS_PER_DAY;
  return formatDay(day) === text ? day : undefined;
}

export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function formatDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * KPA art. 57 § 3: a deadline in months ends on the same day number of the last month,
 * or on that month's last day when it has no such day (31 January + 1 month = 28/29 February).
 */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayOf(y, m, Math.min(date, daysInMonth(y, m)));
}
