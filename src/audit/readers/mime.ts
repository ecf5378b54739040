/**
 * MIME (.eml files and mbox entries): exactly the `check` command's reader (mailparser, the
 * same sniffing, model and compose-type rules), so the audit and `check` agree on every message.
 */
import { readEml } from '../../cli/mime/eml';
import type { ReadMail } from '../types';

export async function readMime(bytes: Uint8Array): Promise<ReadMail> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await readEml(buffer);
  if (!result.ok) return { ok: false, reason: { id: `cli.notMessage.${result.reason}` } };
  return { ok: true, message: result.message, meta: result.headers };
}
