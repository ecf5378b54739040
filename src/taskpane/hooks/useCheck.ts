/**
 * Checks the message being written: reads it through the adapter, adds the clerk's own fields
 * (the sender profile), runs the engine, and checks again when Outlook says something changed
 * (debounced, so typing does not run the engine on every key). A result that arrives after a
 * newer check started is dropped, so the list never jumps back to an older state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComposeAdapter } from '../../office/types';
import type { EngineConfig } from '../../engine/config';
import type { MailMessage, SenderProfile } from '../../engine/model';
import type { AnyRule } from '../../engine/types';
import { checkMessage, type CheckResult } from '../../engine/runner';
import { allRules } from '../../engine/rules';

export const CHECK_DEBOUNCE_MS = 300;

export type CheckState = {
  loading: boolean;
  result?: CheckResult;
  message?: MailMessage;
  profile: SenderProfile;
  /** Reading the message failed: the last good result (if any) stays on screen. */
  error?: unknown;
  /** Loading the profile failed: the check still ran, without the clerk's own fields. */
  profileError?: unknown;
};

export type UseCheck = CheckState & {
  /** Checks now; resolves with the fresh result, or undefined when it failed or was overtaken. */
  recheck: () => Promise<CheckResult | undefined>;
};

export function useCheck(adapter: ComposeAdapter, config: EngineConfig, options: { debounceMs?: number; rules?: readonly AnyRule[] } = {}): UseCheck {
  const { debounceMs = CHECK_DEBOUNCE_MS, rules = allRules } = options;
  const [state, setState] = useState<CheckState>({ loading: true, profile: {} });
  const latest = useRef(0);

  const recheck = useCallback(async (): Promise<CheckResult | undefined> => {
    const id = ++latest.current;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const [message, profile] = await Promise.allSettled([adapter.read(), adapter.loadProfile()]);
    if (id !== latest.current) return undefined;
    if (message.status === 'rejected') {
      setState((s) => ({ ...s, loading: false, error: message.reason }));
      return undefined;
    }
    const sender = profile.status === 'fulfilled' ? profile.value : {};
    let result: CheckResult;
    try {
      result = checkMessage({ ...message.value, sender }, config, rules);
    } catch (error) {
      // The runner isolates rules; this is only body parsing gone wrong. Say so, keep the pane.
      setState((s) => ({ ...s, loading: false, error }));
      return undefined;
    }
    setState({
      loading: false,
      result,
      message: message.value,
      profile: sender,
      error: undefined,
      profileError: profile.status === 'rejected' ? profile.reason : undefined,
    });
    return result;
  }, [adapter, config, rules]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    void recheck();
    const unsubscribe = adapter.subscribe(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void recheck(), debounceMs);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      latest.current++; // results still on their way belong to a pane that is gone
    };
  }, [adapter, recheck, debounceMs]);

  return { ...state, recheck };
}
