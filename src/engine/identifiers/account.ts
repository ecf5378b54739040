/**
 * Bank accounts: IBAN (ISO 13616, mod 97) and the Polish NRB, which is a Polish IBAN without
 * its "PL": 2 check digits + 8 digits of the bank + 16 of the account.
 */
import { compact, isDigits } from './checksum';

/** Remainder of a long decimal string mod 97, taken in chunks so no number loses precision. */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

export function isValidIban(value: string): boolean {
  const iban = compact(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  if (iban.startsWith('PL') && iban.length !== 28) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}

export function isValidNrb(value: string): boolean {
  const nrb = compact(value);
  return isDigits(nrb, 26) && isValidIban(`PL${nrb}`);
}

/** The 26 digits of a Polish account however it is written ("PL61 1090 …", "61109…"), or null. */
export function accountDigits(value: string): string | null {
  const c = compact(value).replace(/^PL/, '');
  return isDigits(c, 26) ? c : null;
}
