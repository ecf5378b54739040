/**
 * `etykieta <command> …`: picks the language, dispatches to a command, and turns anything
 * unexpected into exit 2 with one line (a clerk's admin should never see a stack trace).
 */
import { version } from '../../package.json';
import { LANGS, type Lang } from '../engine/i18n';
import { commands } from './commands';
import { createContext, processIo, EXIT_OK, EXIT_USAGE, PROGRAM, type CliContext, type CliIo } from './context';

type LangChoice = { lang: Lang; rest: string[] } | { bad: string };

/** `--lang` is global: it may stand anywhere, and must be known before any message is printed. */
function takeLang(argv: readonly string[]): LangChoice {
  let lang: Lang = 'pl';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
    if (!LANGS.includes(value as Lang)) return { bad: value ?? '' };
    lang = value as Lang;
  }
  return { lang, rest };
}

function printHelp(ctx: CliContext): void {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${ctx.t(c.summary)}`);
  ctx.io.out(`${ctx.t('help.main', { program: PROGRAM })}\n\n${lines.join('\n')}\n\n${ctx.t('help.more', { program: PROGRAM })}\n`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const choice = takeLang(argv);
  if ('bad' in choice) {
    createContext('pl', io).fail(`--lang "${choice.bad}": ${createContext('pl', io).t('badLang')} / ${createContext('en', io).t('badLang')}`);
    return EXIT_USAGE;
  }
  const ctx = createContext(choice.lang, io);
  const [name, ...rest] = choice.rest;
  if (name === undefined) {
    ctx.fail(ctx.t('noCommand', { program: PROGRAM }));
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    printHelp(ctx);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    // The package version: what an admin compares with a release's file names and checksums.
    ctx.io.out(`${PROGRAM} ${version}\n`);
    return EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    ctx.fail(ctx.t(name.startsWith('-') ? 'unknownOption' : 'unknownCommand', { name, program: PROGRAM }));
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    ctx.fail(ctx.t('internalError', { reason: e instanceof Error ? e.message : String(e) }));
    return EXIT_USAGE;
  }
}
