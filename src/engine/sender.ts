/**
 * Who a message is sent as. A clerk who sends from a shared or department mailbox
 * ("sekretariat@…", chosen in From) writes as that mailbox: the policy's `mailboxes` gives its
 * fields (department, phone, …), which replace the clerk's own, and the mailbox's address is the
 * e-mail printed unless the variant names another. The name and anything the variant leaves out
 * stay the clerk's. One function, used by the check (pane, send, CLI) and by every signature
 * insertion, so the signature written and the signature checked are the same.
 */
import type { EngineConfig } from './config';
import type { SenderProfile } from './model';

const FIELDS: readonly (keyof SenderProfile)[] = ['name', 'position', 'department', 'phone', 'email', 'room'];

/** The policy's variant for this From address (addresses compare case-insensitively), if any. */
export function mailboxVariant(config: Pick<EngineConfig, 'mailboxes'>, fromAddress: string | undefined): SenderProfile | undefined {
  if (!fromAddress || !config.mailboxes) return undefined;
  const key = fromAddress.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(config.mailboxes, key) ? config.mailboxes[key] : undefined;
}

/** The clerk's profile as it applies when sending from `fromAddress`. */
export function senderFor(config: Pick<EngineConfig, 'mailboxes'>, fromAddress: string | undefined, profile: SenderProfile | undefined): SenderProfile | undefined {
  const variant = mailboxVariant(config, fromAddress);
  if (!variant) return profile;
  const out: SenderProfile = { ...profile, email: (fromAddress as string).trim() };
  for (const field of FIELDS) {
    const value = variant[field];
    if (typeof value === 'string' && value.trim() !== '') out[field] = value;
  }
  return out;
}
