/**
 * Dates as the office reads them: a message's day and month in Polish time (Europe/Warsaw),
 * whatever zone its Date header was written in, so a letter sent at 00:30 on 1 March counts in
 * March. `--since` / `--until` are such days, both inclusive.
 */
const WARSAW = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-01" for an ISO instant, in Polish time; undefined for no date. */
export function localDay(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? undefined : WARSAW.format(when);
}

export function localMonth(iso: string | undefined): string | undefined {
  return localDay(iso)?.slice(0, 7);
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** With a range given, a message without a readable date is outside it: nothing says it belongs. */
export function inRange(iso: string | undefined, since: string | undefined, until: string | undefined): boolean {
  if (since === undefined && until === undefined) return true;
  const day = localDay(iso);
  if (day === undefined) return false;
  return (since === undefined || day >= since) && (until === undefined || day <= until);
}

const WARSAW_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2026-01-12 09:15" in Polish time, as the report and the CSV show a message's date. */
export function localDateTime(iso: string | undefined): string {
  const day = localDay(iso);
  return day === undefined ? '' : `${day} ${WARSAW_TIME.format(new Date(iso!))}`;
}
