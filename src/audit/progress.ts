/**
 * The progress bar on a terminal: bytes of the inputs read (the only total known before an mbox
 * or a .pst is read through), with the count of messages. Nothing at all when stderr is not a
 * terminal (a script, a pipe, CI), so logs stay clean.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { AuditProgress } from './run';

export type Progress = { update: (p: AuditProgress) => void; stop: () => void };

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

export function progressBar(totalBytes: number, label: string, enabled: boolean): Progress {
  if (!enabled) return QUIET;
  const bar = new SingleBar(
    { stream: process.stderr, format: ` {bar} {percentage}% | {messages} ${label} | ETA {eta_formatted}`, hideCursor: true, clearOnComplete: true, fps: 5, etaBuffer: 200 },
    Presets.shades_classic,
  );
  bar.start(Math.max(1, totalBytes), 0, { messages: 0 });
  return {
    update: (p) => bar.update(Math.min(p.bytes, totalBytes), { messages: p.messages }),
    stop: () => bar.stop(),
  };
}
