/**
 * Which fields of the standard signature (002 line 122) a signature block holds. Typed
 * signatures vary, so each field is recognised by the clerk's or the policy's own value first,
 * then by what such a line usually looks like. Placeholders we inserted count as missing.
 */
import type { SignatureField } from '../config';
import { findAddresses } from '../parse/addresses';
import { DEPARTMENT, OFFICE, PERSON, PHONE_LABEL, POSITION, REGISTRY } from './patterns';
import { findPlaceholders } from './placeholder';
import { closingOfLine } from '../rules/data/closings';

export type KnownValues = {
  /** The sender's name from the settings and the From display name. */
  names: readonly string[];
  position?: string;
  department?: string;
  office?: string;
  address?: string;
  notice: string;
};

function normalize(s: string): string {
  return s.toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();
}

const POSTAL_CODE = /(?<!\d)\d{2}-\d{3}(?!\d)/u;
/** A street ("ul. Piastowska", "Rynek 1") — case-sensitive on purpose: "\p{Lu}" under /i would match any letter. */
const STREET = /(?<!\p{L})(?:(?:[Uu]l|[Aa]l|[Pp]l|[Oo]s)\.\s?\p{Lu}|(?:[Uu]lica|[Aa]leja|[Pp]lac|[Rr]ynek|[Oo]siedle)\s)|\p{Lu}\p{Ll}+\s\d{1,4}\p{Ll}?(?!\d)/u;
const URL = /(?:https?:\/\/|www\.)\S+/giu;

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

function hasPhone(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const t = line.trim();
    if (/\+48[\s-]?\d/.test(t)) return true;
    const digits = digitCount(t);
    if (digits < 9) return false;
    if (PHONE_LABEL.test(t)) return true;
    // A bare number on a line of its own: "77 405 27 31".
    return t.replace(/[\d\s+()/-]/g, '') === '';
  });
}

function includesValue(text: string, value: string | undefined): boolean {
  const v = normalize(value ?? '');
  return v.length >= 3 && text.includes(v);
}

/** A real signature is a few hundred characters; a hostile one must not cost more than this. */
export const MAX_SIGNATURE = 8000;

export function detectSignatureFields(signatureText: string, known: KnownValues): Set<SignatureField> {
  // Placeholders are not values; e-mail addresses and links would make "biuro@gmina.pl" an office.
  let text = signatureText.slice(0, MAX_SIGNATURE);
  for (const p of findPlaceholders(text).reverse()) text = text.slice(0, p.start) + text.slice(p.end);
  const hasEmail = findAddresses(text).length > 0;
  for (const a of findAddresses(text).reverse()) text = text.slice(0, a.start) + text.slice(a.end);
  text = text.replace(URL, ' ');

  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^--\s?$/.test(l));
  const flat = normalize(text);
  const present = new Set<SignatureField>();

  // The name opens the block, after the closing when the clerk typed it below the "-- " separator.
  const firstLine = (lines.find((l) => !closingOfLine(l)) ?? '').trim().replace(/[,.]$/, '');
  if (known.names.some((n) => includesValue(flat, n)) || (PERSON.test(firstLine) && !POSITION.test(firstLine) && !DEPARTMENT.test(firstLine) && !OFFICE.test(firstLine))) present.add('name');
  if (includesValue(flat, known.position) || POSITION.test(text)) present.add('position');
  if (includesValue(flat, known.department) || DEPARTMENT.test(text)) present.add('department');
  if (includesValue(flat, known.office) || OFFICE.test(text)) present.add('office');
  // The street and the postal code are often on two lines.
  if (includesValue(flat, known.address) || (POSTAL_CODE.test(text) && STREET.test(text))) present.add('address');
  if (hasPhone(lines)) present.add('phone');
  if (hasEmail) present.add('email');
  if (REGISTRY.test(text)) present.add('registry');
  if (includesValue(flat, known.notice.slice(0, 60)) || /informacje poufne|confidential/iu.test(text)) present.add('notice');
  return present;
}
