import { useCallback, useMemo, useRef, useState } from 'react';
import type { ComposeAdapter, FixContext } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule, Fix } from '../../../engine/types';
import { useLang } from '../../hooks/useLang';
import { useCheck } from '../../hooks/useCheck';
import { useFixes } from '../../hooks/useFixes';
import { keyFindings } from '../../findingKey';
import { inLetterOrder } from '../../letterOrder';
import { useSettings } from '../Settings/useSettings';
import { useFocusAfterAction } from './useFocusAfterAction';

export type PaneTab = 'check' | 'settings' | 'templates' | 'deadline';

/**
 * The pane's state: the live check, the fixes, findings the clerk ignored (for this message
 * only: the set lives as long as this pane of this compose window), the open tab.
 */
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

  const keyed = useMemo(() => keyFindings(check.result?.findings ?? []), [check.result]);
  const visible = useMemo(() => inLetterOrder(keyed.filter((k) => !ignored.has(k.key)), check.result?.body), [keyed, ignored, check.result]);
  const ignoredCount = keyed.length - keyed.filter((k) => !ignored.has(k.key)).length;
  const focus = useFocusAfterAction(fixes.running, visible);

  const ignore = useCallback(
    (key: string) => {
      focus.remember(key);
      setIgnored((s) => new Set(s).add(key));
    },
    [focus],
  );
  const applyFix = fixes.applyFix;
  const fix = useCallback(
    (key: string, f: Fix) => {
      focus.remember(key);
      void applyFix(key, f);
    },
    [focus, applyFix],
  );
  const recheck = check.recheck;
  const onSaved = useCallback(() => void recheck(), [recheck]);
  const settings = useSettings(adapter, check.profile, onSaved, policy.config.signature.required);

  return { check, fixes, visible, ignoredCount, ignore, fix, focus, tab, setTab, settings };
}
