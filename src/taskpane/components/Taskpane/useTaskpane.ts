import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComposeAdapter, FixContext } from '../../../office/types';
import type { PolicyState } from '../../../policy/load';
import type { AnyRule, Fix } from '../../../engine/types';
import { useLang } from '../../hooks/useLang';
import { useCheck } from '../../hooks/useCheck';
import { useFixes } from '../../hooks/useFixes';
import { ignoreId, ignoredValue, keyFindings, parseIgnored, withoutIgnored } from '../../../engine/ignore';
import { inLetterOrder } from '../../letterOrder';
import { useSettings } from '../Settings/useSettings';
import { useFocusAfterAction } from './useFocusAfterAction';

export type PaneTab = 'check' | 'settings' | 'templates' | 'deadline';

/**
 * The pane's state: the live check, the fixes, findings the clerk ignored, the open tab.
 * Ignores belong to this message: they are kept with the item (adapter.saveIgnored, Office's
 * session data), so a pane reopened on the same draft and the send check both leave them out;
 * another message starts with none. Until the kept ones are read, no finding is listed, so none
 * flashes up and goes. The pane's set is always what was stored (engine/ignore.ts bounds it), so
 * pane and send check hide the same findings.
 */
export function useTaskpane(adapter: ComposeAdapter, policy: PolicyState, rules?: readonly AnyRule[]) {
  const lang = useLang();
  const checkOptions = useMemo(() => (rules ? { rules } : {}), [rules]);
  const check = useCheck(adapter, policy.config, checkOptions);
  const [tab, setTab] = useState<PaneTab>('check');
  const [ignored, setIgnored] = useState<readonly string[] | null>(null);
  // Where Outlook keeps no session data, or keeping them failed, the send check cannot know.
  const [ignoresReachSend, setIgnoresReachSend] = useState(() => adapter.ignoresReachSend());
  useEffect(() => {
    let alive = true;
    void adapter.loadIgnored().then((ids) => alive && setIgnored(ids));
    return () => {
      alive = false;
    };
  }, [adapter]);

  // Fixes read the newest profile when they run, not the one of the render that started them.
  const profile = useRef(check.profile);
  profile.current = check.profile;
  const context = useCallback((): FixContext => ({ config: policy.config, profile: profile.current, lang }), [policy.config, lang]);
  const fixes = useFixes(adapter, context, check.recheck);

  const keyed = useMemo(() => (ignored ? keyFindings(check.result?.findings ?? []) : []), [check.result, ignored]);
  const kept = useMemo(() => withoutIgnored(keyed, new Set(ignored ?? [])), [keyed, ignored]);
  const visible = useMemo(() => inLetterOrder(kept, check.result?.body), [kept, check.result]);
  const ignoredCount = keyed.length - kept.length;
  const focus = useFocusAfterAction(fixes.running, visible);

  const ignore = useCallback(
    (key: string) => {
      focus.remember(key);
      // Through the stored form and back: the pane hides exactly what the send check will read.
      const next = parseIgnored(ignoredValue([...(ignored ?? []), ignoreId(key)]));
      setIgnored(next);
      adapter.saveIgnored(next).catch(() => setIgnoresReachSend(false));
    },
    [focus, ignored, adapter],
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

  const ready = check.result !== undefined && ignored !== null;
  return { check, fixes, ready, visible, ignoredCount, ignoresReachSend, ignore, fix, focus, tab, setTab, settings };
}
