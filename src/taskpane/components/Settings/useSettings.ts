import { useCallback, useState } from 'react';
import type { ComposeAdapter } from '../../../office/types';
import type { SenderProfile } from '../../../engine/model';

export type ProfileField = keyof SenderProfile;
export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'position', 'department', 'phone', 'email', 'room'];

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: unknown };

export type UseSettings = ReturnType<typeof useSettings>;

/**
 * The clerk's draft of their own fields, saved to roamingSettings through the adapter. Until the
 * clerk edits a field the form shows the stored profile (which arrives after the first read);
 * the draft lives in the pane, so switching views keeps what was typed.
 */
export function useSettings(adapter: ComposeAdapter, stored: SenderProfile, onSaved: () => void) {
  const [edited, setEdited] = useState<SenderProfile>();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const draft = edited ?? stored;

  const change = useCallback(
    (field: ProfileField, value: string) => {
      setEdited((d) => ({ ...(d ?? stored), [field]: value }));
      setSave((s) => (s.status === 'saving' ? s : { status: 'idle' }));
    },
    [stored],
  );

  const submit = useCallback(async () => {
    setSave({ status: 'saving' });
    // Empty fields are left out, so "not filled in" reads the same everywhere.
    const profile: SenderProfile = {};
    for (const f of PROFILE_FIELDS) {
      const v = draft[f]?.trim();
      if (v) profile[f] = v;
    }
    try {
      await adapter.saveProfile(profile);
      setSave({ status: 'saved' });
      onSaved();
    } catch (error) {
      setSave({ status: 'failed', error });
    }
  }, [adapter, draft, onSaved]);

  return { draft, change, submit, save };
}
