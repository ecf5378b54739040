import { useCallback, useMemo, useState } from 'react';
import type { ComposeAdapter } from '../../../office/types';
import type { SenderProfile } from '../../../engine/model';
import type { SignatureField } from '../../../engine/config';
import { blocksSaving, profileProblems } from './validateProfile';

export type ProfileField = keyof SenderProfile;
export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'position', 'department', 'phone', 'email', 'room'];

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'invalid' } | { status: 'failed'; error: unknown };

export type UseSettings = ReturnType<typeof useSettings>;

/**
 * The clerk's draft of their own fields, checked where they are typed (once the clerk leaves a
 * field, or tries to save) and saved to roamingSettings through the adapter only when no field is
 * wrong. Until the clerk edits a field the form shows the stored profile (which arrives after the
 * first read); the draft lives in the pane, so switching views keeps what was typed.
 */
export function useSettings(adapter: ComposeAdapter, stored: SenderProfile, onSaved: () => void, required: readonly SignatureField[] = []) {
  const [edited, setEdited] = useState<SenderProfile>();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [touched, setTouched] = useState<ReadonlySet<ProfileField>>(() => new Set());
  const draft = edited ?? stored;
  const problems = useMemo(() => profileProblems(draft, required), [draft, required]);

  const change = useCallback(
    (field: ProfileField, value: string) => {
      setEdited((d) => ({ ...(d ?? stored), [field]: value }));
      setSave((s) => (s.status === 'saving' ? s : { status: 'idle' }));
    },
    [stored],
  );
  const leave = useCallback((field: ProfileField) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field))), []);

  /** Resolves with the first field that stops the save, or undefined when it was saved (or failed in Outlook). */
  const submit = useCallback(async (): Promise<ProfileField | undefined> => {
    const wrong = PROFILE_FIELDS.find((f) => blocksSaving(problems[f]));
    if (wrong) {
      setTouched(new Set(PROFILE_FIELDS));
      setSave({ status: 'invalid' });
      return wrong;
    }
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
    return undefined;
  }, [adapter, draft, onSaved, problems]);

  return { draft, change, leave, touched, problems, submit, save };
}
