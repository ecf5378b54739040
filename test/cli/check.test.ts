import { runCli, fixture } from './run-cli';

type JsonFile = { path: string; findings: Array<{ ruleId: string; severity: string; message: string; fix?: unknown; line?: number; column?: number }>; error?: string };

async function checkJson(...args: string[]): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const run = await runCli('check', '--json', ...args);
  return { code: run.code, files: JSON.parse(run.stdout) as JsonFile[], stderr: run.stderr };
}

describe('etykieta check: the bad message', () => {
  test('reports each problem of the standard and exits 1', async () => {
    const { code, files } = await checkJson(fixture('bad-message.eml'));
    expect(code).toBe(1);
    const ids = files[0].findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['subject-missing', 'greeting-informal', 'recipients-external-visible', 'sensitive-data', 'attachment-missing']));
  });

  test('body findings carry line and column of the body as text', async () => {
    const { files } = await checkJson(fixture('bad-message.eml'));
    const greeting = files[0].findings.find((f) => f.ruleId === 'greeting-informal');
    // "Witam," opens the body: line 1, column 1.
    expect(greeting).toMatchObject({ line: 1, column: 1 });
    const pesel = files[0].findings.find((f) => f.ruleId === 'sensitive-data');
    // Line 4 is "Pan Kowalski (PESEL 44051401359) …"; the number starts at column 21.
    expect(pesel).toMatchObject({ line: 4, column: 21 });
  });

  test('the JSON shape is exactly path + findings, each ruleId/severity/message and optional fix/line/column', async () => {
    const { files } = await checkJson(fixture('bad-message.eml'));
    expect(Object.keys(files[0]).sort()).toEqual(['findings', 'path']);
    for (const f of files[0].findings) {
      expect(Object.keys(f).every((k) => ['ruleId', 'severity', 'message', 'fix', 'line', 'column'].includes(k))).toBe(true);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message).not.toMatch(/^[\w-]+\/[\w-]+$/); // a text, not an untranslated id
    }
    const recipients = files[0].findings.find((f) => f.ruleId === 'recipients-external-visible');
    expect(recipients?.fix).toMatchObject({ kind: 'moveToBcc' });
  });

  test('the text output is ESLint-like: path, then place, severity, message, rule id; then a Polish summary', async () => {
    const { code, stdout } = await runCli('check', fixture('bad-message.eml'));
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(fixture('bad-message.eml'));
    expect(stdout).toMatch(/^ {2}subject\s+błąd\s+.+\s+subject-missing$/m);
    expect(stdout).toMatch(/^ {2}1:1\s+ostrzeżenie\s+.*Witam.*\s+greeting-informal$/m);
    expect(stdout).toMatch(/^ {2}to\s+ostrzeżenie\s+.+\s+recipients-external-visible$/m);
    expect(stdout).toMatch(/^Sprawdzono 1 plik: \d+ problem(y|ów)? \(1 błąd, \d+ ostrzeże(nie|nia|ń), \d+ wskazów(ka|ki|ek)\)\.$/m);
  });

  test('--lang en gives English messages, severities and summary', async () => {
    const { stdout } = await runCli('check', '--lang', 'en', fixture('bad-message.eml'));
    expect(stdout).toMatch(/^ {2}subject\s+error\s+.+subject-missing$/m);
    expect(stdout).toMatch(/^Checked 1 file: \d+ problems \(1 error, \d+ warnings, \d+ infos?\)\.$/m);
  });
});

describe('etykieta check: a well-formed office reply', () => {
  test('has no error and no warning, and exits 0', async () => {
    const { code, files } = await checkJson(fixture('good-reply.eml'));
    expect(files[0].findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('etykieta check: charsets and HTML', () => {
  test('windows-1250 subject and body keep their Polish letters in findings', async () => {
    const { files } = await checkJson(fixture('windows-1250.eml'));
    const messages = files[0].findings.map((f) => f.message).join('\n');
    expect(messages).toContain('„Ważne”');
    expect(messages).toContain('„Pozdro”');
  });

  test('an HTML-only message is read from its HTML', async () => {
    const { files } = await checkJson(fixture('html-only.eml'));
    const ids = files[0].findings.map((f) => f.ruleId);
    // The HTML says "w załączniku" and opens with "Dzień dobry": an attachment warning, no greeting warning.
    expect(ids).toContain('attachment-missing');
    expect(ids).not.toContain('greeting-missing');
  });
});

describe('etykieta check: files that are not messages', () => {
  test.each([
    ['empty.eml', /pusty/],
    ['binary.eml', /binarny/],
    ['not-mime.eml', /nagłówków/],
    ['no-such-file.eml', /nie istnieje/],
  ])('%s: exit 2 with one line naming the file', async (name, reason) => {
    const { code, stdout, stderr } = await runCli('check', fixture(name));
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(fixture(name));
    expect(stderr).toMatch(reason);
    expect(stdout).toMatch(/nie udało się sprawdzić 1 pliku/);
  });

  test('the other files of the run are still checked and reported; JSON marks the bad one with "error"', async () => {
    const { code, files, stderr } = await checkJson(fixture('empty.eml'), fixture('bad-message.eml'));
    expect(code).toBe(2);
    expect(files).toHaveLength(2);
    expect(files[0]).toEqual({ path: fixture('empty.eml'), findings: [], error: expect.stringMatching(/pusty/) });
    expect(files[1].findings.length).toBeGreaterThan(0);
    expect(stderr).toContain('empty.eml');
  });

  test('a directory is reported, not read', async () => {
    const { code, stderr } = await runCli('check', fixture(''));
    expect(code).toBe(2);
    expect(stderr).toMatch(/katalog/);
  });
});

describe('etykieta check: options', () => {
  test('--max-warnings: warnings above the limit exit 1, at or under it exit 0', async () => {
    const { files } = await checkJson(fixture('html-only.eml'));
    const warnings = files[0].findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect((await runCli('check', '--max-warnings', String(warnings), fixture('html-only.eml'))).code).toBe(0);
    const over = await runCli('check', `--max-warnings=${warnings - 1}`, fixture('html-only.eml'));
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/Za dużo ostrzeżeń/);
  });

  test('without --max-warnings, warnings alone exit 0', async () => {
    expect((await runCli('check', fixture('html-only.eml'))).code).toBe(0);
  });

  test.each([['-1'], ['abc'], ['2.5']])('--max-warnings %s is a usage error', async (value) => {
    const { code, stderr } = await runCli('check', '--max-warnings', value, fixture('good-reply.eml'));
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('a glob pattern expands; one that matches nothing is an error', async () => {
    const { files } = await checkJson(fixture('*-qp.eml'));
    expect(files.map((f) => f.path)).toEqual([expect.stringMatching(/iso-8859-2-qp\.eml$/)]);
    const none = await runCli('check', fixture('nothing-*.eml'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing-\*\.eml: żaden plik/);
  });

  test('no files, unknown option, option without value: exit 2 with one line', async () => {
    for (const argv of [['check'], ['check', '--fix', fixture('good-reply.eml')], ['check', '--policy']]) {
      const { code, stderr, stdout } = await runCli(...argv);
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
    }
  });
});
