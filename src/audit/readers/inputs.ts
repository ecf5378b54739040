/**
 * The PATH arguments: a folder (searched recursively for .eml and .msg files), an mbox file or
 * an Outlook .pst/.ost store. A file's kind comes from its extension, else from its first bytes
 * (an mbox starts with "From ", a .msg is an OLE compound file, a .pst starts with "!BDN").
 * A PATH that cannot be read at all stops the run before it starts (exit 2): the supervisor
 * mistyped it, and a report without it would look complete.
 */
import { open, opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../cli/check/check-file';

export type InputKind = 'eml' | 'msg' | 'mbox' | 'pst';
export type InputFile = { path: string; kind: InputKind; size: number };
export type Input = { path: string; kind: 'folder'; files: InputFile[]; size: number } | InputFile;

export type InputProblem = { path: string; reason: { id: string; data?: Record<string, string> } };

const BY_EXTENSION: Record<string, InputKind> = { '.eml': 'eml', '.msg': 'msg', '.mbox': 'mbox', '.mbx': 'mbox', '.pst': 'pst', '.ost': 'pst' };
const IN_FOLDERS: ReadonlySet<InputKind> = new Set(['eml', 'msg']);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function sniff(path: string): Promise<InputKind> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 8).equals(OLE)) return 'msg';
    if (bytes.subarray(0, 4).toString('latin1') === '!BDN') return 'pst';
    if (bytes.subarray(0, 5).toString('latin1') === 'From ') return 'mbox';
    return 'eml';
  } finally {
    await handle.close();
  }
}

/** Sorted by path, so that two runs over the same folder list messages in the same order. */
async function walkFolder(root: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    for await (const entry of await opendir(dir)) {
      const path = join(dir, entry.name);
      // Symbolic links are not followed: a link to a parent folder would never end.
      if (entry.isDirectory()) pending.push(path);
      const kind = BY_EXTENSION[extname(entry.name).toLowerCase()];
      if (entry.isFile() && kind && IN_FOLDERS.has(kind)) out.push({ path, kind, size: (await stat(path)).size });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A file-system error as a text id, worded like `check`'s (src/cli/check/load-inputs.ts). */
export function fsReason(e: unknown): InputProblem['reason'] {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTREG') return { id: `cli.fs.${code}` };
  if (code === 'ENXIO') return { id: 'cli.fs.ENOTREG' };
  if (code === 'EFBIG') return { id: 'cli.notMessage.tooLarge', data: { mb: String(MAX_FILE_BYTES / 1024 / 1024) } };
  return { id: 'cli.audit.cannotOpen', data: { reason: e instanceof Error ? e.message : String(e) } };
}

export async function resolveInputs(paths: readonly string[]): Promise<{ ok: true; inputs: Input[] } | { ok: false; problems: InputProblem[] }> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const files = await walkFolder(path);
        inputs.push({ path, kind: 'folder', files, size: files.reduce((s, f) => s + f.size, 0) });
      } else if (info.isFile()) {
        inputs.push({ path, kind: BY_EXTENSION[extname(path).toLowerCase()] ?? (await sniff(path)), size: info.size });
      } else {
        problems.push({ path, reason: { id: 'cli.audit.notFileOrFolder' } });
      }
    } catch (e) {
      problems.push({ path, reason: fsReason(e) });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, inputs };
}
