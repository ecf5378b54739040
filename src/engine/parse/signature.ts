/**
 * Finds a signature the clerk typed by hand (ours carries a marker and is found by the HTML
 * parser): a "-- " delimiter, or a block near the end of the own text that holds the sender's
 * name together with a position, phone or address line.
 */
import { closingOfLine } from '../rules/data/closings';
import type { LineInfo } from './quote';

const PHONE = /(\+48[\s-]?)?(\(?\d{2}\)?[\s-]?)?\d{3}[\s-]?\d{2,3}[\s-]?\d{2,3}/;
const ADDRESS = /\b(ul\.|al\.|pl\.|os\.|ulica|aleja)\s*\p{Lu}|\b\d{2}-\d{3}\b/u;
const CONTACT_LABEL = /^\s*(tel\.?|telefon|phone|fax|e-?mail|mail|www|kom\.?)\s*[:.]?/iu;
const POSITION = /\b(inspektor|podinspektor|referent|specjalista|kierownik|naczelnik|dyrektor|sekretarz|skarbnik|starosta|wicestarosta|burmistrz|wójt|prezydent|zastępca|główny|pomoc administracyjna|radca|asystent|koordynator|inspector|manager|officer|head of|clerk)\b/iu;
const OFFICE = /\b(urząd|starostwo|wydział|referat|biuro|gmina|powiat|miasto|ośrodek|zarząd|office|department)\b/iu;

/** How strongly a line looks like part of a signature block. */
export function signatureLineKind(text: string): 'phone' | 'address' | 'position' | 'office' | 'contact' | null {
  if (CONTACT_LABEL.test(text)) return 'contact';
  if (ADDRESS.test(text)) return 'address';
  if (POSITION.test(text)) return 'position';
  if (OFFICE.test(text)) return 'office';
  if (PHONE.test(text) && text.replace(/[\d\s+()-]/g, '').length < 12) return 'phone';
  return null;
}

function normalize(s: string): string {
  return s.toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();
}

const MAX_SIGNATURE_LINES = 14;

/**
 * Index of the first signature line among the own-text lines, or -1.
 * `names`: the sender's name from the settings and the From display name.
 */
export function findTypedSignature(lines: readonly LineInfo[], names: readonly string[]): number {
  const wanted = names.map(normalize).filter((n) => n.length >= 3);
  let last = lines.length - 1;
  while (last >= 0 && lines[last].text.trim() === '') last--;
  if (last < 0) return -1;
  const first = Math.max(0, last - MAX_SIGNATURE_LINES);

  for (let i = first; i <= last; i++) {
    if (/^--\s?$/.test(lines[i].text)) return i + 1 <= last ? i : -1;
  }
  const hasDetailsAfter = (i: number) => {
    for (let j = i; j <= Math.min(last, i + 8); j++) if (signatureLineKind(lines[j].text)) return true;
    return false;
  };
  for (let i = first; i <= last; i++) {
    const t = normalize(lines[i].text);
    if (t.length > 0 && t.length < 80 && wanted.some((n) => t === n || t.startsWith(`${n} `) || t.startsWith(`${n},`))) {
      if (hasDetailsAfter(i)) return i;
    }
  }
  // No known name: the block right after a closing line, when it looks like contact details.
  for (let i = last; i >= first; i--) {
    if (closingOfLine(lines[i].text)) {
      let k = i + 1;
      while (k <= last && lines[k].text.trim() === '') k++;
      if (k <= last && last - k < MAX_SIGNATURE_LINES && hasDetailsAfter(k)) {
        let details = 0;
        for (let j = k; j <= last; j++) if (signatureLineKind(lines[j].text)) details++;
        if (details >= 1) return k;
      }
      break;
    }
  }
  return -1;
}
