import { runCli } from './run-cli';

describe('etykieta deadline', () => {
  test('prints the date on the first line and the provision on the second', async () => {
    const run = await runCli('deadline', '--received', '2026-12-22', '--kind', 'kpa-1m');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('2027-01-22');
    expect(lines[1]).toMatch(/art\. 35 § 3 KPA/);
  });

  test('a moved date says from which day and why, in the chosen language', async () => {
    const pl = await runCli('deadline', '--received', '2026-11-24', '--kind', 'kpa-1m');
    expect(pl.stdout.split('\n')[0]).toBe('2026-12-28');
    expect(pl.stdout).toMatch(/2026-12-24, to Wigilia Bożego Narodzenia/);
    const en = await runCli('deadline', '--received=2026-11-24', '--kind=kpa-1m', '--lang', 'en');
    expect(en.stdout).toMatch(/2026-12-24, is a public holiday \(Christmas Eve\)/);
  });

  test('--days alone means custom-days; --json gives the whole result', async () => {
    const run = await runCli('deadline', '--received', '2026-12-31', '--days', '1', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ received: '2026-12-31', date: '2027-01-04', kind: 'custom-days', shifted: true, nominal: '2027-01-01', rule: expect.stringMatching(/^1 dzień/) });
  });

  test.each([
    [['--kind', 'kpa-1m'], /--received/],
    [['--received', '2026-11-23'], /--kind/],
    [['--received', '2026-02-30', '--kind', 'kpa-1m'], /2026-02-30/],
    [['--received', '2026-11-23', '--kind', 'kpa-5m'], /kpa-5m.*kpa-1m/],
    [['--received', '2026-11-23', '--kind', 'custom-days'], /--days/],
    [['--received', '2026-11-23', '--days', '-3'], /„-3”/],
    [['--received', '2026-11-23', '--days', 'abc'], /„abc”/],
    [['--received', '2026-11-23', '--kind', 'kpa-1m', '--days', '3'], /custom-days/],
    [['--received', '2026-11-23', '--kind', 'kpa-1m', 'extra'], /extra/],
  ])('%j: exit 2 with one line', async (args, reason) => {
    const run = await runCli('deadline', ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^etykieta: [^\n]+\n$/);
    expect(run.stderr).toMatch(reason);
  });
});
