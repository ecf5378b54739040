/**
 * The audit's cache: each message's outcome under its key (Message-ID + size + date, or a hash
 * of the content when there is no Message-ID), so that a rerun after new mail checks only the new
 * messages. It lives in the report's folder, `DIR/.etykieta-cache/`, one JSON-lines file per set
 * of settings (policy, office domains, language and the engine's own code): a new policy or
 * version starts a new file and the old one is removed. Only the keys and file offsets are held
 * in memory; an outcome is read back from the file when it is needed, so a 100,000-message
 * cache costs a few megabytes. Delete the folder (or pass `--no-cache`) to check everything again.
 */
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { AuditSettings, Outcome } from './types';

export const CACHE_DIR = '.etykieta-cache';
const FORMAT = 1;
/** Outcomes that do not depend on anything outside the message and the settings. */
const CACHEABLE: ReadonlySet<Outcome['kind']> = new Set(['audited', 'notFromOffice', 'notMail']);

export function cacheFingerprint(settings: AuditSettings, codeStamp: string): string {
  const { since: _s, until: _u, ...rest } = settings;
  return createHash('sha256').update(JSON.stringify({ FORMAT, codeStamp, ...rest })).digest('hex').slice(0, 20);
}

type Slot = { offset: number; length: number };

export class AuditCache {
  private readonly index = new Map<string, Slot>();
  private readonly fd: number;
  private readonly out: WriteStream;
  private end: number;
  /** The file ends in a line an interrupted run left unfinished. */
  private cutShort = false;
  hits = 0;

  private constructor(readonly file: string) {
    this.fd = openSync(file, 'a+');
    this.end = this.load();
    this.out = createWriteStream(file, { flags: 'a' });
  }

  static open(outDir: string, fingerprint: string): AuditCache {
    const dir = join(outDir, CACHE_DIR);
    mkdirSync(dir, { recursive: true });
    const name = `audit-${fingerprint}.jsonl`;
    for (const old of readdirSync(dir)) if (old !== name && /^audit-[0-9a-f]+\.jsonl$/.test(old)) rmSync(join(dir, old), { force: true });
    return new AuditCache(join(dir, name));
  }

  /** Reads the keys: `"key"\t{outcome}\n` per line (a JSON string never holds a raw tab). */
  private load(): number {
    const size = statSync(this.file).size;
    const chunk = Buffer.alloc(1024 * 1024);
    let carry = Buffer.alloc(0);
    let carryAt = 0;
    let position = 0;
    while (position < size) {
      const n = readSync(this.fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        const tab = data.indexOf(9, start);
        if (tab > start && tab < nl) {
          try {
            this.index.set(JSON.parse(data.toString('utf8', start, tab)) as string, { offset: carryAt + tab + 1, length: nl - tab - 1 });
          } catch {
            // A line cut short by an interrupted run: that message is simply checked again.
          }
        }
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
      carryAt += start;
      position += n;
    }
    // An unfinished last line is ignored; the next line starts after a line break of its own.
    this.cutShort = carry.length > 0;
    return size;
  }

  get(key: string): Outcome | undefined {
    const slot = this.index.get(key);
    if (!slot) return undefined;
    const buffer = Buffer.alloc(slot.length);
    readSync(this.fd, buffer, 0, slot.length, slot.offset);
    try {
      const outcome = JSON.parse(buffer.toString('utf8')) as Outcome;
      this.hits++;
      return outcome;
    } catch {
      return undefined;
    }
  }

  put(key: string, outcome: Outcome): void {
    if (!CACHEABLE.has(outcome.kind) || this.index.has(key)) return;
    const head = `${this.cutShort ? '\n' : ''}${JSON.stringify(key)}\t`;
    this.cutShort = false;
    const body = JSON.stringify(outcome);
    const offset = this.end + Buffer.byteLength(head);
    const length = Buffer.byteLength(body);
    this.out.write(`${head}${body}\n`);
    this.index.set(key, { offset, length });
    this.end = offset + length + 1;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.out.end((e?: Error | null) => {
        closeSync(this.fd);
        if (e) reject(e);
        else resolve();
      });
    });
  }
}
