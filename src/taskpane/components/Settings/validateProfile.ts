/**
 * Checks of the clerk's own fields where they are typed (pure, no regular expressions over
 * the whole value: every check is one pass over at most a few hundred characters).
 * 'missing' is a note, not an error: the signature will lack a field the office requires;
 * the others stop the save, since the signature would carry a wrong value.
 */
import type { SenderProfile } from '../../../engine/model';
import type { SignatureField } from '../../../engine/config';
import { PROFILE_FIELDS, type ProfileField } from './useSettings';

export type FieldProblem = 'nameRequired' | 'phone' | 'email' | 'missing';

const PHONE_SIGNS = new Set([' ', '+', '-', '(', ')', '/', '.']);

/** "+48 75 123 45 67", "(75) 123-45-67", "601 234 567 wew. 12" → at least 9 digits, only phone signs; an extension may follow. */
export function isPhone(value: string): boolean {
  const lower = value.toLowerCase();
  const mark = Math.max(lower.indexOf('wew.'), lower.indexOf('ext.'));
  const number = mark < 0 ? lower : lower.slice(0, mark);
  const extension = mark < 0 ? '' : lower.slice(mark + 4).trim();
  if (mark >= 0 && (extension.length < 1 || extension.length > 6 || [...extension].some((c) => c < '0' || c > '9'))) return false;
  let digits = 0;
  for (const c of number) {
    if (c >= '0' && c <= '9') digits++;
    else if (!PHONE_SIGNS.has(c)) return false;
  }
  return digits >= 9 && digits <= 15;
}

/** One "@", something before it, a domain with a dot inside it, no spaces. */
export function isEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const domain = value.slice(at + 1);
  for (const c of value) if (c.trim() === '') return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0);
}

export function fieldProblem(field: ProfileField, raw: string | undefined, required: readonly SignatureField[]): FieldProblem | undefined {
  const value = raw?.trim() ?? '';
  if (field === 'name' && value === '') return 'nameRequired';
  if (value === '') return required.includes(field as SignatureField) ? 'missing' : undefined;
  if (field === 'phone' && !isPhone(value)) return 'phone';
  if (field === 'email' && !isEmail(value)) return 'email';
  return undefined;
}

export type ProfileProblems = Partial<Record<ProfileField, FieldProblem>>;

export function profileProblems(profile: SenderProfile, required: readonly SignatureField[]): ProfileProblems {
  const problems: ProfileProblems = {};
  for (const f of PROFILE_FIELDS) {
    const p = fieldProblem(f, profile[f], required);
    if (p) problems[f] = p;
  }
  return problems;
}

export const blocksSaving = (p: FieldProblem | undefined): boolean => p !== undefined && p !== 'missing';
