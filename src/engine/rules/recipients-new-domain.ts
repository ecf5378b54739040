/**
 * On a reply, an external recipient from a domain that took no part in the quoted conversation
 * is the usual sign of a wrong address picked by autocomplete (002 line 128: keep important
 * information from the wrong hands). Forwards go to new people on purpose, and a thread without
 * quote headers gives nothing to compare with, so both stay silent.
 */
import { defineRule, type Report } from '../types';
import { domainOf } from '../parse/addresses';

/** Same organisation: the same domain, or one a subdomain of the other (mail.firma.pl, firma.pl). */
function related(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export const rule = defineRule({
  id: 'recipients-new-domain',
  meta: {
    category: 'recipients',
    severity: 'warning',
    standard: { doc: '002', line: 128, cite: 'Wytyczne dla korespondencji e-mail: standardy bezpieczeństwa korespondencji' },
    docs: {
      pl: 'W odpowiedzi odbiorca spoza urzędu z domeny, której nie było w dotychczasowej korespondencji – sprawdź, czy to właściwy adres.',
      en: 'A reply to an outside recipient whose domain took no part in the conversation so far – check the address.',
    },
    messages: ['newDomain'],
    defaultOptions: {},
  },
  check(message, { body, recipients, isExternal }) {
    if (message.composeType !== 'reply') return [];
    const threadDomains = [...new Set(body.threadAddresses.map(domainOf).filter(Boolean))];
    if (threadDomains.length === 0) return [];
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const r of recipients) {
      const address = r.address.trim();
      const key = address.toLowerCase();
      const domain = domainOf(address);
      if (!domain || seen.has(key) || !isExternal(address)) continue;
      seen.add(key);
      if (threadDomains.some((t) => related(t, domain))) continue;
      reports.push({ messageId: 'recipients-new-domain/newDomain', data: { address, domain }, location: { field: r.field, address } });
    }
    return reports;
  },
});
