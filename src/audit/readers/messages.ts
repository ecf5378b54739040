/**
 * Every message of every input, one at a time, as the workers will get it. Files are read
 * whole only up to the CLI's size limit (an .eml or .msg is one message); mbox and .pst stream.
 * A file that cannot be read is one "unreadable" line, and the run goes on with the next.
 */
import { MAX_FILE_BYTES } from '../../cli/check/check-file';
import { readRegularFile } from '../../cli/read-regular';
import type { RawMessage } from '../types';
import { cacheKeyOf } from './cache-key';
import { fsReason, type Input, type InputFile } from './inputs';
import { readMbox } from './mbox';
import { mimeCacheKey } from './mime-key';
import { readPst } from './pst';

async function readOne(file: InputFile): Promise<RawMessage> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file.path, MAX_FILE_BYTES);
  } catch (e) {
    return { source: file.path, format: 'broken', reason: fsReason(e) };
  }
  if (file.kind === 'msg') return { source: file.path, format: 'msg', bytes, size: bytes.length, cacheKey: cacheKeyOf(undefined, bytes.length, undefined, () => bytes) };
  return { source: file.path, format: 'mime', bytes, size: bytes.length, cacheKey: mimeCacheKey(bytes) };
}

async function* readFileInput(file: InputFile, onBytes: (bytes: number) => void): AsyncGenerator<RawMessage> {
  if (file.kind === 'mbox') {
    yield* readMbox(file.path, onBytes);
    return;
  }
  if (file.kind === 'pst') {
    yield* readPst(file.path, file.size, onBytes);
    return;
  }
  yield await readOne(file);
  onBytes(file.size);
}

export async function* readMessages(inputs: readonly Input[], onBytes: (bytes: number) => void): AsyncGenerator<RawMessage> {
  for (const input of inputs) {
    if (input.kind !== 'folder') yield* readFileInput(input, onBytes);
    else for (const file of input.files) yield* readFileInput(file, onBytes);
  }
}
