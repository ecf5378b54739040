/**
 * `etykieta deadline --received YYYY-MM-DD --kind KIND [--days N] [--json]`: the last day of the
 * reply deadline on the first line, the provision applied (and any shift) on the second.
 */
import { formatCliMessage as formatMessage } from '../../engine/i18n/cli-messages';
import { computeDeadline, DeadlineInputError, KIND_NAMES, MAX_CUSTOM_DAYS, type Deadline } from '../../engine/deadlines';
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, PROGRAM, type CliContext } from '../context';
import { usageProblem } from './usage';
import type { Command } from './command';

const OPTIONS = { received: 'value', kind: 'value', days: 'value', json: 'flag' } as const;

/** The provision, plus why the date moved when it did. */
export function explainDeadline(result: Deadline, ctx: CliContext): string {
  const text = (id: string, data?: Record<string, string | number>) => formatMessage(ctx.lang, id, data);
  const rule = text(result.ruleId, result.data);
  const because = result.shiftedBecause;
  if (!result.shifted || !because) return rule;
  const reason = because.kind === 'holiday' ? text(`deadline.holiday.${because.holiday}`) : text(`deadline.dayOff.${because.kind}`);
  return `${rule} ${text('deadline.shifted', { nominal: result.nominal, reason })}`;
}

export const deadline: Command = {
  summary: 'deadline.summary',
  async run(argv, ctx) {
    const parsed = parseArgs(argv, OPTIONS);
    if (!parsed.ok) return usageProblem(parsed.problem, ctx);
    const { flags, values, positionals } = parsed.args;
    if (flags.has('help')) {
      ctx.io.out(`${ctx.t('deadline.help', { program: PROGRAM, kinds: KIND_NAMES.join(', ') })}\n`);
      return EXIT_OK;
    }
    if (positionals.length > 0) {
      ctx.fail(ctx.t('unexpectedArgument', { name: positionals[0] }));
      return EXIT_USAGE;
    }
    const received = values.get('received');
    if (received === undefined) return missing('--received', ctx);
    const daysText = values.get('days');
    // Only digits: "7.5", "1e3" or "-3" are typos, not a number of days.
    const days = daysText === undefined ? undefined : /^\d{1,6}$/.test(daysText) ? Number(daysText) : undefined;
    if (daysText !== undefined && days === undefined) return bad('deadline.error.badDays', { value: daysText }, ctx);
    const kind = values.get('kind') ?? (days !== undefined ? 'custom-days' : undefined);
    if (kind === undefined) return missing('--kind', ctx);

    let result: Deadline;
    try {
      result = computeDeadline({ received, kind, days });
    } catch (e) {
      if (!(e instanceof DeadlineInputError)) throw e;
      return bad(e.messageId, e.data, ctx);
    }
    const rule = explainDeadline(result, ctx);
    if (flags.has('json')) ctx.io.out(`${JSON.stringify({ received, ...result, rule }, null, 2)}\n`);
    else ctx.io.out(`${result.date}\n${rule}\n`);
    return EXIT_OK;
  },
};

function bad(messageId: string, data: Record<string, string | number>, ctx: CliContext): number {
  ctx.fail(formatMessage(ctx.lang, messageId, { max: MAX_CUSTOM_DAYS, kinds: KIND_NAMES.join(', '), ...data }));
  return EXIT_USAGE;
}

function missing(option: string, ctx: CliContext): number {
  ctx.fail(ctx.t('missingOption', { name: option, program: PROGRAM }));
  return EXIT_USAGE;
}
