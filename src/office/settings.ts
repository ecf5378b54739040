/**
 * What Etykieta keeps in Outlook's roamingSettings (they roam with the mailbox; the classic
 * Outlook runtime has no localStorage): the clerk's own signature fields and the last good policy.
 * The stored profile is validated by src/engine/profile.ts, which the launch events use too.
 */
import type { SenderProfile } from '../engine/model';
import { toSenderProfile } from '../engine/profile';
import type { PolicyCache } from '../policy/load';
import { officeCall } from './async';
import type { RoamingSettingsLike } from './office-like';

export const PROFILE_KEY = 'etykieta.profile';
export const POLICY_KEY = 'etykieta.policy';

/** Settings kept in memory: for a host without roamingSettings, and for the preview. */
export function memorySettings(initial: Record<string, unknown> = {}): RoamingSettingsLike {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name),
    saveAsync: (callback) => setTimeout(() => callback?.({ status: 'succeeded', value: undefined }), 0),
  };
}

export async function loadProfile(settings: RoamingSettingsLike | undefined): Promise<SenderProfile> {
  if (!settings) return {};
  try {
    return toSenderProfile(settings.get(PROFILE_KEY));
  } catch {
    return {};
  }
}

export async function saveProfile(settings: RoamingSettingsLike | undefined, profile: SenderProfile, timeoutMs?: number): Promise<void> {
  if (!settings) return;
  const clean = toSenderProfile(profile);
  await officeCall<void>('roamingSettings.saveAsync', (cb) => {
    settings.set(PROFILE_KEY, clean);
    settings.saveAsync(cb);
  }, timeoutMs);
}

/** The last good policy text, so an unreachable or broken policy.json falls back to it. */
export function roamingPolicyCache(settings: RoamingSettingsLike, timeoutMs?: number): PolicyCache {
  return {
    read: () => {
      const v = settings.get(POLICY_KEY);
      return typeof v === 'string' ? v : undefined;
    },
    write: async (text: string) => {
      if (settings.get(POLICY_KEY) === text) return;
      await officeCall<void>('roamingSettings.saveAsync', (cb) => {
        settings.set(POLICY_KEY, text);
        settings.saveAsync(cb);
      }, timeoutMs);
    },
  };
}
