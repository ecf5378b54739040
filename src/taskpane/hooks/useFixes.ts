/**
 * Applies fixes through the adapter, one at a time. A ref (not state) guards against a second
 * click arriving before React re-renders the disabled button, so nothing is inserted twice.
 * After every fix the message is checked again; a failed fix is reported and the pane goes on.
 *
 * "Fix all safe" keeps the message as it was before (adapter.snapshot), lists what it changed,
 * and offers one undo that writes that message back exactly (body, subject, recipients) — but
 * only while the message is still exactly as "fix all" left it, so an undo never throws away
 * what the clerk wrote since (SPEC § 9).
 */
import { useCallback, useRef, useState } from 'react';
import { OfficeCallError, type ComposeAdapter, type FixContext, type MessageSnapshot } from '../../office/types';
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

/** Where the undo of the last "fix all" stands. */
export type UndoState = 'available' | 'unavailable' | 'running' | 'done' | 'changed' | 'failed';

export type FixAllOutcome = {
  /** The fixes "fix all" applied, in order. */
  applied: Fix[];
  undo: UndoState;
  undoError?: unknown;
};

export type UseFixes = {
  /** Key of the fix running now ('all' for Fix all safe, 'undo' for its undo), or null. */
  running: string | null;
  failure?: FixFailure;
  /** How many fixes the last "Fix all safe" applied. */
  appliedAll?: number;
  /** What the last "Fix all safe" did, and its undo. */
  lastFixAll?: FixAllOutcome;
  applyFix: (key: string, fix: Fix) => Promise<void>;
  fixAllSafe: (findings: readonly Finding[]) => Promise<void>;
  undoFixAll: () => Promise<void>;
  dismissFailure: () => void;
};

type Kept = { before: MessageSnapshot; after: MessageSnapshot };

export function useFixes(adapter: ComposeAdapter, context: () => FixContext, recheck: () => Promise<CheckResult | undefined>): UseFixes {
  const busy = useRef(false);
  const kept = useRef<Kept | undefined>(undefined);
  const [running, setRunning] = useState<string | null>(null);
  const [failure, setFailure] = useState<FixFailure>();
  const [lastFixAll, setLastFixAll] = useState<FixAllOutcome>();

  const start = (key: string): boolean => {
    if (busy.current) return false;
    busy.current = true;
    setRunning(key);
    setFailure(undefined);
    if (key !== 'undo') {
      // Any new change ends the offer to undo the last "fix all".
      kept.current = undefined;
      setLastFixAll(undefined);
    }
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
      const before = await adapter.snapshot().catch(() => undefined);
      let current = findings;
      const applied: Fix[] = [];
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
          applied.push(fix);
          const fresh = await recheck();
          if (!fresh) return;
          current = fresh.findings;
        }
      } finally {
        const after = before && applied.length > 0 ? await adapter.snapshot().catch(() => undefined) : undefined;
        kept.current = before && after ? { before, after } : undefined;
        setLastFixAll({ applied, undo: kept.current ? 'available' : 'unavailable' });
        finish();
      }
    },
    [adapter, context, recheck],
  );

  const undoFixAll = useCallback(async () => {
    const snapshots = kept.current;
    if (!snapshots || !start('undo')) return;
    setLastFixAll((s) => s && { ...s, undo: 'running', undoError: undefined });
    let undo: UndoState = 'done';
    let undoError: unknown;
    try {
      await adapter.restore(snapshots.before, snapshots.after);
      kept.current = undefined;
    } catch (error) {
      undo = error instanceof OfficeCallError && error.code === 'changed' ? 'changed' : 'failed';
      undoError = error;
      // Changed since, or partly written: a second attempt from here could only do harm.
      kept.current = undefined;
    }
    setLastFixAll((s) => s && { ...s, undo, undoError });
    await recheck();
    finish();
  }, [adapter, recheck]);

  const dismissFailure = useCallback(() => setFailure(undefined), []);

  return { running, failure, appliedAll: lastFixAll?.applied.length, lastFixAll, applyFix, fixAllSafe, undoFixAll, dismissFailure };
}
