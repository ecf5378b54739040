/**
 * Personal data leaving the office (002 line 128: keep important information from the wrong
 * hands; 002 line 126: protect others' privacy). PESEL, ID card and passport numbers and bank
 * accounts are reported when any recipient — To, Cc or Bcc — is external; NIP and REGON are
 * public, so only when the option `include` asks. Only checksum-valid numbers count, the
 * organisation's own accounts and registry numbers never do, and the quoted thread counts too:
 * it is sent along. The block Etykieta inserted holds the office's data, not a person's, and is
 * skipped. The message shows only the last three characters of the number.
 *
 * An ID card or passport number counts only with a keyword before it ("dowód", "seria i numer",
 * "paszport", … within 60 characters: rules/data/id-document-keywords.ts): one random code of that
 * shape in ten passes the checksum, and order, parcel and customer numbers look just like them.
 * PESEL (checksum and birth date) and accounts (mod 97) need no keyword.
 */
import { defineRule } from '../types';
import type { EngineConfig } from '../config';
import { accountDigits, findIdentifiers, keywordBefore, maskIdentifier, type FoundIdentifier, type IdentifierKind } from '../identifiers';
import { ID_DOCUMENT_KEYWORDS, ID_KEYWORD_WINDOW, NOT_ID_DOCUMENT } from './data/id-document-keywords';
import { maskNumberFix } from '../fixes/data-fixes';

type Options = { include: string[] };

const ALWAYS: readonly IdentifierKind[] = ['pesel', 'idCard', 'passport', 'account'];
const OPTIONAL: readonly IdentifierKind[] = ['nip', 'regon'];

function kindsFor(options: Options): IdentifierKind[] {
  const include = Array.isArray(options.include) ? options.include.map((k) => String(k).toLowerCase()) : [];
  return [...ALWAYS, ...OPTIONAL.filter((k) => include.includes(k))];
}

/** The organisation's own numbers: its accounts (digits only) and whatever its registry line holds. */
function ownNumbers(policy: EngineConfig): Set<string> {
  const own = new Set<string>();
  for (const account of policy.organization.accounts) {
    const digits = accountDigits(account.replace(/[^\dA-Za-z]/g, ''));
    if (digits) own.add(digits);
  }
  if (policy.organization.registry) for (const id of findIdentifiers(policy.organization.registry)) own.add(id.value);
  return own;
}

const NEEDS_KEYWORD: ReadonlySet<IdentifierKind> = new Set(['idCard', 'passport']);

/** An ID card or passport number is one only when the text says so just before it. */
function named(text: string, id: FoundIdentifier): boolean {
  return !NEEDS_KEYWORD.has(id.kind) || keywordBefore(text, id.start, ID_DOCUMENT_KEYWORDS, ID_KEYWORD_WINDOW, NOT_ID_DOCUMENT);
}

export const rule = defineRule<Options>({
  id: 'sensitive-data',
  meta: {
    category: 'privacy',
    severity: 'warning',
    standard: { doc: '002', line: 128, cite: 'Przestrzegaj standardów bezpieczeństwa korespondencji; dbaj, by ważne informacje nie trafiły w niepowołane ręce' },
    docs: {
      pl: 'Wiadomość do odbiorcy spoza urzędu zawiera PESEL, numer dowodu osobistego lub paszportu albo numer rachunku bankowego (także w cytowanej korespondencji). NIP i REGON — tylko gdy polityka tego chce.',
      en: 'A message to an external recipient contains a PESEL, an ID card or passport number, or a bank account number (the quoted thread included). NIP and REGON only when the policy asks.',
    },
    messages: ['inOwnText', 'inQuote'],
    fixable: true,
    defaultOptions: { include: [] },
  },
  check(_message, { body, options, policy, isExternal, recipients }) {
    if (!recipients.some((r) => isExternal(r.address))) return [];
    const own = ownNumbers(policy);
    const skip = body.signature?.marked ? body.signature : null;
    const reported = new Set<string>();
    const reports = [];
    for (const id of findIdentifiers(body.text, 0, kindsFor(options))) {
      if (own.has(id.value) || !named(body.text, id)) continue;
      if (skip && id.start >= skip.start && id.end <= skip.end) continue;
      const inQuote = body.quote !== null && id.start >= body.quote.start;
      // The same number twice in one part is one problem.
      const key = `${inQuote}:${id.kind}:${id.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      // "Ukryj numer": a PESEL in the own text, written once there, masked to its last digits.
      const fix = !inQuote && id.kind === 'pesel' ? maskNumberFix(body, id.start, id.end, id.value) : undefined;
      reports.push({
        messageId: inQuote ? 'sensitive-data/inQuote' : 'sensitive-data/inOwnText',
        data: { kind: id.kind, masked: maskIdentifier(id.value) },
        location: { field: 'body' as const, start: id.start, end: id.end },
        ...(fix ? { fix } : {}),
      });
    }
    return reports;
  },
});
