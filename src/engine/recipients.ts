/** Who is internal: the sender's domain, the policy's internal domains, and their subdomains. */
import type { Address, MailMessage, RecipientField } from './model';
import { domainOf } from './parse/addresses';

export function internalDomainsOf(message: MailMessage, configured: readonly string[]): string[] {
  const domains = (Array.isArray(configured) ? configured : []).filter((d) => typeof d === 'string').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const own = message.from ? domainOf(message.from.address) : '';
  if (own) domains.push(own);
  return [...new Set(domains)];
}

export function isInDomains(address: string, domains: readonly string[]): boolean {
  const d = domainOf(address);
  if (!d) return false;
  return domains.some((x) => d === x || d.endsWith(`.${x}`));
}

export function allRecipients(message: MailMessage): Array<Address & { field: RecipientField }> {
  return [
    ...message.to.map((a) => ({ ...a, field: 'to' as const })),
    ...message.cc.map((a) => ({ ...a, field: 'cc' as const })),
    ...message.bcc.map((a) => ({ ...a, field: 'bcc' as const })),
  ];
}
