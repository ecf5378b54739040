/** mbox-reader ships no types: the part of its API the audit uses (see its README). */
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  export type MboxEntry = {
    returnPath?: string;
    time: Date | false;
    /** The message as RFC 822 bytes, lines joined by "\n". */
    content: Buffer;
    headers: Map<string, string[]>;
    flags: string[];
    labels: string[];
    /** Bytes of the file consumed so far. */
    readSize: number;
  };

  export function mboxReader(source: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxEntry>;
}
