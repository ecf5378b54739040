/** Shared arithmetic of the Polish identifier checksums: weighted sums over digit strings. */

/** Value of one character in the ID-card and passport checksums: 0–9 as is, A=10 … Z=35. */
export function charValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return NaN;
}

export function weightedSum(value: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += charValue(value[i]) * weights[i];
  return sum;
}

/** Strips the separators people type inside numbers: spaces, non-breaking spaces, dashes. */
export function compact(value: string): string {
  // Scanned numbers arrive already clean: skip the copies then (bodies can hold thousands).
  const clean = /[\s-]/.test(value) ? value.replace(/[\s-]/g, '') : value;
  return /[a-z]/.test(clean) ? clean.toUpperCase() : clean;
}

export function isDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value);
}
