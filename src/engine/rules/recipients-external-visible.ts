/**
 * Recipients who do not know each other see each other's addresses (002 line 129: writing to
 * many recipients unknown to each other, use Bcc). What counts is external *parties* in To and
 * Cc: one per organisation's domain, but every free-mail address is a private person of its own.
 * Several people of one company seeing each other is normal; internal colleagues never count;
 * Bcc is already hidden. The fix moves every external to Bcc and leaves colleagues where they are.
 */
import { defineRule, type MessageData } from '../types';
import type { Address } from '../model';
import { domainOf, normalizeAddress } from '../parse/addresses';
import { isFreemailDomain } from './data/freemail';

/**
 * `toWhenEmpty`: who goes into To when every visible recipient was external and moved to Bcc:
 * "sender" (the clerk's own address, the default), "none", or an address such as the office's
 * mailbox. An Outlook message may have an empty To, but many clients and servers flag it.
 */
type Options = { threshold: number; toWhenEmpty: string; distributionListParties: number };

const DEFAULT_THRESHOLD = 3;
/**
 * How many parties an Outlook distribution list counts as (option `distributionListParties`). Its
 * members are unknown but many: with the default, a list alone raises nothing (its members see
 * only the list's address), while a list beside anyone else reaches the default threshold of 3.
 */
const DEFAULT_LIST_PARTIES = 2;

function listPartiesOf(options: Options): number {
  const n = Number(options.distributionListParties);
  return Number.isFinite(n) ? Math.max(1, Math.min(1000, Math.floor(n))) : DEFAULT_LIST_PARTIES;
}

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
      pl: 'Odbiorcy spoza urzędu z różnych organizacji (lub prywatnych skrzynek) widzą nawzajem swoje adresy w polach Do/DW — przenieś ich do UDW. Lista dystrybucyjna liczy się jak wielu odbiorców (opcja `distributionListParties`).',
      en: 'External recipients from different organisations (or private mailboxes) see each other’s addresses in To/Cc — move them to Bcc. A distribution list counts as many recipients (option `distributionListParties`).',
    },
    messages: ['visible', 'list'],
    fixable: true,
    defaultOptions: { threshold: DEFAULT_THRESHOLD, toWhenEmpty: 'sender', distributionListParties: DEFAULT_LIST_PARTIES },
  },
  check(message, { options, isExternal }) {
    const seen = new Set<string>();
    const visible: Array<Address & { field: 'to' | 'cc' }> = [];
    for (const [field, list] of [['to', message.to], ['cc', message.cc]] as const) {
      for (const a of list) {
        const key = normalizeAddress(a.address);
        // A distribution list counts whatever its domain: its members may be anyone (issue 15.4).
        if (!domainOf(key) || seen.has(key) || (!isExternal(a.address) && !a.isList)) continue;
        seen.add(key);
        visible.push({ ...a, field });
      }
    }
    const parties = new Set<string>();
    const perList = listPartiesOf(options);
    for (const a of visible) {
      if (!a.isList) parties.add(partyOf(a.address));
      else for (let i = 0; i < perList; i++) parties.add(`${normalizeAddress(a.address)}\u0000list${i}`);
    }
    if (parties.size < thresholdOf(options)) return [];
    const list = visible.find((a) => a.isList);

    // Every external goes: one citizen left in To would still be seen by all the others in Bcc.
    const first = visible[0];
    const movingKeys = new Set(visible.map((a) => normalizeAddress(a.address)));
    const toEmptied = message.to.every((a) => movingKeys.has(normalizeAddress(a.address)));
    const fill = toEmptied ? toWhenEmptyOf(options, message.from) : undefined;
    return [
      {
        messageId: list ? 'recipients-external-visible/list' : 'recipients-external-visible/visible',
        data: list ? { count: parties.size, list: list.name ?? list.address } : ({ count: parties.size } as MessageData),
        location: { field: first.field, address: first.address },
        fix: { kind: 'moveToBcc', addresses: visible.map((a) => a.address), ...(fill ? { toWhenEmpty: fill } : {}) },
      },
    ];
  },
});
