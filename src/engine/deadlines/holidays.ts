/**
 * Polish statutory public holidays (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy),
 * computed for any year: the Easter-based ones from the Gregorian Easter date.
 */
import { dayOf } from './dates';

export type HolidayId =
  | 'newYear' | 'epiphany' | 'easterSunday' | 'easterMonday' | 'labourDay' | 'constitutionDay'
  | 'pentecost' | 'corpusChristi' | 'assumption' | 'allSaints' | 'independenceDay'
  | 'christmasEve' | 'christmasDay' | 'secondChristmasDay';

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

/** Day number -> holiday, for one year. 6 January is a holiday again since 2011, 24 December since 2025. */
export function holidaysOf(year: number): Map<number, HolidayId> {
  const easter = easterSunday(year);
  const list: Array<[number, HolidayId]> = [
    [dayOf(year, 1, 1), 'newYear'],
    [easter, 'easterSunday'],
    [easter + 1, 'easterMonday'],
    [dayOf(year, 5, 1), 'labourDay'],
    [dayOf(year, 5, 3), 'constitutionDay'],
    [easter + 49, 'pentecost'],
    [easter + 60, 'corpusChristi'],
    [dayOf(year, 8, 15), 'assumption'],
    [dayOf(year, 11, 1), 'allSaints'],
    [dayOf(year, 11, 11), 'independenceDay'],
    [dayOf(year, 12, 25), 'christmasDay'],
    [dayOf(year, 12, 26), 'secondChristmasDay'],
  ];
  if (year >= 2011) list.push([dayOf(year, 1, 6), 'epiphany']);
  if (year >= 2025) list.push([dayOf(year, 12, 24), 'christmasEve']);
  return new Map(list);
}

const cache = new Map<number, Map<number, HolidayId>>();

export function holidayOn(day: number, year: number): HolidayId | undefined {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = holidaysOf(year);
    cache.set(year, holidays);
  }
  return holidays.get(day);
}
