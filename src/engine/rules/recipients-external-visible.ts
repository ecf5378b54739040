/**
 * Recipients who do not know each other see each other's addresses (002 line 129: writing to
 * many recipients unknown to each other, use Bcc). What counts is external *parties* in To and
 * Cc: one per organisation's domain, but every free-mail address is a private person of its own.
 * Several people of one company seeing each other is normal; internal colleagues never count;
 * Bcc is already hidden. The fix moves every external to Bcc and leaves colleagues where they are.
 */
import { defineRule } from '../types';
import type { Address } from '../model';
import { domainOf, normalizeAddress } from '../parse/addresses';
import { isFreemailDomain } from './data/freemail';

/**
 * `toWhenEmpty`: who goes into To when every visible recipient was external and moved to Bcc:
 * "sender" (the clerk's own address, the default), "none", or an address such as the office's
 * mailbox. An Outlook message may have an empty To, but many clients and servers flag it.
 */
type Options = { threshold: number; toWhenEmpty: string };

const DEFAULT_THRESHOLD = 3;

/** The party an external address belongs to: its domain, or the address itself at a free-mail domain. */
export function partyOf(address: string): string {
  const domain = domainOf(address);
  return isFreemailDomain(domain) ? normalizeAddress(address) : domain;
}

/** At least two parties must be visible for anyone to see a stranger's address. */
function thresholdOf(options: Options): number {
  const t = Number(options.threshold);
  return Number.isFinite(t) ? Math.max(2, Math.floor(t)) : DEFAULT_THRESHOLD;
}

/** The address the option names; a value that is no address means the default, the sender. */
function toWhenEmptyOf(options: Options, sender: Address | undefined): Address | undefined {
  const value = typeof options.toWhenEmpty === 'string' ? options.toWhenEmpty.trim() : 'sender';
  if (value === 'none') return undefined;
  if (value !== 'sender' && domainOf(value) && !/\s/.test(value)) return { address: value };
  return sender;
}

export const rule = defineRule<Options>({
  id: 'recipients-external-visible',
  meta: {
    category: 'recipients',
    severity: 'warning',
    standard: { doc: '002', line: 129, cite: 'Kierując korespondencję do wielu odbiorców, nieznanym sobie nawzajem, używaj formuły UDW' },
    docs: {
      pl: 'Odbiorcy spoza urzędu z różnych organizacji (lub prywatnych skrzynek) widzą nawzajem swoje adresy w polach Do/DW — przenieś ich do UDW.',
      en: 'External recipients from different organisations (or private mailboxes) see each other’s addresses in To/Cc — move them to Bcc.',
    },
    messages: ['visible'],
    fixable: true,
    defaultOptions: { threshold: DEFAULT_THRESHOLD, toWhenEmpty: 'sender' },
  },
  check(message, { options, isExternal }) {
    const seen = new Set<string>();
    const visible: Array<Address & { field: 'to' | 'cc' }> = [];
    for (const [field, list] of [['to', message.to], ['cc', message.cc]] as const) {
      for (const a of list) {
        const key = normalizeAddress(a.address);
        if (!domainOf(key) || seen.has(key) || !isExternal(a.address)) continue;
        seen.add(key);
        visible.push({ ...a, field });
      }
    }
    const parties = new Set(visible.map((a) => partyOf(a.address)));
    if (parties.size < thresholdOf(options)) return [];

    // Every external goes: one citizen left in To would still be seen by all the others in Bcc.
    const first = visible[0];
    const movingKeys = new Set(visible.map((a) => normalizeAddress(a.address)));
    const toEmptied = message.to.every((a) => movingKeys.has(normalizeAddress(a.address)));
    const fill = toEmptied ? toWhenEmptyOf(options, message.from) : undefined;
    return [
      {
        messageId: 'recipients-external-visible/visible',
        data: { count: parties.size },
        location: { field: first.field, address: first.address },
        fix: { kind: 'moveToBcc', addresses: visible.map((a) => a.address), ...(fill ? { toWhenEmpty: fill } : {}) },
      },
    ];
  },
});
