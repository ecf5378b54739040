/**
 * Applies fixes through the adapter, one at a time. A ref (not state) guards against a second
 * click arriving before React re-renders the disabled button, so nothing is inserted twice.
 * After every fix the message is checked again; a failed fix is reported and the pane goes on.
 */
import { useCallback, useRef, useState } from 'react';
import type { ComposeAdapter, FixContext } from '../../office/types';
import type { Finding, Fix } from '../../engine/types';
import type { CheckResult } from '../../engine/runner';

/**
 * Whole-block fixes that "Fix all safe" applies, in this order: recipients first (the body is
 * untouched), then the greeting at the top, the closing, and the signature last so that the
 * closing lands above it. replaceText stays a suggestion the clerk accepts one by one.
 */
export const SAFE_FIX_ORDER: ReadonlyArray<Fix['kind']> = ['moveToBcc', 'insertGreeting', 'insertClosing', 'insertSignature'];

export function isSafeFix(fix: Fix | undefined): boolean {
  return fix !== undefined && SAFE_FIX_ORDER.includes(fix.kind);
}

export type FixFailure = { fix: Fix; error: unknown };

export type UseFixes = {
  /** Key of the fix running now ('all' for Fix all safe), or null. */
  running: string | null;
  failure?: FixFailure;
  /** How many fixes the last "Fix all safe" applied. */
  appliedAll?: number;
  applyFix: (key: string, fix: Fix) => Promise<void>;
  fixAllSafe: (findings: readonly Finding[]) => Promise<void>;
  dismissFailure: () => void;
};

export function useFixes(adapter: ComposeAdapter, context: () => FixContext, recheck: () => Promise<CheckResult | undefined>): UseFixes {
  const busy = useRef(false);
  const [running, setRunning] = useState<string | null>(null);
  const [failure, setFailure] = useState<FixFailure>();
  const [appliedAll, setAppliedAll] = useState<number>();

  const start = (key: string): boolean => {
    if (busy.current) return false;
    busy.current = true;
    setRunning(key);
    setFailure(undefined);
    setAppliedAll(undefined);
    return true;
  };
  const finish = () => {
    busy.current = false;
    setRunning(null);
  };

  const applyFix = useCallback(
    async (key: string, fix: Fix) => {
      if (!start(key)) return;
      try {
        await adapter.applyFix(fix, context());
      } catch (error) {
        setFailure({ fix, error });
      }
      await recheck();
      finish();
    },
    [adapter, context, recheck],
  );

  const fixAllSafe = useCallback(
    async (findings: readonly Finding[]) => {
      if (!start('all')) return;
      let current = findings;
      let applied = 0;
      try {
        for (const kind of SAFE_FIX_ORDER) {
          // Each step looks at the findings of the message as it is now, not as it was.
          const fix = current.find((f) => f.fix?.kind === kind)?.fix;
          if (!fix) continue;
          try {
            await adapter.applyFix(fix, context());
          } catch (error) {
            setFailure({ fix, error });
            await recheck();
            return;
          }
          applied++;
          const fresh = await recheck();
          if (!fresh) return;
          current = fresh.findings;
        }
      } finally {
        setAppliedAll(applied);
        finish();
      }
    },
    [adapter, context, recheck],
  );

  const dismissFailure = useCallback(() => setFailure(undefined), []);

  return { running, failure, appliedAll, applyFix, fixAllSafe, dismissFailure };
}
