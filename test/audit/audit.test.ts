/**
 * `etykieta audit` end to end, through the built CLI and its worker threads: the fixtures as a
 * folder plus the same messages as one mbox, a .msg and a .pst; counts against `check --json`,
 * masking in every output, the cache on a rerun, and the exit codes.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findIdentifiers } from '../../src/engine/identifiers';
import { runCli } from '../cli/run-cli';
import { AUDIT_FIXTURES, AUDIT_FOLDER, mailFiles } from '../support/audit-fixtures';
import { buildCli, etykieta, outputs, POLICY, tempOut, type Outputs } from './support';

const MBOX = path.join(AUDIT_FIXTURES, 'export.mbox');
const OFFICE = 12;
const CITIZENS = 2;
const dirs: string[] = [];
let both: Outputs;
let firstRun: ReturnType<typeof etykieta>;
let bothDir: string;

beforeAll(() => {
  buildCli();
  bothDir = tempOut();
  dirs.push(bothDir);
  firstRun = etykieta('audit', '--out', bothDir, '--policy', POLICY, '--jobs', '2', AUDIT_FOLDER, MBOX);
  both = outputs(bothDir);
}, 180_000);

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const personalNumbers = (text: string) => findIdentifiers(text, 0, ['pesel', 'idCard', 'passport', 'account']).map((f) => f.value);

describe('the fixtures as a folder and as one mbox', () => {
  test('exit 0, one summary line on stdout, nothing on stderr', () => {
    expect(firstRun.code).toBe(0);
    expect(firstRun.stderr).toBe('');
    expect(firstRun.stdout).toMatch(/^Sprawdzono 24 wiadomości urzędu: \d+ problem(?:y|ów)?; pominięto 5 \(spoza urzędu: 4, .*nieczytelne: 1\)\. Raport: .*report\.html\n$/);
  });

  test('each office message is counted twice; the citizens’ letters are skipped, the broken file listed', () => {
    expect(both.report.messages).toBe(2 * OFFICE);
    expect(both.report.skipped).toMatchObject({ notFromOffice: 2 * CITIZENS, outsideDates: 0, notMail: 0, unreadable: 1 });
    expect(both.report.skipped.unreadableMessages).toEqual([{ source: path.join(AUDIT_FOLDER, '15-uszkodzony.eml'), reason: 'plik binarny (zawiera bajty NUL), to nie jest wiadomość e-mail' }]);
  });

  test('byRule is twice what `check --json` finds in the office’s messages, findings and messages alike', async () => {
    const officeFiles = mailFiles().filter((f) => /^From:.*@(gops\.)?zielonadolina\.example\.pl>/m.test(readFileSync(f, 'utf8')));
    expect(officeFiles).toHaveLength(OFFICE);
    const run = await runCli('check', '--json', '--policy', POLICY, ...officeFiles);
    const expected: Record<string, { findings: number; messages: number }> = {};
    for (const file of JSON.parse(run.stdout) as Array<{ findings: Array<{ ruleId: string }> }>) {
      const ids = file.findings.map((f) => f.ruleId);
      for (const id of ids) expected[id] = { findings: (expected[id]?.findings ?? 0) + 2, messages: expected[id]?.messages ?? 0 };
      for (const id of new Set(ids)) expected[id].messages += 2;
    }
    expect(both.report.byRule).toEqual(expected);
    expect(both.report.findings.total).toBe(Object.values(expected).reduce((sum, r) => sum + r.findings, 0));
  });

  test('by sender and by month add up to the totals; months are in Polish time', () => {
    const senders = Object.values(both.report.bySender);
    const months = both.report.byMonth;
    expect(senders.reduce((s, c) => s + c.messages, 0)).toBe(2 * OFFICE);
    expect(Object.values(months).reduce((s, c) => s + c.findings, 0)).toBe(both.report.findings.total);
    expect(Object.keys(months)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(Object.keys(both.report.bySender).sort()).toEqual(['anna.kowalska@zielonadolina.example.pl', 'm.nowicka@gops.zielonadolina.example.pl', 'piotr.zielinski@zielonadolina.example.pl', 'sekretariat@zielonadolina.example.pl']);
  });

  test('the 20 worst messages are ordered by errors, then warnings, with date and masked subject', () => {
    const worst = both.report.worst;
    expect(worst).toHaveLength(Math.min(20, both.report.messagesWithFindings));
    for (let i = 1; i < worst.length; i++) expect(worst[i - 1].error * 1e6 + worst[i - 1].warning * 1e3 + worst[i - 1].info).toBeGreaterThanOrEqual(worst[i].error * 1e6 + worst[i].warning * 1e3 + worst[i].info);
    expect(worst[0]).toMatchObject({ subject: 'Pytanie', date: '2026-01-20T12:40:00.000Z', sender: 'piotr.zielinski@zielonadolina.example.pl' });
    expect(both.csv).toContain(',Decyzja podatkowa dla PESEL ********347,sensitive-data,');
  });

  test('findings.csv has one row per finding, quoted, with the header in the report’s language', () => {
    const lines = both.csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('data,nadawca,temat,reguła,waga,komunikat');
    expect(lines).toHaveLength(both.report.findings.total + 1);
    expect(lines).toContain('2026-01-20 13:40,piotr.zielinski@zielonadolina.example.pl,Pytanie,subject-uninformative,błąd,"Temat „Pytanie” nic nie mówi o sprawie. Napisz, czego dotyczy, np. „Wniosek o zaświadczenie – znak OR.1234.5.2026”."');
  });

  test('no output holds a personal number, though the messages do; masked forms keep the last 3 characters', () => {
    expect(personalNumbers(mailFiles().map((f) => readFileSync(f, 'utf8')).join('\n')).length).toBeGreaterThanOrEqual(4);
    for (const text of [both.html, both.json, both.csv]) {
      expect(personalNumbers(text)).toEqual([]);
      expect(text).not.toContain('85031412347');
      expect(text).not.toContain('ABA212345');
    }
    expect(both.csv).toContain('********347');
  });

  test('report.html is self-contained: SVG charts made by Vega, a CSP, no script, no external reference', () => {
    const svgs = both.html.match(/<svg [^>]*class="marks"/g) ?? [];
    expect(svgs).toHaveLength(2);
    expect(both.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(both.html).not.toMatch(/<script|<link |<img |<iframe|url\(|@import/i);
    expect(both.html.match(/(?:href|src)="https?:/g)).toBeNull();
    expect(both.html).toContain('<html lang="pl">');
  });

  test('a rerun takes every message from the cache and writes the same report', () => {
    const again = etykieta('audit', '--out', bothDir, '--policy', POLICY, '--jobs', '2', AUDIT_FOLDER, MBOX);
    expect(again.code).toBe(0);
    // 24 office messages and 4 citizens' (the broken file is read again: a failure may not last).
    expect(again.stdout).toContain(' 28 z pamięci podręcznej.');
    const second = outputs(bothDir);
    expect({ ...second.report, generated: '' }).toEqual({ ...both.report, generated: '' });
    expect(second.csv).toBe(both.csv);
  });
});

describe('Outlook files and other inputs', () => {
  test('a .msg saved from Outlook is read: its sender, attachment and the PESEL in its text', () => {
    const dir = tempOut();
    dirs.push(dir);
    const run = etykieta('audit', '--lang', 'en', '--out', dir, '--policy', POLICY, path.join(AUDIT_FIXTURES, 'letter.msg'));
    expect(run.code).toBe(0);
    const { report, csv } = outputs(dir);
    expect(report.messages).toBe(1);
    expect(Object.keys(report.bySender)).toEqual(['anna.kowalska@zielonadolina.example.pl']);
    expect(report.byMonth).toEqual({ '2026-06': expect.objectContaining({ messages: 1 }) });
    expect(report.byRule['sensitive-data']).toEqual({ findings: 1, messages: 1 });
    // The letter says "w załączniku" and has its PDF attached.
    expect(report.byRule['attachment-missing']).toBeUndefined();
    expect(csv).toContain('2026-06-15 12:20,anna.kowalska@zielonadolina.example.pl,Odp: Wniosek o wydanie zaświadczenia o zameldowaniu,sensitive-data,warning,');
  });

  test('a .pst is read item by item (pst-extractor’s own test store, see test/fixtures/audit/README.md)', () => {
    const pst = path.join(path.dirname(require.resolve('pst-extractor/package.json')), 'example/testdata/enron.pst');
    const dir = tempOut();
    dirs.push(dir);
    const run = etykieta('audit', '--lang', 'en', '--out', dir, '--domain', 'enron.com', pst);
    expect(run.code).toBe(0);
    const { report } = outputs(dir);
    expect(report.skipped.unreadable).toBe(0);
    expect(report.messages).toBeGreaterThan(20);
    expect(report.messages + report.skipped.notFromOffice + report.skipped.notMail).toBe(71);
    expect(report.bySender['dennis.lee@enron.com']).toMatchObject({ messages: expect.any(Number) });
    expect(report.worst[0].source).toMatch(/enron\.pst#.+\/\d+$/);
  });

  test('--since/--until keep the messages of those days (Polish time); the others are counted as outside', () => {
    const dir = tempOut();
    dirs.push(dir);
    const run = etykieta('audit', '--out', dir, '--policy', POLICY, '--jobs', '0', '--since', '2026-02-01', '--until', '2026-03-31', MBOX);
    expect(run.code).toBe(0);
    const { report } = outputs(dir);
    expect(Object.keys(report.byMonth)).toEqual(['2026-02', '2026-03']);
    expect(report.messages).toBe(4);
    expect(report.skipped.outsideDates).toBe(OFFICE - 4);
  });
});
