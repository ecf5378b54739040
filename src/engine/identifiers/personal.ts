/**
 * Identifiers of a person: PESEL, the ID card (dowód osobisty) and the passport. Each is
 * verified by its checksum, and PESEL also by its birth date, so that a case number or
 * a phone number of the same length is not taken for personal data.
 */
import { compact, isDigits, weightedSum } from './checksum';

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** PESEL encodes the century in the month: +80 for 18xx, +0 for 19xx, +20, +40, +60 for 20xx–22xx. */
const CENTURY_BY_MONTH_OFFSET: ReadonlyArray<[offset: number, century: number]> = [
  [80, 1800],
  [0, 1900],
  [20, 2000],
  [40, 2100],
  [60, 2200],
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The birth date a PESEL encodes, or null when no calendar day matches it. */
export function peselBirthDate(pesel: string): { year: number; month: number; day: number } | null {
  if (!isDigits(pesel, 11)) return null;
  const yy = Number(pesel.slice(0, 2));
  const mm = Number(pesel.slice(2, 4));
  const day = Number(pesel.slice(4, 6));
  for (const [offset, century] of CENTURY_BY_MONTH_OFFSET) {
    const month = mm - offset;
    if (month < 1 || month > 12) continue;
    const year = century + yy;
    return day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
  }
  return null;
}

export function isValidPesel(value: string): boolean {
  const pesel = compact(value);
  if (!isDigits(pesel, 11)) return false;
  const check = (10 - (weightedSum(pesel, PESEL_WEIGHTS) % 10)) % 10;
  return check === Number(pesel[10]) && peselBirthDate(pesel) !== null;
}

/** ID card: 3 letters + 6 digits; the first digit is the check digit (weight 9 ≡ −1 mod 10). */
const ID_CARD_WEIGHTS = [7, 3, 1, 9, 7, 3, 1, 7, 3];

export function isValidIdCard(value: string): boolean {
  const id = compact(value);
  if (!/^[A-Z]{3}\d{6}$/.test(id)) return false;
  return weightedSum(id, ID_CARD_WEIGHTS) % 10 === 0;
}

/** Passport: 2 letters + 7 digits; the first digit is the check digit, same scheme as the ID card. */
const PASSPORT_WEIGHTS = [7, 3, 9, 1, 7, 3, 1, 7, 3];

export function isValidPassport(value: string): boolean {
  const id = compact(value);
  if (!/^[A-Z]{2}\d{7}$/.test(id)) return false;
  return weightedSum(id, PASSPORT_WEIGHTS) % 10 === 0;
}
