/**
 * Applies a `moveToBcc` fix to the message model: the named addresses leave To and Cc and go to
 * Bcc. Every address ends up exactly once (compared case-insensitively): a visible address
 * wins over a duplicate in Bcc, To wins over Cc, and Bcc keeps its order with the moved ones
 * appended. When To would be left empty, `toWhenEmpty` (the sender's own address or the office's
 * mailbox) goes there, leaving Cc or Bcc if it was in one. The Office adapter and the preview
 * both call this, so both behave the same.
 */
import type { Address, MailMessage } from '../model';
import { normalizeAddress } from '../parse/addresses';

export function moveToBcc(message: MailMessage, addresses: readonly string[], toWhenEmpty?: Address): MailMessage {
  const moving = new Set(addresses.map(normalizeAddress));
  const seen = new Set<string>();
  const keep = (list: readonly Address[], accept: (key: string) => boolean): Address[] =>
    list.filter((a) => {
      const key = normalizeAddress(a.address);
      if (seen.has(key) || !accept(key)) return false;
      seen.add(key);
      return true;
    });

  const to = keep(message.to, (key) => !moving.has(key));
  const cc = keep(message.cc, (key) => !moving.has(key));
  const bcc = keep(message.bcc, () => true);
  // The moved ones, in the order they appeared in To then Cc, with their display names.
  const moved = keep([...message.to, ...message.cc], (key) => moving.has(key));
  if (to.length === 0 && toWhenEmpty) {
    const key = normalizeAddress(toWhenEmpty.address);
    const elsewhere = (list: Address[]) => list.filter((a) => normalizeAddress(a.address) !== key);
    return { ...message, to: [toWhenEmpty], cc: elsewhere(cc), bcc: elsewhere([...bcc, ...moved]) };
  }
  return { ...message, to, cc, bcc: [...bcc, ...moved] };
}
