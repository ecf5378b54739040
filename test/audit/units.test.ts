/** The audit's small pure parts: masking, Polish dates, the office's domains, its texts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../src/engine/i18n';
import { AUDIT_TEXTS } from '../../src/audit/texts';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { inRange, isCalendarDay, localDateTime, localMonth } from '../../src/audit/dates';
import { forReport, maskPersonalNumbers } from '../../src/audit/mask';
import { isFromOffice, officeDomainsOf } from '../../src/audit/office';

describe('maskPersonalNumbers', () => {
  test.each([
    ['PESEL 85031412347 w temacie', 'PESEL ********347 w temacie'],
    ['dowód ABA212345, paszport brak', 'dowód ******345, paszport brak'],
    ['rachunek 61 1090 1014 0000 0712 1981 2874.', 'rachunek ***********************874.'],
    ['wniosek_85031412347.eml', 'wniosek_********347.eml'],
    // Failing checksums are no personal numbers: a case reference or a phone stays readable.
    ['znak GK.6831.4.2026, tel. 44 765 43 21, 85031412348', 'znak GK.6831.4.2026, tel. 44 765 43 21, 85031412348'],
  ])('%s', (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked);
  });

  test('forReport also drops control and invisible characters', () => {
    expect(forReport('Decyzja\u202E\u0007 85031412347\n')).toBe('Decyzja ********347 ');
  });
});

describe('dates in Polish time', () => {
  test('a letter sent at 00:30 on 1 March in Warsaw counts in March', () => {
    expect(localMonth('2026-02-28T23:30:00Z')).toBe('2026-03');
    expect(localDateTime('2026-02-28T23:30:00Z')).toBe('2026-03-01 00:30');
    expect(localDateTime('2026-07-01T10:00:00Z')).toBe('2026-07-01 12:00');
  });

  test.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-01', false],
  ])('isCalendarDay(%s) is %s', (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
  });

  test('ranges are inclusive; without a date a message is outside any range, inside none given', () => {
    expect(inRange('2026-03-31T21:59:00Z', '2026-03-01', '2026-03-31')).toBe(true);
    expect(inRange('2026-03-31T22:00:00Z', '2026-03-01', '2026-03-31')).toBe(false);
    expect(inRange(undefined, '2026-03-01', undefined)).toBe(false);
    expect(inRange(undefined, undefined, undefined)).toBe(true);
  });
});

describe('the office', () => {
  test('internal domains, the organisation’s e-mail domain and --domain, each once', () => {
    const config = { ...DEFAULT_CONFIG, internalDomains: ['Gmina.example.pl', '@gops.gmina.example.pl'], organization: { accounts: [], email: 'sekretariat@gmina.example.pl' } };
    expect(officeDomainsOf(config, ['urzad.example.pl'])).toEqual(['gmina.example.pl', 'gops.gmina.example.pl', 'urzad.example.pl']);
  });

  test('a From at a subdomain is the office; a look-alike domain is not', () => {
    expect(isFromOffice('a@rada.gmina.example.pl', ['gmina.example.pl'])).toBe(true);
    expect(isFromOffice('a@gmina.example.pl.evil.com', ['gmina.example.pl'])).toBe(false);
    expect(isFromOffice('a@xgmina.example.pl', ['gmina.example.pl'])).toBe(false);
    expect(isFromOffice(undefined, ['gmina.example.pl'])).toBe(false);
  });
});

describe('the audit’s texts', () => {
  test('every id exists in Polish and in English, and none shadows a shared text', () => {
    expect(Object.keys(AUDIT_TEXTS.pl).sort()).toEqual(Object.keys(AUDIT_TEXTS.en).sort());
    expect(Object.keys(AUDIT_TEXTS.en).filter((id) => id in MESSAGES.en)).toEqual([]);
  });

  test('every cli.audit id the sources name has a text', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const root = join(__dirname, '../..');
    const sources = [...files(join(root, 'src/audit')), join(root, 'src/cli/commands/audit.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const ids = [...sources.matchAll(/'cli\.audit\.([a-zA-Z.]+)'/g)].map((m) => `cli.audit.${m[1]}`);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !(id in AUDIT_TEXTS.en) && !(id in MESSAGES.en))).toEqual([]);
  });
});
