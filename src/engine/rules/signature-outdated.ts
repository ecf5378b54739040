/**
 * A signature that names the office but carries its old address, phone or registry data
 * (002 line 123: keep the data in the message current). Typed signatures and ones inserted before
 * the policy changed go stale after a move or a new switchboard. Compared leniently: phones and
 * registry numbers by their digits, the address without case, spaces, punctuation or "ul."; only
 * the fields the policy gives, and only when the signature names the organisation.
 */
import { defineRule } from '../types';
import type { Organization } from '../config';
import { signatureLineKind } from '../parse/signature';
import { foldWord } from '../text/phrases';
import { GENERIC_OFFICE_WORDS, REGISTRY_LABELS } from './data/office-names';

type OutdatedField = 'address' | 'phone' | 'registry';

/** Folded words of a text, for comparing names: "Kędzierzynie-Koźlu" -> "kedzierzynie kozlu". */
function foldedWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord);
}

/** True when the signature names the organisation: its full name, or its distinctive words in order. */
export function namesOrganisation(signature: string, name: string): boolean {
  const sig = ` ${foldedWords(signature).join(' ')} `;
  const full = foldedWords(name);
  if (full.length === 0) return false;
  if (sig.includes(` ${full.join(' ')} `)) return true;
  const distinctive = full.filter((w) => !GENERIC_OFFICE_WORDS.has(w));
  return distinctive.length > 0 && sig.includes(` ${distinctive.join(' ')} `);
}

const STREET_WORDS = new Set(['ul', 'ulica', 'al', 'aleja', 'aleje', 'pl', 'plac', 'os', 'osiedle']);

function addressWords(text: string): string[] {
  return foldedWords(text).filter((w) => !STREET_WORDS.has(w));
}

/**
 * The signature carries the address: as one run ignoring case, spaces, punctuation and "ul."
 * ("Piastowska 1\n47-220 Kędzierzyn-Koźle"), or every word of it in another order
 * ("47-220 Kędzierzyn-Koźle, ul. Piastowska 1").
 */
function carriesAddress(signature: string, address: string): boolean {
  const wanted = addressWords(address);
  const have = addressWords(signature);
  if (have.join('').includes(wanted.join(''))) return true;
  const set = new Set(have);
  return wanted.every((w) => set.has(w));
}

/** The last nine digits of a phone number: "+48 77 405-22-10" and "(77) 4052210" agree. */
function phoneKey(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : '';
}

const PHONE_LABEL = /\b(tel|telefon|phone|kom|mobile|centrala)\b/iu;
const REGISTRY_LINE = new RegExp(`\\b(${REGISTRY_LABELS.join('|')})\\b`, 'iu');
// Bounded runs, so each match attempt is short: linear over the signature.
const PHONE_NUMBER = /\+?\(?\d[\d\s().-]{6,20}\d/gu;
const FAX = /\bfax\b[^,;|\n]*/giu;
const EXTENSION = /\bwew\.?\s*\d{1,6}/giu;
const REGISTRY_ENTRY = new RegExp(`\\b(${REGISTRY_LABELS.join('|')})\\b[^\\d\\n]{0,12}(\\d[\\d -]{0,20}\\d)`, 'giu');

/** Phone numbers on the signature's phone lines (faxes and registry numbers left out). */
function phonesIn(signature: string): string[] {
  const keys: string[] = [];
  for (const line of signature.split('\n')) {
    if (REGISTRY_LINE.test(line)) continue;
    if (!PHONE_LABEL.test(line) && signatureLineKind(line) !== 'phone') continue;
    const cleaned = line.replace(FAX, ' ').replace(EXTENSION, ' ');
    for (const m of cleaned.match(PHONE_NUMBER) ?? []) {
      const key = phoneKey(m);
      if (key) keys.push(key);
    }
  }
  return keys;
}

/** "NIP 749-200-41-23, REGON 531412345" -> { nip: "7492004123", regon: "531412345" }. */
function registryEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const m of text.matchAll(REGISTRY_ENTRY)) entries.set(m[1].toLowerCase(), m[2].replace(/\D/g, ''));
  return entries;
}

function outdatedFields(signature: string, org: Organization, senderPhone: string | undefined): OutdatedField[] {
  const fields: OutdatedField[] = [];
  if (org.address) {
    const hasAddress = signature.split('\n').some((line) => signatureLineKind(line) === 'address');
    if (hasAddress && addressWords(org.address).length > 0 && !carriesAddress(signature, org.address)) fields.push('address');
  }
  if (org.phone) {
    const found = phonesIn(signature);
    const current = [phoneKey(org.phone.replace(EXTENSION, ' ')), phoneKey((senderPhone ?? '').replace(EXTENSION, ' '))].filter(Boolean);
    if (found.length > 0 && current.length > 0 && !found.some((p) => current.includes(p))) fields.push('phone');
  }
  if (org.registry) {
    const wanted = registryEntries(org.registry);
    const found = registryEntries(signature);
    for (const [label, digits] of found) {
      const expected = wanted.get(label);
      if (expected !== undefined && expected !== digits) {
        fields.push('registry');
        break;
      }
    }
  }
  return fields;
}

export const rule = defineRule({
  id: 'signature-outdated',
  meta: {
    category: 'signature',
    severity: 'warning',
    standard: { doc: '002', line: 123, cite: 'Wytyczne dla korespondencji e-mail: zapewnij aktualność danych w korespondencji' },
    docs: {
      pl: 'Podpis podaje nazwę urzędu, ale jego adres, telefon lub dane rejestrowe różnią się od aktualnych danych z polityki urzędu.',
      en: 'The signature names the office, but its address, phone or registry data differ from the current data in the office policy.',
    },
    messages: ['outdated'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body, policy }) {
    const signature = body.signature;
    const org = policy.organization;
    if (!signature || !org.name || !namesOrganisation(signature.text, org.name)) return [];
    const fields = outdatedFields(signature.text, org, message.sender?.phone);
    if (fields.length === 0) return [];
    const data: Record<string, string> = { fields: fields.join(',') };
    for (const f of fields) data[f] = org[f] ?? '';
    return [
      {
        messageId: 'signature-outdated/outdated',
        data,
        location: { field: 'body', start: signature.start, end: signature.end },
        // Only our own block can be replaced exactly; a typed signature is the clerk's to correct.
        ...(signature.marked ? { fix: { kind: 'insertSignature' as const, variant: message.composeType === 'new' ? ('full' as const) : ('short' as const), replace: true } } : {}),
      },
    ];
  },
});
