/**
 * contract § 8 for the CLI: a hostile message (markup, script URLs, terminal escape sequences in
 * the subject, names and body) cannot reach the terminal raw, and the JSON output stays valid
 * JSON that gives the text back unchanged as data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/run-cli';
import { IMG, JS_URL, SCRIPT, TERMINAL } from './payloads';
import { forTerminal } from '../../src/cli/terminal-text';

// C0 controls except tab and newline, DEL and C1 controls: what a terminal acts on.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const EML = [
  'From: "Jan Nowak" <jan.nowak@gmina.example.pl>',
  `To: "${IMG}" <anna@wp.pl>, "${TERMINAL}" <jan@onet.pl>, piotr@gmail.com`,
  `Subject: Hej ${SCRIPT}${TERMINAL}`,
  'Content-Type: text/html; charset=utf-8',
  '',
  `<div>Hej ${TERMINAL},</div><div>${SCRIPT} PESEL 44051401359 <a href="${JS_URL}">kliknij</a> ${IMG}</div><div>Pozdro</div>`,
  '',
].join('\r\n');

describe('CLI output of a hostile message', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etykieta-security-'));
    file = path.join(dir, `hostile-${SCRIPT.replace(/[<>/]/g, '_')}.eml`);
    writeFileSync(file, EML);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('text output: findings, and no control character from the message reaches the terminal', async () => {
    const run = await runCli('check', file);
    expect(run.stdout).toMatch(/sensitive-data/);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
  });

  test('JSON output: valid JSON, no raw control character, findings carry the data as text', async () => {
    const run = await runCli('check', '--json', file);
    expect(run.stdout).not.toMatch(CONTROL);
    const files = JSON.parse(run.stdout) as Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }>;
    expect(files[0].path.endsWith(path.basename(file))).toBe(true);
    expect(files[0].findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['sensitive-data', 'greeting-informal']));
  });
});

describe('forTerminal: what may reach a terminal from an untrusted string', () => {
  test.each([
    ['cursor up and erase line (CSI)', 'Anna \u001b[1A\u001b[2KKowalska', 'Anna [1A[2KKowalska'],
    ['OSC 52 writes the clipboard', 'x\u001b]52;c;ZWNobyBoYWNrZWQ=\u0007y', 'x]52;c;ZWNobyBoYWNrZWQ=y'],
    ['OSC 8 hyperlink, ST-terminated', '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\', ']8;;https://evil.example\\link]8;;\\'],
    ['C1 CSI (0x9B) and other C1 controls', 'a\u009b2Jb\u0085c\u0090d', 'a2Jb cd'],
    ['DEL and NUL', 'a\u007fb\u0000c', 'abc'],
    ['bidi override reorders a file name', 'faktura\u202Egpj.exe', 'fakturagpj.exe'],
    ['bidi isolates and marks', '\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C', 'abc'],
    ['zero-width and invisible characters hide text', 'PE\u200BSEL\u200C\u200D\u2060\u2062\uFEFF\u00AD', 'PESEL'],
    ['tag characters smuggle hidden text', 'ok\u{E0069}\u{E0067}\u{E006E}', 'ok'],
    ['a line break cannot start a fake line', 'a.eml\n  1:1  błąd  fałsz', 'a.eml   1:1  błąd  fałsz'],
    ['tabs, CR and Unicode separators become spaces', 'a\tb\rc\u2028d\u2029e', 'a b c d e'],
    ['Polish text, quotes and emoji stay as they are', 'Zażółć „gęślą” jaźń 😀 – §', 'Zażółć „gęślą” jaźń 😀 – §'],
  ])('%s', (_name, input, expected) => {
    expect(forTerminal(input)).toBe(expected);
  });
});

describe('CLI text output of terminal escapes in names, subjects, file names and errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etykieta-terminal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const eml = (headers: string[], body: string) => [...headers, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  // Only the characters we write ourselves: printable text, spaces and line ends.
  const clean = (s: string) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u.test(s);

  test.each([
    ['an encoded display name with cursor movement (the issue’s case)', 'To: =?utf-8?q?Anna_=1B[1A=1B[2KKowalska?= <anna.kowalska@wp.pl>', 'Szanowny Panie,', /Anna \[1A\[2KKowalska/],
    ['an OSC 52 clipboard write in a display name', 'To: =?utf-8?q?Anna_Kowalska=1B]52=3Bc=3BZWNobw=3D=3D=07?= <anna.kowalska@wp.pl>', 'Szanowny Panie,', /Anna Kowalska\]52;c;ZWNobw==/],
    ['a bidi override in a display name', 'To: =?utf-8?q?Anna_=E2=80=AEakslawoK?= <anna.kowalska@wp.pl>', 'Szanowny Panie,', /Anna akslawoK/],
  ])('%s', async (_name, header, greeting, shown) => {
    const headers = ['From: "Jan Nowak" <jan.nowak@gmina.example.pl>', header.startsWith('To:') ? header : 'To: anna.kowalska@wp.pl', header.startsWith('Subject:') ? header : 'Subject: Pytanie'];
    const file = write(`m-${Math.random().toString(36).slice(2)}.eml`, eml(headers, `${greeting}\r\nprzesyłam informację.\r\n\r\nZ poważaniem\r\nJan Nowak`));
    const text = await runCli('check', file);
    expect(text.stdout).toMatch(shown);
    expect(clean(text.stdout) && clean(text.stderr)).toBe(true);
    // JSON keeps the exact text, escapes included (JSON.stringify writes them as \u001b).
    const json = JSON.parse((await runCli('check', '--json', file)).stdout) as Array<{ findings: Array<{ message: string }> }>;
    const raw = header.includes('=1B') ? '\u001b' : '\u202e';
    expect(text.stdout).toMatch(/greeting-mismatch/);
    expect(json[0].findings.some((f) => f.message.includes(raw))).toBe(true);
  });

  test('a file name with ESC and a bidi override, on stdout and on stderr', async () => {
    const bad = write('zle-\u001b[2J-\u202Elme.eml', 'not a message at all\n');
    const good = write('dobry-\u001b]52;c;eA==\u0007.eml', eml(['From: a@gmina.example.pl', 'To: b@wp.pl', 'Subject: '], 'Witam'));
    const run = await runCli('check', bad, good);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('zle-[2J-lme.eml');
    expect(run.stdout).toContain('dobry-]52;c;eA==.eml');
    expect(clean(run.stdout) && clean(run.stderr)).toBe(true);
    const json = JSON.parse((await runCli('check', '--json', bad, good)).stdout) as Array<{ path: string }>;
    expect(json.map((r) => r.path)).toEqual([bad, good]);
  });

  test('policy problems and an unknown command are terminal-safe too', async () => {
    const policy = write('polityka-\u001b[31m.json', JSON.stringify({ rules: { 'x\u202E\u001b[2K': 'error' } }));
    const run = await runCli('policy', 'validate', policy);
    expect(run.code).toBe(2);
    expect(clean(run.stderr)).toBe(true);
    const unknown = await runCli('\u001b]52;c;eA==\u0007');
    expect(unknown.code).toBe(2);
    expect(clean(unknown.stderr)).toBe(true);
  });
});
