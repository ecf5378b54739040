/**
 * Finds a signature the clerk typed by hand (ours carries a marker and is found by the HTML
 * parser): a "-- " delimiter; a block near the end of the own text that holds the sender's
 * name together with a position, phone or address line; a block as offices type it, a name line
 * followed by a position ("Insp. ds. gospodarki odpadami"), office, address or phone line; or
 * the block right after a closing line, when it looks like contact details.
 */
import { closingOfLine } from '../rules/data/closings';
import { OFFICE, DEPARTMENT, PERSON, POSITION } from '../signature/patterns';
import { collapseSpaces } from '../text/trim';
import type { Lines } from './lines';

const PHONE = /(\+48[\s-]?)?(\(?\d{2}\)?[\s-]?)?\d{3}[\s-]?\d{2,3}[\s-]?\d{2,3}/;
const ADDRESS = /\b(ul\.|al\.|pl\.|os\.|ulica|aleja)\s*\p{Lu}|\b\d{2}-\d{3}\b/u;
const CONTACT_LABEL = /^\s*(tel\.?|telefon|phone|fax|e-?mail|mail|www|kom\.?)\s*[:.]?/iu;
/** Longer lines are prose, not a line of a signature (and may be 1 MB long). */
const MAX_SIGNATURE_LINE = 100;

/** How strongly a line looks like part of a signature block. */
export function signatureLineKind(text: string): 'phone' | 'address' | 'position' | 'office' | 'contact' | null {
  if (CONTACT_LABEL.test(text)) return 'contact';
  if (ADDRESS.test(text)) return 'address';
  if (POSITION.test(text)) return 'position';
  if (OFFICE.test(text) || DEPARTMENT.test(text)) return 'office';
  if (PHONE.test(text) && text.replace(/[\d\s+()-]/g, '').length < 12) return 'phone';
  return null;
}

/** A line with only a person's name ("Jan Nowak", "mgr inż. Anna Wiśniewska-Kowalska"). */
function isNameLine(text: string): boolean {
  const t = text.trim().replace(/[,.]$/, '');
  return t.length > 0 && t.length <= 60 && PERSON.test(t) && !closingOfLine(t) && signatureLineKind(t) === null;
}

function normalize(s: string): string {
  return collapseSpaces(s.toLocaleLowerCase('pl')).trim();
}

const MAX_SIGNATURE_LINES = 14;

/**
 * The typed block as offices write it: going up from the last line over name and signature
 * lines (one blank line between them allowed), the last name line directly followed by a
 * position, else the first name line followed by any signature line. -1 when there is none.
 */
function typedBlock(lines: Lines, first: number, last: number): number {
  const signatureLike = (t: string) => t.length <= MAX_SIGNATURE_LINE && (isNameLine(t) || signatureLineKind(t) !== null);
  let top = last + 1;
  let blanks = 0;
  for (let i = last; i >= first; i--) {
    if (lines.isBlank(i)) {
      if (++blanks > 1) break; // two blank lines end the block
      continue;
    }
    blanks = 0;
    if (!signatureLike(lines.text(i))) break;
    top = i;
  }
  let anyDetail = -1;
  let withPosition = -1;
  for (let i = top; i < last; i++) {
    if (!isNameLine(lines.text(i))) continue;
    let k = i + 1;
    while (k <= last && lines.isBlank(k)) k++;
    const kind = k <= last && lines.end(k) - lines.start(k) <= MAX_SIGNATURE_LINE ? signatureLineKind(lines.text(k)) : null;
    if (kind === 'position') withPosition = i;
    else if (kind !== null && anyDetail < 0) anyDetail = i;
  }
  return withPosition >= 0 ? withPosition : anyDetail;
}

/**
 * Index of the first signature line among the own-text lines, or -1.
 * `names`: the sender's name from the settings and the From display name.
 */
export function findTypedSignature(lines: Lines, names: readonly string[]): number {
  const wanted = names.map(normalize).filter((n) => n.length >= 3);
  const last = lines.lastNonBlank();
  if (last < 0) return -1;
  const first = Math.max(0, last - MAX_SIGNATURE_LINES);

  for (let i = first; i <= last; i++) {
    if (/^--\s?$/.test(lines.text(i))) return i + 1 <= last ? i : -1;
  }
  const hasDetailsAfter = (i: number) => {
    for (let j = i; j <= Math.min(last, i + 8); j++) if (lines.end(j) - lines.start(j) <= MAX_SIGNATURE_LINE * 10 && signatureLineKind(lines.text(j))) return true;
    return false;
  };
  for (let i = first; i <= last; i++) {
    if (lines.end(i) - lines.start(i) >= 200) continue; // a name line with a few spaces more than the name fits in this
    const t = normalize(lines.text(i));
    if (t.length > 0 && t.length < 80 && wanted.some((n) => t === n || t.startsWith(`${n} `) || t.startsWith(`${n},`))) {
      if (hasDetailsAfter(i)) return i;
    }
  }
  const typed = typedBlock(lines, first, last);
  if (typed >= 0) return typed;
  // No known name: the block right after a closing line, when it looks like contact details.
  for (let i = last; i >= first; i--) {
    if (closingOfLine(lines.text(i))) {
      let k = i + 1;
      while (k <= last && lines.isBlank(k)) k++;
      if (k <= last && last - k < MAX_SIGNATURE_LINES && hasDetailsAfter(k)) {
        let details = 0;
        for (let j = k; j <= last; j++) if (signatureLineKind(lines.text(j))) details++;
        if (details >= 1) return k;
      }
      break;
    }
  }
  return -1;
}
