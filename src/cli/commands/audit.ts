/**
 * `etykieta audit [--out DIR] [--policy FILE] [--domain D] [--since DAY] [--until DAY] [--jobs N]
 * [--no-cache] PATH...`: the supervisor's audit (src/audit). Exit 0 when the report is written,
 * whatever the messages hold (an unreadable message is a line in the report, not a failure);
 * 2 on a usage error, an invalid policy, no known office domain, or a PATH that cannot be read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { DEFAULT_CONFIG, type EngineConfig } from '../../engine/config';
import { AuditCache, cacheFingerprint } from '../../audit/cache';
import { isCalendarDay } from '../../audit/dates';
import { forReport } from '../../audit/mask';
import { officeDomainsOf } from '../../audit/office';
import { defaultJobs, findWorkerEntry, inlineChecker, workerChecker, WORKER_FILE, type Checker } from '../../audit/pool';
import { progressBar } from '../../audit/progress';
import { resolveInputs } from '../../audit/readers/inputs';
import { runAudit } from '../../audit/run';
import { FindingsCsv } from '../../audit/report/csv';
import { buildReport } from '../../audit/report/summary';
import { REPORT_FILES, writeReport } from '../../audit/report/write';
import type { AuditSettings } from '../../audit/types';
import type { MessageData } from '../../engine/types';
import { auditText } from '../../audit/texts';
import { parseArgs } from '../args';
import { loadPolicy } from '../check/load-inputs';
import { packagedFirstNames } from '../first-names';
import { EXIT_OK, EXIT_USAGE, PROGRAM, processIo, type CliContext } from '../context';
import { forTerminal } from '../terminal-text';
import { usageProblem } from './usage';
import type { Command } from './command';

const OPTIONS = { out: 'value', policy: 'value', domain: 'value', since: 'value', until: 'value', jobs: 'value', 'no-cache': 'flag' } as const;
export const DEFAULT_OUT = 'etykieta-audyt';
const MAX_JOBS = 256;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

type Options = { since?: string; until?: string; domains: string[]; jobs: number };

function readOptions(values: Map<string, string>, ctx: CliContext): Options | undefined {
  const bad = (id: string, data: Record<string, string | number>) => {
    ctx.fail(auditText(ctx.lang, `cli.${id}`, data));
    return undefined;
  };
  const since = values.get('since');
  const until = values.get('until');
  for (const [option, value] of [['--since', since], ['--until', until]] as const) if (value !== undefined && !isCalendarDay(value)) return bad('audit.badDate', { option, value });
  if (since && until && since > until) return bad('audit.badRange', { since, until });
  const domains = (values.get('domain') ?? '').split(',').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const wrong = domains.find((d) => !DOMAIN.test(d));
  if (wrong !== undefined) return bad('audit.badDomain', { value: wrong });
  const jobsText = values.get('jobs');
  const jobs = jobsText === undefined ? defaultJobs() : /^\d{1,3}$/.test(jobsText) ? Number(jobsText) : NaN;
  if (!(jobs >= 0 && jobs <= MAX_JOBS)) return bad('audit.badJobs', { value: jobsText ?? '', max: MAX_JOBS });
  return { ...(since ? { since } : {}), ...(until ? { until } : {}), domains, jobs };
}

/** The engine's code as the workers run it: a new build is a new cache. */
function codeStamp(entry: string | undefined): string {
  return entry ? createHash('sha256').update(readFileSync(entry)).digest('hex') : `source-${version}`;
}

export const audit: Command = {
  summary: 'audit.summary',
  async run(argv, ctx) {
    const text = (name: string, data?: MessageData) => auditText(ctx.lang, `cli.audit.${name}`, data);
    const parsed = parseArgs(argv, OPTIONS);
    if (!parsed.ok) return usageProblem(parsed.problem, ctx);
    const { flags, values, positionals } = parsed.args;
    if (flags.has('help')) {
      ctx.io.out(`${text('help', { program: PROGRAM })}\n`);
      return EXIT_OK;
    }
    if (positionals.length === 0) {
      ctx.fail(text('noPaths', { program: PROGRAM }));
      return EXIT_USAGE;
    }
    const options = readOptions(values, ctx);
    if (!options) return EXIT_USAGE;
    const policyPath = values.get('policy');
    const policy = policyPath === undefined ? DEFAULT_CONFIG : await loadPolicy(policyPath, ctx);
    if (!policy) return EXIT_USAGE;
    const config: EngineConfig = { ...policy, internalDomains: [...policy.internalDomains, ...options.domains], firstNames: packagedFirstNames() };
    const officeDomains = officeDomainsOf(config, []);
    if (officeDomains.length === 0) {
      ctx.fail(text('noOffice'));
      return EXIT_USAGE;
    }
    const resolved = await resolveInputs(positionals);
    if (!resolved.ok) {
      for (const p of resolved.problems) ctx.fail(`${forTerminal(p.path)}: ${auditText(ctx.lang, p.reason.id, p.reason.data)}`);
      return EXIT_USAGE;
    }
    const out = values.get('out') ?? DEFAULT_OUT;
    try {
      mkdirSync(out, { recursive: true });
    } catch (e) {
      ctx.fail(text('cannotWrite', { dir: forTerminal(out), reason: e instanceof Error ? e.message : String(e) }));
      return EXIT_USAGE;
    }
    const entry = findWorkerEntry();
    if (options.jobs > 0 && !entry) {
      ctx.fail(text('noWorker', { file: join('lib', WORKER_FILE) }));
      return EXIT_USAGE;
    }

    const settings: AuditSettings = { config, lang: ctx.lang, officeDomains, ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) };
    const checker: Checker = options.jobs === 0 ? inlineChecker(settings) : workerChecker(settings, options.jobs, entry!);
    const cache = flags.has('no-cache') ? undefined : AuditCache.open(out, cacheFingerprint(settings, codeStamp(entry)));
    const csv = new FindingsCsv(join(out, REPORT_FILES.csv), ctx.lang);
    const totalBytes = resolved.inputs.reduce((sum, i) => sum + i.size, 0);
    const progress = progressBar(totalBytes, text('progress'), ctx.io === processIo && process.stderr.isTTY === true);
    let aggregate;
    try {
      aggregate = await runAudit({ inputs: resolved.inputs, settings, checker, cache, onProgress: progress.update, onAudited: (m) => csv.write(m) });
    } finally {
      progress.stop();
      await Promise.all([checker.close(), cache?.close(), csv.close()]);
    }
    const report = buildReport(aggregate, {
      generated: new Date().toISOString(),
      version,
      lang: ctx.lang,
      sources: positionals.map(forReport),
      ...(policyPath ? { policy: forReport(policyPath) } : {}),
      officeDomains,
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
    });
    try {
      await writeReport(out, report);
    } catch (e) {
      ctx.fail(text('cannotWrite', { dir: forTerminal(out), reason: e instanceof Error ? e.message : String(e) }));
      return EXIT_USAGE;
    }
    const s = report.skipped;
    ctx.io.out(
      `${forTerminal(
        text('done', { messages: report.messages, findings: report.findings.total, skipped: s.total, notFromOffice: s.notFromOffice, outsideDates: s.outsideDates, notMail: s.notMail, unreadable: s.unreadable, cached: cache?.hits ?? 0, report: join(out, REPORT_FILES.html) }),
      )}\n`,
    );
    return EXIT_OK;
  },
};
