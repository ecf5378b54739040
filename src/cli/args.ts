/**
 * A small option parser: each command declares its options, anything else is a usage error
 * named in the user's language (node:util parseArgs only speaks English and throws).
 */
export type OptionKind = 'flag' | 'value';
export type OptionSpec = Readonly<Record<string, OptionKind>>;

export type ParsedArgs = {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
};

export type ArgsProblem = { kind: 'unknownOption' | 'missingValue' | 'unexpectedValue'; option: string };

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; problem: ArgsProblem };

/** Every command understands --help and -h. */
const COMMON: OptionSpec = { help: 'flag' };

export function parseArgs(argv: readonly string[], spec: OptionSpec): ArgsResult {
  const known: OptionSpec = { ...COMMON, ...spec };
  const args: ParsedArgs = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      args.flags.add('help');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = arg.startsWith('--') ? known[name] : undefined;
    if (!kind || !Object.prototype.hasOwnProperty.call(known, name)) return { ok: false, problem: { kind: 'unknownOption', option: arg.slice(0, eq < 0 ? undefined : eq) } };
    if (kind === 'flag') {
      if (eq >= 0) return { ok: false, problem: { kind: 'unexpectedValue', option: `--${name}` } };
      args.flags.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return { ok: false, problem: { kind: 'missingValue', option: `--${name}` } };
    args.values.set(name, value);
  }
  return { ok: true, args };
}
