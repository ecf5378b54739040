/**
 * Reply deadlines (contract § 9). Every expected date below was worked out by hand from a calendar
 * (weekday and holiday named in the comment) and cross-checked with an independent script.
 */
import { computeDeadline, DeadlineInputError, easterSunday, formatDay, holidaysOf, KIND_NAMES, parseIsoDate } from '../../src/engine/deadlines';
import { formatMessage, MESSAGES } from '../../src/engine/i18n';

type Case = [received: string, kind: string, days: number | undefined, expected: string, why: string];

const CASES: Case[] = [
  // KPA art. 35 § 3, one month; art. 57 § 3 for month ends.
  ['2026-12-22', 'kpa-1m', undefined, '2027-01-22', 'Friday, across the year end'],
  ['2026-01-31', 'kpa-1m', undefined, '2026-03-02', 'no 31 February: Sat 28 February -> Monday'],
  ['2024-01-31', 'kpa-1m', undefined, '2024-02-29', 'leap year: Thursday 29 February'],
  ['2026-03-31', 'kpa-1m', undefined, '2026-04-30', '31st -> 30-day April, Thursday'],
  ['2026-03-30', 'kpa-1m', undefined, '2026-04-30', 'same day number'],
  ['2026-04-01', 'kpa-1m', undefined, '2026-05-04', 'Fri 1 May holiday, Sat, Sun 3 May holiday -> Monday'],
  ['2026-11-30', 'kpa-1m', undefined, '2026-12-30', 'Wednesday'],
  ['2026-11-24', 'kpa-1m', undefined, '2026-12-28', 'Thu 24 Dec (holiday since 2025), 25, 26 Sat, Sun -> Monday'],
  ['2024-11-24', 'kpa-1m', undefined, '2024-12-24', 'Tuesday: 24 December was a working day before 2025'],
  ['2025-11-24', 'kpa-1m', undefined, '2025-12-29', 'Wed 24, Thu 25, Fri 26 Dec, weekend -> Monday'],
  ['2026-03-06', 'kpa-1m', undefined, '2026-04-07', 'Easter Monday 6 April -> Tuesday'],
  ['2026-05-04', 'kpa-1m', undefined, '2026-06-05', 'Corpus Christi Thu 4 June -> Friday'],
  ['2025-05-19', 'kpa-1m', undefined, '2025-06-20', 'Corpus Christi Thu 19 June 2025 -> Friday'],
  ['2026-10-11', 'kpa-1m', undefined, '2026-11-12', 'Independence Day Wed 11 Nov -> Thursday'],
  ['2026-10-01', 'kpa-1m', undefined, '2026-11-02', 'All Saints on a Sunday -> Monday'],
  ['2027-12-06', 'kpa-1m', undefined, '2028-01-07', 'Epiphany Thu 6 Jan 2028 -> Friday'],
  ['2026-12-31', 'kpa-1m', undefined, '2027-02-01', 'Sun 31 Jan 2027 -> Monday 1 February'],
  ['2027-12-01', 'kpa-1m', undefined, '2028-01-03', 'New Year on a Saturday, Sunday -> Monday'],
  // Two months.
  ['2026-12-31', 'kpa-2m', undefined, '2027-03-01', '31 Dec -> Sun 28 Feb 2027 -> Monday 1 March'],
  ['2023-12-30', 'kpa-2m', undefined, '2024-02-29', '30th -> leap 29 February, Thursday'],
  ['2026-02-06', 'kpa-2m', undefined, '2026-04-07', 'Easter Monday -> Tuesday'],
  ['2026-09-15', 'kpa-2m', undefined, '2026-11-16', 'Sunday -> Monday'],
  // Public information: 14 days, the day of the request not counted.
  ['2026-11-23', 'public-info-14d', undefined, '2026-12-07', 'Monday'],
  ['2026-12-10', 'public-info-14d', undefined, '2026-12-28', 'Christmas Eve chain -> Monday'],
  ['2026-12-18', 'public-info-14d', undefined, '2027-01-04', 'New Year Fri 1 Jan, weekend -> Monday'],
  ['2026-12-23', 'public-info-14d', undefined, '2027-01-07', 'Epiphany Wed 6 Jan -> Thursday'],
  ['2026-03-23', 'public-info-14d', undefined, '2026-04-07', 'Easter Monday -> Tuesday'],
  ['2024-02-15', 'public-info-14d', undefined, '2024-02-29', 'leap day, Thursday'],
  ['2023-02-15', 'public-info-14d', undefined, '2023-03-01', 'no leap day: Wednesday 1 March'],
  ['2026-04-17', 'public-info-14d', undefined, '2026-05-04', '1 May, weekend with 3 May -> Monday'],
  ['2026-03-24', 'public-info-2m', undefined, '2026-05-25', 'Pentecost Sunday 24 May -> Monday'],
  ['2026-08-31', 'public-info-2m', undefined, '2026-11-02', '31st -> Sat 31 Oct, Sun 1 Nov (All Saints) -> Monday'],
  // Petitions: three months.
  ['2026-11-30', 'petition-3m', undefined, '2027-03-01', '30th -> Sun 28 Feb 2027 -> Monday'],
  ['2027-11-29', 'petition-3m', undefined, '2028-02-29', 'leap 29 February 2028, Tuesday'],
  ['2026-09-24', 'petition-3m', undefined, '2026-12-28', 'Christmas Eve chain -> Monday'],
  ['2026-05-15', 'petition-3m', undefined, '2026-08-17', 'Assumption on a Saturday, Sunday -> Monday'],
  // Complaints: one month.
  ['2026-04-03', 'complaint-1m', undefined, '2026-05-04', '3 May on a Sunday -> Monday'],
  ['2026-07-15', 'complaint-1m', undefined, '2026-08-17', 'Saturday 15 August -> Monday'],
  ['2026-01-15', 'complaint-1m', undefined, '2026-02-16', 'Sunday -> Monday'],
  // Custom number of days.
  ['2026-12-21', 'custom-days', 3, '2026-12-28', 'Christmas Eve -> Monday'],
  ['2026-11-23', 'custom-days', 7, '2026-11-30', 'Monday'],
  ['2026-12-31', 'custom-days', 1, '2027-01-04', 'New Year, weekend -> Monday'],
  ['2024-02-28', 'custom-days', 1, '2024-02-29', 'leap day'],
  ['2026-02-28', 'custom-days', 1, '2026-03-02', 'Sunday 1 March -> Monday'],
  ['2026-01-01', 'custom-days', 365, '2027-01-04', 'a year: New Year 2027, weekend -> Monday'],
  ['2028-04-15', 'custom-days', 2, '2028-04-18', 'Easter Monday 17 April 2028 -> Tuesday'],
  ['2022-04-14', 'custom-days', 2, '2022-04-19', 'Saturday (counts since 2022), Easter Sunday, Easter Monday -> Tuesday'],
];

