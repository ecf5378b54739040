import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { KeyedFinding } from '../../../engine/ignore';

/**
 * After Zastosuj / Ignoruj / Wstaw podpis the keyboard focus goes to the finding that now stands
 * where the acted-on one stood (the next one; the same one when its fix failed), or, when none is
 * left, to the status line ("Gotowe do wysłania"): never to the page body (contract § 9).
 */
export function useFocusAfterAction(running: string | null, visible: readonly KeyedFinding[]) {
  const root = useRef<HTMLElement | null>(null);
  const pending = useRef<number | null>(null);

  const items = () => [...(root.current?.querySelectorAll<HTMLElement>('li[data-finding-key]') ?? [])];

  const remember = useCallback((key: string) => {
    const index = items().findIndex((el) => el.dataset.findingKey === key);
    pending.current = index < 0 ? 0 : index;
  }, []);

  useEffect(() => {
    if (pending.current === null || running !== null) return;
    const list = items();
    const target = list[Math.min(pending.current, list.length - 1)] ?? root.current?.querySelector<HTMLElement>('#pane-status');
    pending.current = null;
    target?.focus();
  }, [running, visible]);

  return useMemo(() => ({ root, remember }), [remember]);
}
