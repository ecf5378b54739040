import type { Messages } from '../types';

const n = (v: unknown) => Number(v ?? 0);
const s = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Command-line texts in English. Keys: `cli.<name>`. */
export const cli: Messages = {
  'cli.help.main': 'Usage: {program} <command> [options]   (--lang pl|en, --help on every command, --version)\n\nCommands:',
  'cli.help.more': 'Details: {program} <command> --help',
  'cli.noCommand': 'no command given; see "{program} --help"',
  'cli.unknownCommand': 'unknown command "{name}"; see "{program} --help"',
  'cli.unknownOption': 'unknown option "{name}"; see "{program} --help"',
  'cli.missingValue': 'option "{name}" needs a value',
  'cli.unexpectedValue': 'option "{name}" takes no value',
  'cli.missingOption': 'missing required option "{name}"',
  'cli.unexpectedArgument': 'unexpected argument "{name}"',
  'cli.badLang': 'the language must be "pl" or "en"',
  'cli.internalError': 'internal error: {reason}',

  'cli.check.summary': 'checks .eml files against the correspondence standard',
  'cli.check.help':
    'Usage: {program} check [options] FILE.eml... (patterns too, e.g. "mail/**/*.eml")\n\n' +
    '  --json              JSON output: [{ path, findings: [{ ruleId, severity, message, fix?, line?, column? }], error? }]\n' +
    '  --policy FILE       the office policy (JSON); an invalid policy exits with 2\n' +
    '  --user FILE         the sender\'s fields as JSON: name, position, department, phone, email, room\n' +
    '  --max-warnings N    exit 1 also when there are more than N warnings\n' +
    '  --lang pl|en        language of the messages (default pl)\n\n' +
    'Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error, unreadable file,\n' +
    'a file that is not a message, or an invalid policy (one-line reason on stderr; "error" field in JSON).\n' +
    'Place: line:column in the body as text (HTML converted to text), "subject" for the subject, "to"/"cc"/"bcc" for recipients.',
  'cli.noFiles': 'no files to check; usage: {program} check FILE.eml...',
  'cli.noMatch': 'no file matches the pattern',
  'cli.badMaxWarnings': '--max-warnings must be a non-negative integer, got "{value}"',
  'cli.cannotRead': 'cannot read the file: {reason}',
  'cli.fs.ENOENT': 'no such file',
  'cli.fs.EISDIR': 'a directory, not a file',
  'cli.fs.EACCES': 'permission denied',
  'cli.fs.ENOTREG': 'not a regular file (a device, pipe or socket), so it was not read',
  'cli.fs.EFBIG': 'the file is larger than {mb} MB',
  'cli.notMessage.empty': 'the file is empty, not an e-mail message',
  'cli.notMessage.binary': 'a binary file (contains NUL bytes), not an e-mail message',
  'cli.notMessage.noHeaders': 'no message headers (such as "From:"), not a MIME file',
  'cli.notMessage.noAddressing': 'no From, To, Cc or Subject header, not an e-mail message',
  'cli.notMessage.timeout': 'parsing the file took too long and was stopped',
  'cli.notMessage.unparsable': 'the MIME structure of the file cannot be read',
  'cli.notMessage.tooLarge': 'the file is larger than {mb} MB, not an ordinary e-mail message',
  'cli.ruleFailed': 'rule {rule} failed internally and was skipped',
  'cli.user.notJson': 'the --user file is not valid JSON',
  'cli.user.notObject': 'the --user file must hold a JSON object',
  'cli.user.unknownField': 'unknown field "{field}" in the --user file (known: {known})',
  'cli.user.notString': 'field "{field}" in the --user file must be a string',
  'cli.policy.problem': 'invalid policy: {path}: {message}',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.info': 'info',
  'cli.summary': (d) => {
    const files = `Checked ${s(n(d.files), 'file', 'files')}`;
    const parts = `${s(n(d.errors), 'error', 'errors')}, ${s(n(d.warnings), 'warning', 'warnings')}, ${s(n(d.infos), 'info', 'infos')}`;
    const failed = n(d.failed) > 0 ? `; ${s(n(d.failed), 'file', 'files')} could not be checked` : '';
    return `${files}: ${s(n(d.problems), 'problem', 'problems')} (${parts})${failed}.`;
  },
  'cli.tooManyWarnings': (d) => `Too many warnings: ${n(d.warnings)}, at most ${n(d.max)} allowed (--max-warnings).`,

  'cli.audit.summary': "checks the mail the office sent (.eml/.msg folders, mbox, .pst) and writes a report for the supervisor",
  'cli.policy.summary': 'validates a policy file or prints its JSON schema',
  'cli.policy.help':
    'Usage:\n  {program} policy validate FILE.json...   validates the policy; every problem by JSON path (exit 0 or 2)\n' +
    '  {program} policy schema                  prints the policy\'s JSON Schema (for editors)',
  'cli.policy.noFiles': 'no policy files given; usage: {program} policy validate FILE.json...',
  'cli.policy.noSubcommand': 'missing subcommand: validate or schema; see "{program} policy --help"',
  'cli.policy.unknownSubcommand': 'unknown subcommand "{name}": validate or schema',
  'cli.policy.valid': 'policy is valid',
  'cli.policy.schemaTitle': 'Etykieta policy (an office\'s correspondence standard)',

  'cli.deadline.summary': 'computes the last day of a reply deadline',
  'cli.deadline.help':
    'Usage: {program} deadline --received YYYY-MM-DD --kind KIND [--days N] [--json]\n\n' +
    'Kinds: {kinds}\n' +
    'First line: the last day of the deadline (YYYY-MM-DD); second: the provision applied.\n' +
    'A deadline in days does not count the day of receipt; one in months ends on the same day number;\n' +
    'a Saturday, Sunday or public holiday moves the end to the next working day (KPA art. 57).',

  'cli.manifest.summary': 'validates the add-in manifest (manifest.xml) offline',
  'cli.manifest.help':
    'Usage: {program} manifest validate FILE.xml... [--production]\n\n' +
    '  --production   also reject localhost URLs (for the manifest you deploy, e.g. dist/manifest.xml)\n\n' +
    'Checks offline what Outlook requires: Id, Version, VersionOverrides, Runtimes, launch events,\n' +
    'resource ids that resolve, https URLs. Exit 0 valid; 2 with one line per problem on stderr.',
  'cli.manifest.noFiles': 'no manifest given; usage: {program} manifest validate FILE.xml',
  'cli.manifest.noSubcommand': 'missing subcommand: validate; see "{program} manifest --help"',
  'cli.manifest.unknownSubcommand': 'unknown subcommand "{name}": validate',
  'cli.manifest.problem': 'invalid manifest: {path}: {message}',
  'cli.manifest.valid': 'manifest is valid',
  'cli.manifest.validProduction': 'manifest is valid for production',
};