describe('computeDeadline: hand-checked cases', () => {
  test.each(CASES)('%s %s %s -> %s (%s)', (received, kind, days, expected) => {
    expect(computeDeadline({ received, kind, days }).date).toBe(expected);
  });

  test('there are at least 40 of them and every kind but kpa-immediate is covered', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c[1]))).toEqual(new Set(KIND_NAMES.filter((k) => k !== 'kpa-immediate')));
  });
});

describe('computeDeadline: the result', () => {
  test('names the provision applied and whether and why the date moved', () => {
    expect(computeDeadline({ received: '2026-12-22', kind: 'kpa-1m' })).toEqual({
      date: '2027-01-22',
      kind: 'kpa-1m',
      ruleId: 'deadline.rule.kpa-1m',
      data: {},
      shifted: false,
      nominal: '2027-01-22',
    });
    expect(computeDeadline({ received: '2026-11-24', kind: 'kpa-1m' })).toMatchObject({
      date: '2026-12-28',
      shifted: true,
      nominal: '2026-12-24',
      shiftedBecause: { kind: 'holiday', holiday: 'christmasEve' },
    });
    expect(computeDeadline({ received: '2026-01-31', kind: 'kpa-1m' }).shiftedBecause).toEqual({ kind: 'saturday' });
  });

  test('kpa-immediate is the day of receipt, never moved', () => {
    expect(computeDeadline({ received: '2026-12-24', kind: 'kpa-immediate' })).toMatchObject({ date: '2026-12-24', shifted: false });
    expect(computeDeadline({ received: '2026-11-28', kind: 'kpa-immediate' })).toMatchObject({ date: '2026-11-28', shifted: false });
  });

  test('excludedDays are treated like public holidays', () => {
    expect(computeDeadline({ received: '2026-11-23', kind: 'custom-days', days: 7, excludedDays: ['2026-11-30'] })).toMatchObject({
      date: '2026-12-01',
      shiftedBecause: { kind: 'excluded' },
    });
  });

  test('every kind, every day of 2024–2030: the last day is a working day, at most 5 days after the nominal one (Sat 22 Dec to Thu 27 Dec)', () => {
    const start = parseIsoDate('2024-01-01') as number;
    const end = parseIsoDate('2030-12-31') as number;
    const problems: string[] = [];
    for (const kind of KIND_NAMES) {
      for (let day = start; day <= end; day++) {
        const r = computeDeadline({ received: formatDay(day), kind, days: kind === 'custom-days' ? 10 : undefined });
        const last = parseIsoDate(r.date) as number;
        const nominal = parseIsoDate(r.nominal) as number;
        const weekday = new Date(`${r.date}T00:00:00Z`).getUTCDay();
        const year = Number(r.date.slice(0, 4));
        const off = kind !== 'kpa-immediate' && (weekday === 0 || weekday === 6 || holidaysOf(year).has(last));
        if (off || last < nominal || last - nominal > 5 || r.shifted !== (last !== nominal)) problems.push(`${kind} ${formatDay(day)} -> ${r.date}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('computeDeadline: bad input', () => {
  test.each([
    [{ received: '2026-02-30', kind: 'kpa-1m' }, 'deadline.error.badDate'],
    [{ received: '2026-2-3', kind: 'kpa-1m' }, 'deadline.error.badDate'],
    [{ received: 'jutro', kind: 'kpa-1m' }, 'deadline.error.badDate'],
    [{ received: '2026-11-23', kind: 'kpa-3m' }, 'deadline.error.badKind'],
    [{ received: '2026-11-23', kind: 'custom-days' }, 'deadline.error.daysMissing'],
    [{ received: '2026-11-23', kind: 'custom-days', days: 0 }, 'deadline.error.badDays'],
    [{ received: '2026-11-23', kind: 'custom-days', days: 2.5 }, 'deadline.error.badDays'],
    [{ received: '2026-11-23', kind: 'kpa-1m', days: 5 }, 'deadline.error.daysNotAllowed'],
    [{ received: '2026-11-23', kind: 'custom-days', days: 5, excludedDays: ['2026-13-01'] }, 'deadline.error.badDate'],
  ])('%j -> %s', (input, messageId) => {
    expect(() => computeDeadline(input)).toThrow(DeadlineInputError);
    try {
      computeDeadline(input);
    } catch (e) {
      expect((e as DeadlineInputError).messageId).toBe(messageId);
    }
  });
});

describe('Polish public holidays', () => {
  test.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(formatDay(easterSunday(year))).toBe(date);
  });

  test('2026: fourteen days, Easter-based ones included', () => {
    const days = [...holidaysOf(2026).keys()].sort((a, b) => a - b).map(formatDay);
    expect(days).toEqual([
      '2026-01-01', '2026-01-06', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-03', '2026-05-24',
      '2026-06-04', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-24', '2026-12-25', '2026-12-26',
    ]);
  });

  test('24 December only from 2025, 6 January only from 2011', () => {
    expect(holidaysOf(2024).has(parseIsoDate('2024-12-24') as number)).toBe(false);
    expect(holidaysOf(2025).get(parseIsoDate('2025-12-24') as number)).toBe('christmasEve');
    expect(holidaysOf(2010).has(parseIsoDate('2010-01-06') as number)).toBe(false);
    expect(holidaysOf(2011).get(parseIsoDate('2011-01-06') as number)).toBe('epiphany');
  });
});

describe('deadline texts', () => {
  test('every provision, holiday and reason has a text in both languages', () => {
    const ids = [
      ...KIND_NAMES.map((k) => `deadline.rule.${k}`),
      ...[...holidaysOf(2026).values()].map((h) => `deadline.holiday.${h}`),
      'deadline.shifted', 'deadline.dayOff.saturday', 'deadline.dayOff.sunday', 'deadline.dayOff.excluded',
    ];
    for (const lang of ['pl', 'en'] as const) expect(ids.filter((id) => !(id in MESSAGES[lang]))).toEqual([]);
  });

  test('custom days use Polish plural forms', () => {
    expect(formatMessage('pl', 'deadline.rule.custom-days', { days: 1 })).toMatch(/^1 dzień /);
    expect(formatMessage('pl', 'deadline.rule.custom-days', { days: 3 })).toMatch(/^3 dni /);
    expect(formatMessage('en', 'deadline.rule.custom-days', { days: 1 })).toMatch(/^1 day /);
  });
});
