/**
 * Decides whether a file is an e-mail message at all, before the parser sees it: mailparser
 * accepts anything (a JPEG becomes a message with an empty body), so the CLI would report
 * "no subject" on a photo. The reasons are `cli.notMessage.*` text ids.
 */
export type SniffResult = { ok: true } | { ok: false; reason: 'empty' | 'binary' | 'noHeaders' };

/** How far to look: the header block of a real message is far shorter. */
const HEAD_BYTES = 64 * 1024;
/**
 * A header field name, then a colon. RFC 5322 allows any printable ASCII in the name, but real
 * mail uses letters, digits and hyphens only; the narrower test keeps JSON or prose out.
 */
const FIELD = /^[A-Za-z0-9][A-Za-z0-9_-]*[ \t]*:/;
/** mbox files put a "From sender date" line before the headers. */
const MBOX_FROM = /^From \S/;

export function sniffMessage(buffer: Uint8Array): SniffResult {
  const head = Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, HEAD_BYTES));
  if (head.toString('latin1').trim() === '') return { ok: false, reason: 'empty' };
  // A NUL never appears in text MIME; binary parts are base64 there.
  if (head.includes(0)) return { ok: false, reason: 'binary' };
  const lines = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i < lines.length && MBOX_FROM.test(lines[i])) i++;
  return i < lines.length && FIELD.test(lines[i]) ? { ok: true } : { ok: false, reason: 'noHeaders' };
}
