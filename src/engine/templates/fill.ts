/**
 * Shared by every template: a missing value becomes the visible "[uzupełnij: …]" placeholder
 * (the same one the signature uses), never an empty gap the clerk could overlook.
 */
import { formatMessage, type Lang } from '../i18n';
import { parseIsoDate } from '../deadlines';

export function valueOr(lang: Lang, value: string | undefined, field: string): string {
  const v = value?.trim();
  if (v) return v;
  return formatMessage(lang, 'signature.placeholder', { field: formatMessage(lang, `template.field.${field}`) });
}

/** "2026-12-28" -> "28.12.2026 r." / "28 December 2026"; anything else is kept as typed. */
export function dateText(lang: Lang, iso: string | undefined, field: string): string {
  if (!iso || parseIsoDate(iso) === undefined) return valueOr(lang, iso, field);
  const [y, m, d] = iso.split('-').map(Number);
  return formatMessage(lang, 'template.date', { year: y, month: m, day: d });
}
