import { useCallback, useMemo, useRef, useState } from 'react';
import type { ComposeAdapter, FixContext } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule } from '../../../engine/types';
import { useLang } from '../../hooks/useLang';
import { useCheck } from '../../hooks/useCheck';
import { useFixes } from '../../hooks/useFixes';
import { keyFindings } from '../../findingKey';
import { useSettings } from '../Settings';

export type PaneTab = 'check' | 'settings' | 'templates' | 'deadline';

/** The pane's state: the live check, the fixes, suggestions the clerk ignored, the open tab. */
export function useTaskpane(adapter: ComposeAdapter, policy: PolicyState, rules?: readonly AnyRule[]) {
  const lang = useLang();
  const checkOptions = useMemo(() => (rules ? { rules } : {}), [rules]);
  const check = useCheck(adapter, policy.config, checkOptions);
  const [tab, setTab] = useState<PaneTab>('check');
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(() => new Set());

  // Fixes read the newest profile when they run, not the one of the render that started them.
  const profile = useRef(check.profile);
  profile.current = check.profile;
  const context = useCallback((): FixContext => ({ config: policy.config, profile: profile.current, lang }), [policy.config, lang]);
  const fixes = useFixes(adapter, context, check.recheck);

  const visible = useMemo(() => keyFindings(check.result?.findings ?? []).filter((k) => !ignored.has(k.key)), [check.result, ignored]);
  const ignore = useCallback((key: string) => setIgnored((s) => new Set(s).add(key)), []);
  const recheck = check.recheck;
  const onSaved = useCallback(() => void recheck(), [recheck]);
  const settings = useSettings(adapter, check.profile, onSaved);

  return { check, fixes, visible, ignore, tab, setTab, settings };
}
