/** Every subcommand by name; `etykieta --help` lists them in this order. Add a command with one line. */
import type { Command } from './command';
import { check } from './check';
import { policy } from './policy';
import { deadline } from './deadline';
import { manifest } from './manifest';
import { audit } from './audit';

export type { Command } from './command';

export const commands: Readonly<Record<string, Command>> = {
  check,
  audit,
  policy,
  deadline,
  manifest,
};
