import type { CliContext } from '../context';

/** One subcommand: `etykieta <name> …`. `summary` is the `cli.*` text id shown by `etykieta --help`. */
export type Command = {
  summary: string;
  run: (argv: string[], ctx: CliContext) => Promise<number>;
};
