/**
 * Public business identifiers: NIP (tax number) and REGON (statistical number, 9 digits for
 * an entity, 14 for a local unit). Public data, so sensitive-data checks them only on request.
 */
import { compact, isDigits, weightedSum } from './checksum';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

export function isValidNip(value: string): boolean {
  const nip = compact(value).replace(/^PL/, '');
  if (!isDigits(nip, 10)) return false;
  // A remainder of 10 is never issued: no check digit can express it.
  const check = weightedSum(nip, NIP_WEIGHTS) % 11;
  return check !== 10 && check === Number(nip[9]);
}

function regonCheck(regon: string, weights: readonly number[]): boolean {
  const check = (weightedSum(regon, weights) % 11) % 10;
  return check === Number(regon[regon.length - 1]);
}

export function isValidRegon(value: string): boolean {
  const regon = compact(value);
  if (isDigits(regon, 9)) return regonCheck(regon, REGON9_WEIGHTS);
  // A 14-digit REGON is the parent's 9-digit REGON + the unit's number: both must check.
  if (isDigits(regon, 14)) return regonCheck(regon.slice(0, 9), REGON9_WEIGHTS) && regonCheck(regon, REGON14_WEIGHTS);
  return false;
}
