/**
 * SPEC § 8 for the CLI: a hostile message (markup, script URLs, terminal escape sequences in
 * the subject, names and body) cannot reach the terminal raw, and the JSON output stays valid
 * JSON that gives the text back unchanged as data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/run-cli';
import { IMG, JS_URL, SCRIPT, TERMINAL } from './payloads';

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
