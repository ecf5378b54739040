/**
 * The cache key of a MIME message from its header block alone (Message-ID and Date through
 * mailsplit's header parser, the one mailparser uses), so a cached message is never parsed.
 */
import { Headers } from '@zone-eu/mailsplit';
import { cacheKeyOf } from './cache-key';

/** Far beyond any real header block; a message whose headers do not end by then is keyed by hash. */
const HEAD_LIMIT = 256 * 1024;

function headerEnd(bytes: Buffer): number {
  const limit = Math.min(bytes.length, HEAD_LIMIT);
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  const ends = [crlf, lf].filter((i) => i >= 0 && i < limit);
  return ends.length ? Math.min(...ends) : -1;
}

export function mimeCacheKey(bytes: Buffer): string {
  const end = headerEnd(bytes);
  let id: string | undefined;
  let date: string | undefined;
  if (end >= 0) {
    const headers = new Headers(bytes.subarray(0, end + 1));
    id = headers.getFirst('message-id') || undefined;
    date = headers.getFirst('date') || undefined;
  }
  return cacheKeyOf(id, bytes.length, date, () => bytes);
}
