/**
 * A recipient's domain one keystroke away from a well-known one (gmial.com, wp.p, onet.pll), from
 * the office's own domain, or from another recipient's domain (starostwo-nowogrod.pl next to
 * starostwo.nowogrod.pl): a typo that sends the message to a stranger (002 line 128). A domain that
 * is itself a real free-mail domain or internal is never reported: o2.pl and op.pl both exist.
 */
import { defineRule, type Report } from '../types';
import { domainOf } from '../parse/addresses';
import { isOneEditApart } from '../text/edit-distance';
import { FREEMAIL_DOMAINS, isFreemailDomain } from './data/freemail';

export const rule = defineRule({
  id: 'recipients-lookalike',
  meta: {
    category: 'recipients',
    severity: 'warning',
    standard: { doc: '002', line: 128, cite: 'Wytyczne dla korespondencji e-mail: standardy bezpieczeństwa korespondencji' },
    docs: {
      pl: 'Domena odbiorcy różni się jednym znakiem od znanej domeny pocztowej, domeny urzędu albo domeny innego odbiorcy – to zwykle literówka.',
      en: 'A recipient’s domain is one character away from a well-known mail domain, the office’s domain or another recipient’s domain – usually a typo.',
    },
    messages: ['lookalike'],
    defaultOptions: {},
  },
  check(_message, { recipients, policy, isExternal }) {
    const domains = recipients.map((r) => domainOf(r.address));
    const checked = recipients.map((r, i) => domains[i] !== '' && isExternal(r.address) && !isFreemailDomain(domains[i]));
    const reference = [...FREEMAIL_DOMAINS, ...policy.internalDomains];
    const reports: Report[] = [];
    const reported = new Set<string>();
    recipients.forEach((r, i) => {
      if (!checked[i]) return;
      const domain = domains[i];
      const key = r.address.trim().toLowerCase();
      if (reported.has(key)) return;
      let resembles = reference.find((d) => isOneEditApart(domain, d));
      // Two checked recipients that resemble each other are reported once, on the later one.
      for (let j = 0; resembles === undefined && j < domains.length; j++) {
        if ((j < i || !checked[j]) && isOneEditApart(domain, domains[j])) resembles = domains[j];
      }
      if (resembles === undefined) return;
      reported.add(key);
      const address = r.address.trim();
      reports.push({ messageId: 'recipients-lookalike/lookalike', data: { address, domain, resembles }, location: { field: r.field, address } });
    });
    return reports;
  },
});
