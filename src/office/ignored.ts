/**
 * The clerk's ignores of this message, kept in the item's session data (Mailbox 1.11): the send
 * check runs in another runtime and reads them there, so it leaves out what the pane leaves out
 * (contract § 5). The format and its validation are the engine's (engine/ignore.ts). A client
 * without session data keeps the ignores in the pane only, and the pane says so.
 */
import { ignoredValue, parseIgnored } from '../engine/ignore';
import { officeCall } from './async';
import type { ComposeItemLike, SessionDataLike } from './office-like';
import { OfficeCallError } from './types';

export const IGNORED_SESSION_KEY = 'etykieta.ignored';

/** Office.context.requirements.isSetSupported('Mailbox', version), where the host can be asked. */
export type MailboxSetSupported = (version: string) => boolean;

/** The item's session data when this Outlook has it: the requirement set where it can be asked, and the methods themselves. */
export function sessionDataOf(item: ComposeItemLike | null | undefined, isSetSupported?: MailboxSetSupported): SessionDataLike | undefined {
  try {
    if (isSetSupported && !isSetSupported('1.11')) return undefined;
    const data = item?.sessionData;
    return data && typeof data.getAsync === 'function' && typeof data.setAsync === 'function' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The ignored ids of this message. Never rejects: no session data, a failed, slow or unreadable value ignores nothing. */
export async function readIgnored(item: ComposeItemLike | null | undefined, isSetSupported?: MailboxSetSupported, timeoutMs?: number): Promise<string[]> {
  const data = sessionDataOf(item, isSetSupported);
  if (!data) return [];
  try {
    return parseIgnored(await officeCall<string>('sessionData.getAsync', (cb) => data.getAsync(IGNORED_SESSION_KEY, cb), timeoutMs));
  } catch {
    return [];
  }
}

/** Keeps the ignored ids with the item; rejects with an OfficeCallError when they could not be kept. */
export async function writeIgnored(item: ComposeItemLike | null | undefined, ids: readonly string[], isSetSupported?: MailboxSetSupported, timeoutMs?: number): Promise<void> {
  const data = sessionDataOf(item, isSetSupported);
  if (!data) throw new OfficeCallError('sessionData.setAsync', 'unsupported', 'sessionData.setAsync: this Outlook keeps no session data (Mailbox 1.11)');
  await officeCall<void>('sessionData.setAsync', (cb) => data.setAsync(IGNORED_SESSION_KEY, ignoredValue(ids), cb), timeoutMs);
}
