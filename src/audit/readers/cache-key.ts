/**
 * The key under which a message's result is cached: its Message-ID with its size and date, as a
 * mail client would recognise "the same message"; a message without a Message-ID is keyed by a
 * hash of its content instead (the hash is only computed then).
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(messageId: string | undefined, size: number, date: string | undefined, content: () => string | Uint8Array): string {
  const id = messageId?.trim();
  if (id) return `id:${id}|${size}|${date ?? ''}`;
  return `sha256:${createHash('sha256').update(content()).digest('hex')}`;
}
