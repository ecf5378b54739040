/**
 * The visible placeholder for a field the clerk has not filled in yet, e.g.
 * "[uzupełnij: stanowisko]". signature-incomplete finds them again in an inserted signature.
 */
import type { SignatureField } from '../config';
import { SIGNATURE_FIELDS } from '../config';
import { formatMessage, type Lang } from '../i18n';

export function fieldLabel(field: SignatureField, lang: Lang): string {
  return formatMessage(lang, `signature.field.${field}`);
}

export function placeholder(field: SignatureField, lang: Lang): string {
  return formatMessage(lang, 'signature.placeholder', { field: fieldLabel(field, lang) });
}

/** Linear: a bracket, a fixed word, then one run of non-bracket characters. */
const PLACEHOLDER = /\[(?:uzupełnij|fill in):([^\]\n]{0,80})\]/giu;

let byLabel: Map<string, SignatureField> | null = null;

/** Label in either language -> field; built on first use, after the message tables are loaded. */
function fieldsByLabel(): Map<string, SignatureField> {
  if (!byLabel) {
    byLabel = new Map();
    for (const f of SIGNATURE_FIELDS) for (const lang of ['pl', 'en'] as const) byLabel.set(fieldLabel(f, lang).toLowerCase(), f);
  }
  return byLabel;
}

export type FoundPlaceholder = { field?: SignatureField; label: string; start: number; end: number };

/** Placeholders left in a signature text, with the field they stand for when recognised. */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) {
    const field = fieldsByLabel().get(m[1].trim().toLowerCase());
    found.push({ field, label: m[1].trim(), start: m.index, end: m.index + m[0].length });
  }
  return found;
}
