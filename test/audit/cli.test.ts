/**
 * `etykieta audit` in-process (`--jobs 0`: the main thread checks, the same code the workers
 * run): usage and exit codes, hostile subjects in every output, damaged files, and the cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/run-cli';
import { AUDIT_FIXTURES } from '../support/audit-fixtures';
import { POLICY } from './support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'etykieta-audit-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const audit = (...args: string[]) => runCli('audit', '--jobs', '0', '--out', path.join(dir, 'out'), ...args);
const report = () => JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const eml = (subject: string, from = 'Jan Nowak <jan.nowak@powiat.example.pl>') =>
  `From: ${from}\r\nTo: a@gmail.com\r\nSubject: ${subject}\r\nDate: Mon, 12 Jan 2026 09:15:00 +0100\r\nMessage-ID: <${Math.random()}@powiat.example.pl>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWitam\r\n`;

describe('usage', () => {
  test('--help prints the usage and exits 0; the main help lists the command', async () => {
    const help = await runCli('audit', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Użycie: etykieta audit [opcje] ŚCIEŻKA...');
    expect((await runCli('--help', '--lang', 'en')).stdout).toMatch(/\n {2}audit +checks the mail the office sent/);
  });

  test.each([
    [[], 'nie podano, co sprawdzić; użycie: etykieta audit [--out FOLDER] [--policy PLIK] ŚCIEŻKA...'],
    [['--domain', 'powiat.example.pl', '--since', '2026-02-30', '.'], '--since musi być dniem w postaci RRRR-MM-DD, a jest „2026-02-30”'],
    [['--domain', 'powiat.example.pl', '--since', '2026-03-01', '--until', '2026-02-01', '.'], '--since 2026-03-01 wypada po --until 2026-02-01'],
    [['--domain', 'powiat.example.pl', '--jobs', 'all', '.'], '--jobs musi być liczbą od 0 do 256, a jest „all”'],
    [['--domain', 'powiat example', '.'], '„powiat example” nie jest domeną (np. gmina.example.pl)'],
    [['.'], 'nie wiadomo, które wiadomości wysłał urząd: podaj --policy z internalDomains (albo organization.email) lub --domain DOMENA'],
    [['--domain', 'powiat.example.pl', 'no-such-folder'], 'no-such-folder: plik nie istnieje'],
    [['--bogus'], 'nieznana opcja „--bogus”; zobacz „etykieta --help”'],
  ])('%j exits 2 with one line', async (args, line) => {
    const run = await runCli('audit', ...args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `etykieta: ${line}\n` });
  });

  test('an invalid policy exits 2 before anything is read', async () => {
    const run = await audit('--policy', file('policy.json', '{"rules": {"no-such-rule": "error"}}'), AUDIT_FIXTURES);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^etykieta: .*policy\.json: błędna polityka: /);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(false);
  });
});

describe('what no message can do', () => {
  test('a subject with markup, a formula or a bidi override is shown as text in every output', async () => {
    file('a.eml', eml('<script>alert(1)</script> =HYPERLINK("http://x.example/") \u202Efdp.exe'));
    file('b.eml', eml('+48 600 100 200', '"Jan <b>Nowak</b>" <jan.nowak@powiat.example.pl>'));
    const run = await audit('--domain', 'powiat.example.pl', dir);
    expect(run.code).toBe(0);
    const html = readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
    const csv = readFileSync(path.join(dir, 'out', 'findings.csv'), 'utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>Nowak');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&quot;http://x.example/&quot;) fdp.exe');
    expect(html + csv + JSON.stringify(report())).not.toContain('\u202E');
    // A cell that a spreadsheet would run as a formula starts with an apostrophe.
    expect(csv).toContain(`,'+48 600 100 200,`);
    expect(csv).toContain(`,"<script>alert(1)</script> =HYPERLINK(""http://x.example/"") fdp.exe",`);
  });

  test('damaged .msg and .pst files are one unreadable line each; the rest is audited', async () => {
    file('good.eml', eml('Wniosek o zaświadczenie'));
    file('broken.msg', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not really a compound file', 'latin1'));
    const pst = file('broken.pst', Buffer.concat([Buffer.from('!BDN'), Buffer.alloc(600, 7)]));
    const run = await audit('--domain', 'powiat.example.pl', dir, pst);
    expect(run.code).toBe(0);
    const r = report();
    expect(r.messages).toBe(1);
    expect(r.skipped.unreadableMessages.map((u: { source: string }) => path.basename(u.source))).toEqual(['broken.msg', 'broken.pst']);
    expect(r.skipped.unreadableMessages[1].reason).toMatch(/^nie można odczytać elementu pliku \.pst: /);
  });

  test('a folder without any message gives an empty report, not an error', async () => {
    const run = await audit('--domain', 'powiat.example.pl', dir);
    expect(run.code).toBe(0);
    expect(report()).toMatchObject({ messages: 0, byRule: {}, bySender: {}, byMonth: {}, worst: [] });
  });
});

describe('the cache', () => {
  const cacheFiles = () => readdirSync(path.join(dir, 'out', '.etykieta-cache'));

  test('a rerun checks only new messages; a line cut short by an interrupted run is checked again', async () => {
    file('a.eml', eml('Pytanie'));
    await audit('--domain', 'powiat.example.pl', dir);
    const [name] = cacheFiles();
    appendFileSync(path.join(dir, 'out', '.etykieta-cache', name), '"id:<cut>|1|"\t{"kind":"aud');
    file('b.eml', eml('Wniosek o zaświadczenie'));
    const again = await audit('--domain', 'powiat.example.pl', dir);
    expect(again.stdout).toContain(' 1 z pamięci podręcznej.');
    expect(report().messages).toBe(2);
    const third = await audit('--domain', 'powiat.example.pl', dir);
    expect(third.stdout).toContain(' 2 z pamięci podręcznej.');
  });

  test('another policy or language starts a new cache file and removes the old one; --no-cache uses none', async () => {
    file('a.eml', eml('Pytanie'));
    await audit('--domain', 'powiat.example.pl', dir);
    const first = cacheFiles();
    const en = await audit('--lang', 'en', '--domain', 'powiat.example.pl', dir);
    expect(en.stdout).not.toContain('from the cache');
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toEqual(first);
    rmSync(path.join(dir, 'out'), { recursive: true });
    await audit('--no-cache', '--domain', 'powiat.example.pl', dir);
    expect(existsSync(path.join(dir, 'out', '.etykieta-cache'))).toBe(false);
  });

  test('a policy names the office through internalDomains', async () => {
    const run = await audit('--policy', POLICY, path.join(AUDIT_FIXTURES, 'folder', '2026-01'));
    expect(run.code).toBe(0);
    expect(report()).toMatchObject({ messages: 2, officeDomains: ['zielonadolina.example.pl', 'gops.zielonadolina.example.pl'] });
  });
});
