import type { Messages } from '../types';

const n = (v: unknown) => Number(v ?? 0);
const s = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `etykieta audit` and its report, in English. Keys: `cli.audit.<name>`. */
export const audit: Messages = {
  'cli.audit.help':
    'Usage: {program} audit [options] PATH...\n\n' +
    'PATH: a folder (searched recursively) of .eml and .msg files, an mbox file or an Outlook .pst/.ost export.\n' +
    'Only messages the office sent (From at an office domain) are checked, with the same rules as "check".\n\n' +
    '  --out DIR         where to write report.html, report.json and findings.csv (default: etykieta-audyt)\n' +
    "  --policy FILE     the office's policy (JSON); its internalDomains and organization.email define the office\n" +
    "  --domain DOMAIN   the office's domain (several separated by commas) when the policy names none\n" +
    '  --since YYYY-MM-DD, --until YYYY-MM-DD   only messages of these days (Polish time, inclusive)\n' +
    '  --jobs N          worker threads (default: one per core; 0 = no threads)\n' +
    '  --no-cache        check everything again (the cache: DIR/.etykieta-cache/)\n' +
    '  --lang pl|en      language of the report and the messages (default pl)\n\n' +
    'Exit codes: 0 report written (unreadable messages are listed in it),\n' +
    '2 usage error, unreadable PATH, invalid policy or no office domain.',
  'cli.audit.noPaths': 'nothing to audit given; usage: {program} audit [--out DIR] [--policy FILE] PATH...',
  'cli.audit.noOffice': 'which messages did the office send? Give --policy with internalDomains (or organization.email), or --domain DOMAIN',
  'cli.audit.badDate': '{option} must be a day written YYYY-MM-DD, not "{value}"',
  'cli.audit.badRange': '--since {since} is after --until {until}',
  'cli.audit.badJobs': '--jobs must be a number from 0 to {max}, not "{value}"',
  'cli.audit.badDomain': '"{value}" is not a domain (e.g. gmina.example.pl)',
  'cli.audit.cannotOpen': 'cannot open: {reason}',
  'cli.audit.notFileOrFolder': 'neither a file nor a folder',
  'cli.audit.noWorker': 'the audit worker file is missing ({file}); build the command line: npm run build:cli',
  'cli.audit.cannotWrite': 'cannot write the report in "{dir}": {reason}',
  'cli.audit.unreadable.msg': 'the .msg file is damaged or not an Outlook message',
  'cli.audit.unreadable.pst': 'cannot read an item of the .pst file: {reason}',
  'cli.audit.unreadable.mbox': 'reading the mbox file stopped: {reason}',
  'cli.audit.notMail': 'an Outlook item that is not a message ({kind})',
  'cli.audit.workerFailed': 'checking the message failed: {reason}',
  'cli.audit.progress': 'messages',
  'cli.audit.done': (d) => {
    const skipped = n(d.skipped) > 0 ? `; skipped ${n(d.skipped)} (not from the office: ${n(d.notFromOffice)}, outside the dates: ${n(d.outsideDates)}, not messages: ${n(d.notMail)}, unreadable: ${n(d.unreadable)})` : '';
    const cached = n(d.cached) > 0 ? ` ${n(d.cached)} from the cache.` : '';
    return `Checked ${s(n(d.messages), 'message', 'messages')} of the office: ${s(n(d.findings), 'problem', 'problems')}${skipped}.${cached} Report: ${String(d.report ?? '')}`;
  },

  'cli.audit.report.title': 'E-mail correspondence audit',
  'cli.audit.report.generated': 'Generated {date} (Etykieta {version}).',
  "cli.audit.report.office": "The office's messages: From at {domains}.",
  'cli.audit.report.policy': 'Policy: {policy}.',
  'cli.audit.report.noPolicy': 'Policy: the defaults (no policy file).',
  'cli.audit.report.period': 'Period: {since} – {until}.',
  'cli.audit.report.allDates': 'Period: all dates.',
  'cli.audit.report.sources': 'Sources',
  'cli.audit.report.privacy': 'PESEL, ID card, passport and account numbers are masked (only the last 3 characters show). The report holds no message text beyond the quoted phrase a finding is about.',
  'cli.audit.report.totals': 'Summary',
  "cli.audit.report.messages": "The office's messages checked",
  'cli.audit.report.withFindings': 'Messages with problems',
  'cli.audit.report.findings': 'Problems',
  'cli.audit.report.skipped': 'Skipped',
  'cli.audit.report.byRule': 'Problems by rule',
  'cli.audit.report.rule': 'Rule',
  'cli.audit.report.ruleWhat': 'What it checks',
  'cli.audit.report.severity': 'Severity',
  'cli.audit.report.messagesAffected': 'Messages',
  'cli.audit.report.byMonth': 'By month',
  'cli.audit.report.month': 'Month',
  'cli.audit.report.noMonth': 'no date',
  'cli.audit.report.bySender': 'By sender',
  'cli.audit.report.sender': 'Sender',
  'cli.audit.report.perMessage': 'Problems per message',
  'cli.audit.report.chartMonth': 'Chart: problems month by month, by severity',
  'cli.audit.report.chartSender': 'Chart: problems by sender and severity',
  'cli.audit.report.topSenders': (d) => `The chart shows the ${n(d.shown)} senders with the most problems (of ${n(d.total)}).`,
  'cli.audit.report.worst': (d) => `The ${s(n(d.count), 'message', 'messages')} with the most problems`,
  'cli.audit.report.date': 'Date',
  'cli.audit.report.subject': 'Subject',
  'cli.audit.report.rules': 'Rules',
  'cli.audit.report.noSubject': '(no subject)',
  'cli.audit.report.skippedHeading': 'Skipped messages',
  'cli.audit.report.skipped.notFromOffice': 'not from the office (From at another domain)',
  'cli.audit.report.skipped.outsideDates': 'outside the dates',
  'cli.audit.report.skipped.notMail': 'Outlook items that are not messages (meetings, contacts, tasks)',
  'cli.audit.report.skipped.unreadable': 'unreadable',
  'cli.audit.report.unreadableList': 'Unreadable messages',
  'cli.audit.report.failedRules': 'Rules that failed internally (their results are left out)',
  'cli.audit.report.none': 'None.',
  'cli.audit.report.noFindings': 'None of the messages checked has a problem.',
  'cli.audit.csv.date': 'date',
  'cli.audit.csv.sender': 'sender',
  'cli.audit.csv.subject': 'subject',
  'cli.audit.csv.rule': 'rule',
  'cli.audit.csv.severity': 'severity',
  'cli.audit.csv.message': 'message',
};
