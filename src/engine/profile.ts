/**
 * The clerk's profile as it is stored (roamingSettings, written by the task pane) is read back
 * here, and only here, for the pane and the launch events alike: it may come from an older
 * version, another add-in or a hand edit. Only known fields that are non-empty strings survive
 * (at most 500 characters each); a bad field is dropped and the others kept. A JSON string is
 * parsed first (some clients hand back what was saved as text). Never throws.
 */
import type { SenderProfile } from './model';

export const PROFILE_FIELDS = ['name', 'position', 'department', 'phone', 'email', 'room'] as const;

const MAX_FIELD = 500;

export function toSenderProfile(value: unknown): SenderProfile {
  let source = value;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      return {};
    }
  }
  if (!source || typeof source !== 'object' || Array.isArray(source)) return {};
  const profile: SenderProfile = {};
  for (const field of PROFILE_FIELDS) {
    let v: unknown;
    try {
      // Own fields only: nothing inherited through a prototype counts as the clerk's data.
      v = Object.prototype.hasOwnProperty.call(source, field) ? (source as Record<string, unknown>)[field] : undefined;
    } catch {
      continue; // a getter that throws is a bad field like any other
    }
    if (typeof v === 'string' && v.trim() !== '') profile[field] = v.slice(0, MAX_FIELD);
  }
  return profile;
}
