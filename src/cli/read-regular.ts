/**
 * Every file the CLI reads (messages, --policy, --user, manifests) comes through here: regular
 * files only, at most `maxBytes`. `etykieta check /dev/zero` used to read forever (17 GB in
 * 45 s), a FIFO hung the run, and a glob could reach both through a symlink. So:
 * - stat first (a symlink is followed: one to a regular file is fine): anything but a regular
 *   file is refused before it is opened;
 * - open without blocking and without becoming a controlling terminal (a FIFO with no writer
 *   would block the open itself), then fstat the open file again: what was swapped in after the
 *   stat is refused too, still before one byte is read;
 * - read in chunks and stop at `maxBytes + 1`: a size `stat` reports under the limit is not
 *   trusted (files in /proc report 0, a growing file grows).
 * Refusals are errors with a code (`ENOTREG`, `EFBIG`) that describeFsError words for the user.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

const CHUNK = 64 * 1024;

function refusal(code: 'ENOTREG' | 'EFBIG' | 'EISDIR', path: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: ${path}`);
  e.code = code;
  return e;
}

function ensureRegular(info: { isFile(): boolean; isDirectory(): boolean }, path: string): void {
  if (info.isDirectory()) throw refusal('EISDIR', path);
  if (!info.isFile()) throw refusal('ENOTREG', path);
}

export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(path);
  ensureRegular(info, path);
  // A size above the limit is believed (no need to read 100 MB to refuse it); a smaller one is not.
  if (info.size > maxBytes) throw refusal('EFBIG', path);
  // O_NONBLOCK and O_NOCTTY do not exist on Windows, where neither problem does either.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    ensureRegular(await handle.stat(), path);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw refusal('EFBIG', path);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
