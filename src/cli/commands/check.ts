/**
 * `etykieta check [--json] [--policy FILE] [--lang pl|en] [--max-warnings N] [--user FILE] FILE.eml...`
 * Exit 0: no error finding (and warnings ≤ --max-warnings); 1: otherwise; 2: usage error, invalid
 * policy or user file, or any file that could not be read or is not a message. Every other file
 * of the run is still checked and reported.
 */
import { DEFAULT_CONFIG } from '../../engine/config';
import { packagedFirstNames } from '../first-names';
import { parseArgs } from '../args';
import { checkFile } from '../check/check-file';
import { expandFiles } from '../check/files';
import { formatJson } from '../check/format-json';
import { formatText } from '../check/format-text';
import { loadPolicy, loadUser } from '../check/load-inputs';
import { totalsOf, type FileReport } from '../check/report';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, PROGRAM } from '../context';
import { usageProblem } from './usage';
import type { Command } from './command';

const OPTIONS = { json: 'flag', policy: 'value', 'max-warnings': 'value', user: 'value' } as const;

export const check: Command = {
  summary: 'check.summary',
  async run(argv, ctx) {
    const parsed = parseArgs(argv, OPTIONS);
    if (!parsed.ok) return usageProblem(parsed.problem, ctx);
    const { flags, values, positionals } = parsed.args;
    if (flags.has('help')) {
      ctx.io.out(`${ctx.t('check.help', { program: PROGRAM })}\n`);
      return EXIT_OK;
    }
    const maxText = values.get('max-warnings');
    const maxWarnings = maxText === undefined ? undefined : /^\d+$/.test(maxText) ? Number(maxText) : NaN;
    if (Number.isNaN(maxWarnings)) {
      ctx.fail(ctx.t('badMaxWarnings', { value: maxText ?? '' }));
      return EXIT_USAGE;
    }
    if (positionals.length === 0) {
      ctx.fail(ctx.t('noFiles', { program: PROGRAM }));
      return EXIT_USAGE;
    }

    const policyPath = values.get('policy');
    const policy = policyPath === undefined ? DEFAULT_CONFIG : await loadPolicy(policyPath, ctx);
    const userPath = values.get('user');
    const user = userPath === undefined ? {} : await loadUser(userPath, ctx);
    if (!policy || !user) return EXIT_USAGE;
    const config = { ...policy, firstNames: packagedFirstNames() };

    const reports: FileReport[] = [];
    let unusable = false;
    for (const arg of expandFiles(positionals)) {
      if ('pattern' in arg) {
        ctx.fail(`${arg.pattern}: ${ctx.t('noMatch')}`);
        unusable = true;
        continue;
      }
      const report = await checkFile(arg.path, { config, user }, ctx);
      if (report.error !== undefined) {
        ctx.fail(`${report.path}: ${report.error}`);
        unusable = true;
      }
      reports.push(report);
    }

    const totals = totalsOf(reports);
    ctx.io.out(flags.has('json') ? formatJson(reports) : formatText(reports, totals, ctx));
    const tooManyWarnings = maxWarnings !== undefined && totals.warning > maxWarnings;
    // Like ESLint: say why a run with warnings only still failed (JSON stays pure JSON).
    if (tooManyWarnings && !flags.has('json')) ctx.io.out(`${ctx.t('tooManyWarnings', { warnings: totals.warning, max: maxWarnings })}\n`);
    if (unusable) return EXIT_USAGE;
    return totals.error > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
  },
};
