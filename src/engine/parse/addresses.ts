/**
 * E-mail addresses inside free text. A scanner, not one big regex: from each "@" it walks left
 * over local-part characters and right over domain characters. Neither walk can cross another
 * "@", so every character is visited a bounded number of times (a regex with a run before the
 * "@" rescans that run from every start position: quadratic on "a.a.a.a…").
 */
import { trimTrailing } from '../text/trim';

export type FoundAddress = { address: string; start: number; end: number };

const ALNUM = /[\p{L}\p{N}]/u;
const LETTERS = /^\p{L}{2,}$/u;
/** A letter or digit; ASCII without the regex (quote headers of a 1 MB thread hold thousands of addresses). */
function isAlnum(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return ALNUM.test(c);
}
const isLocal = (c: string) => isAlnum(c) || c === '.' || c === '_' || c === '%' || c === '+' || c === '-';
const isDomain = (c: string) => isAlnum(c) || c === '.' || c === '-';
const isLocalEdge = (c: string) => c === '.' || c === '_' || c === '%' || c === '+' || c === '-';

/** The longest prefix of `domain` made of non-empty labels whose last label is 2+ letters. */
function validDomain(domain: string): string {
  // The common case, one string test: no empty label, so the whole domain is the candidate.
  const lastDot = domain.lastIndexOf('.');
  if (lastDot > 0 && domain.charCodeAt(0) !== 46 && !domain.includes('..') && LETTERS.test(domain.slice(lastDot + 1))) return domain;
  const labels = domain.split('.');
  while (labels.length >= 2) {
    if (labels.every((l) => l.length > 0) && LETTERS.test(labels[labels.length - 1])) return labels.join('.');
    labels.pop();
  }
  return '';
}

export function findAddresses(text: string, offset = 0, from = 0, to = text.length): FoundAddress[] {
  const found: FoundAddress[] = [];
  let floor = from;
  for (let at = text.indexOf('@', from); at !== -1 && at < to; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isLocal(text[start - 1])) start--;
    while (start < at && isLocalEdge(text[start])) start++;
    let end = at + 1;
    while (end < to && isDomain(text[end])) end++;
    const domain = validDomain(trimTrailing(text.slice(at + 1, end), '.-'));
    if (start < at && domain) {
      const stop = at + 1 + domain.length;
      found.push({ address: text.slice(start, stop), start: offset + start, end: offset + stop });
      floor = stop;
    }
  }
  return found;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}
