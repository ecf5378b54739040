/**
 * mbox exports (Thunderbird, Gmail Takeout, `formail`), split by mbox-reader (from the authors
 * of mailparser): a stream, one message at a time, with backpressure, so a multi-gigabyte file is
 * never in memory; `>From ` lines are unquoted (mboxrd). Each entry is MIME, parsed by the worker.
 */
import { createReadStream } from 'node:fs';
import { mboxReader } from 'mbox-reader';
import type { RawMessage } from '../types';
import { mimeCacheKey } from './mime-key';

export async function* readMbox(file: string, onBytes: (bytes: number) => void): AsyncGenerator<RawMessage> {
  let n = 0;
  let read = 0;
  try {
    for await (const entry of mboxReader(createReadStream(file, { highWaterMark: 256 * 1024 }))) {
      n++;
      onBytes(entry.readSize - read);
      read = entry.readSize;
      yield { source: `${file}#${n}`, format: 'mime', bytes: entry.content, size: entry.content.length, cacheKey: mimeCacheKey(entry.content) };
    }
  } catch (e) {
    yield { source: `${file}#${n + 1}`, format: 'broken', reason: { id: 'cli.audit.unreadable.mbox', data: { reason: e instanceof Error ? e.message : String(e) } } };
  }
}
