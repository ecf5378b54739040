/**
 * Every real-world message of the MIME corpus (test/fixtures/mime/, with its licence notes) gives
 * findings (exit 0/1) or one clear line (exit 2) — never a crash, a stack trace or a hang.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, REPO } from './run-cli';

const CORPUS = path.join(REPO, 'test/fixtures/mime');

describe('the real-world MIME corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort();

  test('is in the repository', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  test.each(files)('%s: findings or one line, never a stack trace', async (name) => {
    const run = await runCli('check', '--json', path.join(CORPUS, name));
    expect([0, 1, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack frame
    expect(run.stderr).not.toMatch(/błąd wewnętrzny|internal error|zgłosiła błąd/);
    const [report] = JSON.parse(run.stdout) as Array<{ findings: unknown[]; error?: string }>;
    if (run.code === 2) {
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(report.error).toEqual(expect.any(String));
    } else {
      expect(run.stderr).toBe('');
      expect(report.error).toBeUndefined();
    }
  }, 30_000);

  test('real messages are read as messages: only the headerless MIME part is refused', async () => {
    const run = await runCli('check', '--json', ...files.map((f) => path.join(CORPUS, f)));
    const refused = (JSON.parse(run.stdout) as Array<{ path: string; error?: string }>).filter((r) => r.error).map((r) => path.basename(r.path));
    // postal-mime-mixed.eml is a bare multipart entity: no From, To, Cc or Subject.
    expect(refused).toEqual(['postal-mime-mixed.eml']);
  }, 60_000);
});
