/**
 * `etykieta manifest validate FILE... [--production]`: the offline structural check of the
 * add-in's manifest (src/manifest/validate.ts), for administrators who cannot reach Microsoft's
 * online validator. Exit 0 when valid; 2 with one line per problem (`FILE: … path: message`).
 * `--production` also rejects localhost URLs, the usual sign of deploying the dev manifest.
 */
import { validateManifest } from '../../manifest/validate';
import { parseArgs } from '../args';
import { readTextFile } from '../check/load-inputs';
import { EXIT_OK, EXIT_USAGE, PROGRAM, type CliContext } from '../context';
import { usageProblem } from './usage';
import type { Command } from './command';

async function validate(argv: string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(argv, { production: 'flag' });
  if (!parsed.ok) return usageProblem(parsed.problem, ctx);
  const { flags, positionals: files } = parsed.args;
  if (flags.has('help')) return help(ctx);
  if (files.length === 0) {
    ctx.fail(ctx.t('manifest.noFiles', { program: PROGRAM }));
    return EXIT_USAGE;
  }
  let allValid = true;
  for (const file of files) {
    const xml = await readTextFile(file, ctx);
    if (xml === undefined) {
      allValid = false;
      continue;
    }
    const { problems } = validateManifest(xml, { production: flags.has('production') });
    for (const p of problems) ctx.fail(`${file}: ${ctx.t('manifest.problem', { path: p.path, message: p.message })}`);
    if (problems.length === 0) ctx.say(`${file}: ${ctx.t(flags.has('production') ? 'manifest.validProduction' : 'manifest.valid')}`);
    else allValid = false;
  }
  return allValid ? EXIT_OK : EXIT_USAGE;
}

function help(ctx: CliContext): number {
  ctx.io.out(`${ctx.t('manifest.help', { program: PROGRAM })}\n`);
  return EXIT_OK;
}

export const manifest: Command = {
  summary: 'manifest.summary',
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    if (sub === 'validate') return validate(rest, ctx);
    if (sub === '--help' || sub === '-h') return help(ctx);
    if (sub === undefined) ctx.fail(ctx.t('manifest.noSubcommand', { program: PROGRAM }));
    else ctx.fail(ctx.t(sub.startsWith('-') ? 'unknownOption' : 'manifest.unknownSubcommand', { name: sub, program: PROGRAM }));
    return EXIT_USAGE;
  },
};
