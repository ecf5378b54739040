/**
 * Dates as the pane's language writes them: "20.11.2026" in Polish, "2026-11-20" in English.
 * A browser's <input type="date"> shows the browser's own locale (mm/dd/yyyy in an English
 * Chromium, whatever the pane's language), so the pane shows its own format in a text field.
 */
import type { Lang } from '../../../engine/i18n';
import { dayOf, formatDay, partsOf } from '../../../engine/deadlines/dates';

export function formatLocalDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang !== 'pl') return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** YYYY-MM-DD of that day, when there is such a day (no 31 February). */
function isoIfReal(year: number, month: number, date: number): string | undefined {
  const day = dayOf(year, month, date);
  const parts = partsOf(day);
  return parts.year === year && parts.month === month && parts.date === date ? formatDay(day) : undefined;
}

/** "20.11.2026", "20.11.2026 r.", "2026-11-20" → "2026-11-20"; undefined for anything else or no such day. */
export function parseLocalDate(text: string): string | undefined {
  // A trailing "r." (rok) as Polish letters write dates; trimmed without a pattern anchored at the end.
  let t = text.trim();
  if (t.endsWith('r.')) t = t.slice(0, -2).trimEnd();
  else if (t.endsWith(' r')) t = t.slice(0, -1).trimEnd();
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}
