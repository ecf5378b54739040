/**
 * contract § 8: the CLI reads regular files only, at most the size limit, however `stat` reports
 * them. Devices, FIFOs and symlinks to them are refused before a byte is read (a read of
 * /dev/zero would never end, a FIFO without a writer would block): one line on stderr, exit 2,
 * and the other files of the run are still checked. No test here relies on a timeout: code that
 * read these files would hang or run out of memory, never pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRegularFile } from '../../src/cli/read-regular';
import { fixture, runCli } from './run-cli';

const posix = process.platform !== 'win32';
const describePosix = posix ? describe : describe.skip;

describePosix('devices, FIFOs and symlinks to them', () => {
  let dir: string;
  let fifo: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etykieta-special-'));
    fifo = path.join(dir, 'potok.eml');
    execFileSync('mkfifo', [fifo]);
    symlinkSync('/dev/zero', path.join(dir, 'c.eml'));
    symlinkSync(fixture('good-reply.eml'), path.join(dir, 'b.eml'));
    writeFileSync(path.join(dir, 'a.eml'), 'From: jan@gmina.example.pl\r\nTo: anna@wp.pl\r\nSubject: \r\n\r\nDzień dobry\r\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const notRegular = /to nie jest zwykły plik/;

  test.each([
    ['/dev/zero', () => '/dev/zero'],
    ['a FIFO without a writer', () => fifo],
    ['a symlink to /dev/zero', () => path.join(dir, 'c.eml')],
    ['/dev/null (a device, though empty)', () => '/dev/null'],
  ])('%s: one line on stderr, exit 2, the regular file beside it still checked', async (_name, file) => {
    const run = await runCli('check', file(), path.join(dir, 'a.eml'));
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(notRegular);
    expect(lines[0]).toContain(file());
    expect(run.stdout).toContain('subject-missing');
  });

  test('a glob that matches a symlink to /dev/zero refuses it and checks the rest', async () => {
    const run = await runCli('check', '--json', `${dir}/*.eml`);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout) as Array<{ path: string; error?: string; findings: unknown[] }>;
    const byName = Object.fromEntries(files.map((f) => [path.basename(f.path), f]));
    // The glob lists files and symlinks; the FIFO itself is no file to it (named, it is refused above).
    expect(Object.keys(byName).sort()).toEqual(['a.eml', 'b.eml', 'c.eml']);
    expect(byName['c.eml'].error).toMatch(notRegular);
    // A symlink to a regular file is read like the file.
    expect(byName['b.eml'].error).toBeUndefined();
    expect(byName['a.eml'].findings.length).toBeGreaterThan(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each([
    ['--policy', ['check', '--policy', '/dev/zero']],
    ['--user', ['check', '--user', '/dev/zero']],
    ['policy validate', ['policy', 'validate']],
    ['manifest validate', ['manifest', 'validate']],
  ])('%s of a FIFO or a device is one line and exit 2', async (_name, args) => {
    for (const target of ['/dev/zero', fifo]) {
      const argv = args.includes('/dev/zero') ? args.map((a) => (a === '/dev/zero' ? target : a)) : [...args, target];
      const run = await runCli(...argv, ...(argv[0] === 'check' ? [path.join(dir, 'a.eml')] : []));
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(notRegular);
    }
  });

  test('the reader refuses a device before reading, even when asked for a single byte', async () => {
    await expect(readRegularFile('/dev/zero', 1)).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(readRegularFile(fifo, 1)).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(readRegularFile(dir, 1)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('the size limit is read, not believed', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etykieta-size-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a file one byte over the limit is refused, one at the limit is read', async () => {
    const file = path.join(dir, 'f.txt');
    writeFileSync(file, 'x'.repeat(1000));
    await expect(readRegularFile(file, 999)).rejects.toMatchObject({ code: 'EFBIG' });
    expect((await readRegularFile(file, 1000)).length).toBe(1000);
  });

  (posix && process.platform === 'linux' ? test : test.skip)('a file whose stat size is 0 (/proc) is read to its end, and capped', async () => {
    const status = await readRegularFile('/proc/self/status', 1024 * 1024);
    expect(status.toString('utf8')).toMatch(/^Name:/);
    await expect(readRegularFile('/proc/self/status', 10)).rejects.toMatchObject({ code: 'EFBIG' });
  });
});
