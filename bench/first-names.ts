/**
 * The register's first-name table as the pane and the send check receive it (first-names.txt):
 * its size, raw and gzip, and how long reading it takes, cold (the first read in a fresh runtime,
 * as a send in classic Outlook's JavaScript runtime pays it) and warm (median), beside a baseline
 * pass that only splits the same text into lines and lower-cases it. Shown, not enforced.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseFirstNamesText } from '../src/engine/greeting/first-name-table';
import { timePair } from './measure';

export type FirstNamesBench = { names: number; rawKb: number; gzipKb: number; coldMs: number; decodeMs: number; baselineMs: number; ratio: number };

export function measureFirstNames(runs = 21): FirstNamesBench {
  const text = readFileSync(resolve('src/engine/rules/data/first-names.txt'), 'utf8');
  const t0 = performance.now();
  const names = parseFirstNamesText(text).names.size;
  const coldMs = performance.now() - t0;
  const [decode, baseline] = timePair(
    () => parseFirstNamesText(text),
    () => text.toLowerCase().split('\n'),
    runs,
  );
  return {
    names,
    rawKb: Buffer.byteLength(text) / 1024,
    gzipKb: gzipSync(text, { level: 9 }).length / 1024,
    coldMs,
    decodeMs: decode.medianMs,
    baselineMs: baseline.medianMs,
    ratio: decode.medianMs / baseline.medianMs,
  };
}
