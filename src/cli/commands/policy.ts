/**
 * `etykieta policy validate FILE...` (exit 0, or 2 with every problem by JSON path) and
 * `etykieta policy schema` (the policy's JSON Schema, generated from the same valibot schema the
 * add-in validates with, so editors can complete and check policy files).
 */
import { parseArgs } from '../args';
import { loadPolicy } from '../check/load-inputs';
import { EXIT_OK, EXIT_USAGE, PROGRAM, type CliContext } from '../context';
import { policyJsonSchema } from '../policy-schema';
import { usageProblem } from './usage';
import type { Command } from './command';

async function validate(argv: string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) return usageProblem(parsed.problem, ctx);
  if (parsed.args.flags.has('help')) return help(ctx);
  const files = parsed.args.positionals;
  if (files.length === 0) {
    ctx.fail(ctx.t('policy.noFiles', { program: PROGRAM }));
    return EXIT_USAGE;
  }
  let allValid = true;
  for (const file of files) {
    if (await loadPolicy(file, ctx)) ctx.say(`${file}: ${ctx.t('policy.valid')}`);
    else allValid = false;
  }
  return allValid ? EXIT_OK : EXIT_USAGE;
}

function schema(argv: string[], ctx: CliContext): number {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) return usageProblem(parsed.problem, ctx);
  if (parsed.args.flags.has('help')) return help(ctx);
  if (parsed.args.positionals.length > 0) {
    ctx.fail(ctx.t('unexpectedArgument', { name: parsed.args.positionals[0] }));
    return EXIT_USAGE;
  }
  ctx.io.out(`${JSON.stringify(policyJsonSchema(ctx.t('policy.schemaTitle')), null, 2)}\n`);
  return EXIT_OK;
}

function help(ctx: CliContext): number {
  ctx.io.out(`${ctx.t('policy.help', { program: PROGRAM })}\n`);
  return EXIT_OK;
}

export const policy: Command = {
  summary: 'policy.summary',
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    if (sub === 'validate') return validate(rest, ctx);
    if (sub === 'schema') return schema(rest, ctx);
    if (sub === '--help' || sub === '-h') return help(ctx);
    if (sub === undefined) ctx.fail(ctx.t('policy.noSubcommand', { program: PROGRAM }));
    else ctx.fail(ctx.t(sub.startsWith('-') ? 'unknownOption' : 'policy.unknownSubcommand', { name: sub, program: PROGRAM }));
    return EXIT_USAGE;
  },
};
