import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validatePolicy } from '../../src/policy';
import { runCli, fixture, REPO } from './run-cli';

const EXAMPLES = ['policy.starostwo.json', 'policy.gmina.json'].map((f) => path.join(REPO, 'examples', f));
const dir = mkdtempSync(path.join(tmpdir(), 'etykieta-policy-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

const BROKEN = write(
  'broken.json',
  JSON.stringify({ internalDomains: ['not a domain'], onSend: { block: 'always' }, rules: { 'no-such-rule': 'warning', 'subject-too-long': ['warning', { maxLength: 'long' }] } }),
);

/** The NRB checksum (ISO 13616 mod 97), computed here independently of the engine. */
function ibanIsValid(account: string): boolean {
  const compact = account.replace(/\s+/g, '');
  if (!/^PL\d{26}$/.test(compact)) return false;
  const digits = `${compact.slice(4)}2521${compact.slice(2, 4)}`;
  return BigInt(digits) % 97n === 1n;
}

describe('etykieta policy validate', () => {
  test('both example policies are valid', async () => {
    const run = await runCli('policy', 'validate', ...EXAMPLES);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  test.each(EXAMPLES)('%s: organisation, signature, accounts with a correct checksum', (file) => {
    const policy = JSON.parse(readFileSync(file, 'utf8'));
    const result = validatePolicy(policy);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.organization.name).toBeTruthy();
    expect(result.config.internalDomains.length).toBeGreaterThan(0);
    expect(result.config.signature.notice).toMatch(/^Niniejsza wiadomość elektroniczna może zawierać informacje poufne/);
    expect(result.config.organization.accounts.length).toBeGreaterThan(0);
    for (const account of result.config.organization.accounts) expect(ibanIsValid(account)).toBe(true);
  });

  test('the checksum helper rejects a changed digit (so the test above can fail)', () => {
    expect(ibanIsValid('PL83 1020 4027 0000 1702 0123 4567')).toBe(true);
    expect(ibanIsValid('PL83 1020 4027 0000 1702 0123 4568')).toBe(false);
  });

  test('an invalid policy: exit 2 and one line per problem, each with its JSON path', async () => {
    const run = await runCli('policy', 'validate', BROKEN, EXAMPLES[0]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    for (const p of ['$.internalDomains[0]', '$.onSend.block']) expect(lines.some((l) => l.includes(`broken.json: błędna polityka: ${p}:`))).toBe(true);
    // The valid file of the same run is still reported as valid.
    expect(run.stdout).toContain('policy.starostwo.json: polityka poprawna');
  });

  test('rule problems are found once the shape is right', async () => {
    const file = write('rules.json', JSON.stringify({ rules: { 'no-such-rule': 'warning', 'subject-too-long': ['warning', { maxLength: 'long' }] } }));
    const run = await runCli('policy', 'validate', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('$.rules["no-such-rule"]');
    expect(run.stderr).toContain('$.rules["subject-too-long"][1].maxLength');
  });

  test('not JSON, a missing file, no file: exit 2', async () => {
    expect((await runCli('policy', 'validate', write('bad.json', '{ "rules": '))).stderr).toMatch(/\$: plik nie jest poprawnym JSON/);
    expect((await runCli('policy', 'validate', '--lang', 'en', path.join(dir, 'bad.json'))).stderr).toMatch(/\$: not valid JSON/);
    expect((await runCli('policy', 'validate', path.join(dir, 'none.json'))).stderr).toMatch(/plik nie istnieje/);
    expect((await runCli('policy', 'validate')).code).toBe(2);
    expect((await runCli('policy')).code).toBe(2);
    expect((await runCli('policy', 'check')).stderr).toMatch(/nieznane podpolecenie „check”/);
  });
});

describe('etykieta policy validate --lang: every problem in the chosen language, path unchanged', () => {
  test.each([
    ['pl', 'błędna polityka', ['$.internalDomains[0]: musi być domeną, np. powiat.example.pl', '$.onSend.block: musi być „errors”, „warnings” albo „never”']],
    ['en', 'invalid policy', ['$.internalDomains[0]: must be a domain such as powiat.example.pl', '$.onSend.block: must be "errors", "warnings" or "never"']],
  ])('%s', async (lang, prefix, expected) => {
    const run = await runCli('policy', 'validate', '--lang', lang, BROKEN);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual(expected.map((e) => `etykieta: ${BROKEN}: ${prefix}: ${e}`));
  });

  test.each([
    ['pl', '$.rules["no-such-rule"]: nieznany identyfikator reguły „no-such-rule”', '$.rules["subject-too-long"][1].maxLength: musi być liczbą, a jest tekstem'],
    ['en', '$.rules["no-such-rule"]: unknown rule id "no-such-rule"', '$.rules["subject-too-long"][1].maxLength: must be a number, got string'],
  ])('rule problems in %s', async (lang, first, second) => {
    const file = write(`rules-${lang}.json`, JSON.stringify({ rules: { 'no-such-rule': 'warning', 'subject-too-long': ['warning', { maxLength: 'long' }] } }));
    const run = await runCli('policy', 'validate', '--lang', lang, file);
    expect(run.stderr).toContain(first);
    expect(run.stderr).toContain(second);
  });

  test.each([
    ['pl', /\$\.rules\["case-reference-missing"\]\[1\]\.pattern: warunek wyprzedzający lub wsteczny .* w znaku 5 \(„\(\?=\\d\)”\)/],
    ['en', /\$\.rules\["case-reference-missing"\]\[1\]\.pattern: a look-ahead or look-behind .* at character 5 \("\(\?=\\d\)"\) is not allowed: policy patterns run on a linear-time engine/],
  ])('an unsafe pattern is refused in %s', async (lang, line) => {
    const file = write(`pattern-${lang}.json`, JSON.stringify({ rules: { 'case-reference-missing': ['warning', { pattern: 'KT\\.(?=\\d)' }] } }));
    const run = await runCli('policy', 'validate', '--lang', lang, file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(line);
    // The pattern of the issue runs in linear time, so it is accepted.
    const issue = write(`issue-${lang}.json`, JSON.stringify({ rules: { 'case-reference-missing': ['warning', { pattern: '(\\w+\\s?)+$' }] } }));
    expect((await runCli('policy', 'validate', '--lang', lang, issue)).code).toBe(0);
  });
});

describe('etykieta policy schema', () => {
  test('prints a JSON Schema with $schema and a title, generated from the policy schema', async () => {
    const run = await runCli('policy', 'schema', '--lang', 'en');
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toMatch(/Etykieta policy/);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'internalDomains', 'mailboxes', 'onSend', 'organization', 'rules', 'signature', 'standard']);
    expect(schema.properties.onSend.properties.block.enum).toEqual(['errors', 'warnings', 'never']);
  });

  test('examples/policy.schema.json (the examples point to it) is the current output', async () => {
    const run = await runCli('policy', 'schema');
    expect(readFileSync(path.join(REPO, 'examples/policy.schema.json'), 'utf8')).toBe(run.stdout);
  });

  test('the schema is generated from policySchema: it knows every field and closes objects', async () => {
    const schema = JSON.parse((await runCli('policy', 'schema')).stdout);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'internalDomains', 'mailboxes', 'onSend', 'organization', 'rules', 'signature', 'standard']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.onSend.properties.block.enum).toEqual(['errors', 'warnings', 'never']);
  });
});

describe('etykieta check --policy / --user', () => {
  test('an invalid policy stops the run before any file: exit 2, each bad field by JSON path', async () => {
    const run = await runCli('check', '--policy', BROKEN, fixture('bad-message.eml'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('$.internalDomains[0]');
    expect(run.stderr).toContain('$.onSend.block');
  });

  test('the policy changes severities: the starostwo raises visible recipients to an error', async () => {
    const run = await runCli('check', '--json', '--policy', EXAMPLES[0], fixture('bad-message.eml'));
    const [report] = JSON.parse(run.stdout);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'recipients-external-visible').severity).toBe('error');
  });

  test('a policy that turns a rule off removes its findings', async () => {
    const off = write('off.json', JSON.stringify({ rules: { 'subject-missing': 'off' } }));
    const run = await runCli('check', '--json', '--policy', off, fixture('bad-message.eml'));
    const [report] = JSON.parse(run.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('subject-missing');
  });

  test('--user fields reach the sender profile: the signature name is recognised from them', async () => {
    // The From name is "Jan Nowak"; the signature says "J. Nowak", which only --user makes known.
    const eml = readFileSync(fixture('good-reply.eml'), 'utf8').replace('\r\nJan Nowak\r\nInspektor', '\r\nJ. Nowak\r\nInspektor');
    const file = write('reply.eml', eml);
    const user = write('user.json', JSON.stringify({ name: 'J. Nowak', position: 'Inspektor', phone: '77 123 45 67' }));
    const without = JSON.parse((await runCli('check', '--json', file)).stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    const withUser = JSON.parse((await runCli('check', '--json', '--user', user, file)).stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(without).toContain('signature-incomplete');
    expect(withUser).not.toContain('signature-incomplete');
  });

  test.each([
    ['[1]', /obiekt JSON/],
    ['{ "name": 5 }', /„name”.*tekstem/],
    ['{ "positon": "Inspektor" }', /nieznane pole „positon”/],
    ['nie json', /nie jest poprawnym JSON/],
  ])('--user %s: exit 2 with one line', async (text, reason) => {
    const run = await runCli('check', '--user', write('u.json', text), fixture('good-reply.eml'));
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });
});
