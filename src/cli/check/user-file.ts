/**
 * `--user FILE`: the clerk's own fields as the task pane stores them (name, position, department,
 * phone, email, room). Unknown keys and non-string values are refused rather than dropped, so a
 * typo in "positon" does not silently give a signature finding.
 */
import type { SenderProfile } from '../../engine/model';

const FIELDS = ['name', 'position', 'department', 'phone', 'email', 'room'] as const;

export type UserResult = { ok: true; profile: SenderProfile } | { ok: false; problem: string; data?: Record<string, string> };

export function parseUserProfile(text: string): UserResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'user.notJson' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, problem: 'user.notObject' };
  const profile: SenderProfile = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(FIELDS as readonly string[]).includes(key)) return { ok: false, problem: 'user.unknownField', data: { field: key, known: FIELDS.join(', ') } };
    if (typeof value !== 'string') return { ok: false, problem: 'user.notString', data: { field: key } };
    if (value.trim() !== '') profile[key as (typeof FIELDS)[number]] = value;
  }
  return { ok: true, profile };
}
