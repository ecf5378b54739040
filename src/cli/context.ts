/**
 * What every command gets: the language, and two output streams. Tests pass their own streams to
 * run the CLI in-process; the launcher passes process.stdout / process.stderr.
 */
import type { Lang } from '../engine/i18n';
import { formatCliMessage as formatMessage } from '../engine/i18n/cli-messages';
import type { MessageData } from '../engine/types';
import { forTerminal } from './terminal-text';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };

export type CliContext = {
  lang: Lang;
  io: CliIo;
  /** A CLI text by its short name: `t('noFiles')` reads `cli.noFiles`. */
  t: (name: string, data?: MessageData) => string;
  /** Reports a one-line problem on stderr, prefixed with the program name (terminal-safe). */
  fail: (text: string) => void;
  /** Prints one line of text output on stdout, its control characters removed (forTerminal). */
  say: (text: string) => void;
};

export const PROGRAM = 'etykieta';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export function createContext(lang: Lang, io: CliIo): CliContext {
  const t = (name: string, data?: MessageData) => formatMessage(lang, `cli.${name}`, data);
  // One line, whatever the reason text holds: scripts read stderr line by line.
  const fail = (text: string) => io.err(`${PROGRAM}: ${forTerminal(text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)))}\n`);
  const say = (text: string) => io.out(`${forTerminal(text)}\n`);
  return { lang, io, t, fail, say };
}
