/**
 * Which messages the office sent. In an export, most mail is received: auditing a citizen's
 * letter would grade the citizen and put their words into the supervisor's report. The office is
 * what the policy says it is: `internalDomains`, plus the domain of `organization.email`, plus any
 * `--domain`; a From at one of them (or a subdomain) is the office's. With none known the
 * command refuses to guess (exit 2) instead of auditing everyone.
 */
import type { EngineConfig } from '../engine/config';
import { domainOf } from '../engine/parse/addresses';
import { isInDomains } from '../engine/recipients';

const clean = (d: string) => d.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');

export function officeDomainsOf(config: EngineConfig, extra: readonly string[]): string[] {
  const fromPolicy = [...config.internalDomains, ...(config.organization.email ? [domainOf(config.organization.email)] : [])];
  return [...new Set([...fromPolicy, ...extra].map(clean).filter(Boolean))];
}

export function isFromOffice(address: string | undefined, officeDomains: readonly string[]): boolean {
  return address !== undefined && isInDomains(address, officeDomains);
}
