/**
 * Recipients who do not know each other see each other's addresses (002 line 129: writing to
 * many recipients unknown to each other, use Bcc). What counts is external *parties* in To and
 * Cc: one per organisation's domain, but every free-mail address is a private person of its own.
 * Several people of one company seeing each other is normal; internal colleagues never count;
 * Bcc is already hidden.
 */
import { defineRule } from '../types';
import type { Address } from '../model';
import { domainOf, normalizeAddress } from '../parse/addresses';
import { isFreemailDomain } from './data/freemail';

type Options = { threshold: number };

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
    defaultOptions: { threshold: DEFAULT_THRESHOLD },
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

    // Keep the first external addressee in To visible, as the user chose; hide the rest.
    const keep = visible.find((a) => a.field === 'to');
    const moving = visible.filter((a) => a !== keep);
    const first = moving[0];
    return [
      {
        messageId: 'recipients-external-visible/visible',
        data: { count: parties.size },
        location: { field: first.field, address: first.address },
        fix: { kind: 'moveToBcc', addresses: moving.map((a) => a.address) },
      },
    ];
  },
});
