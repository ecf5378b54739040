import { useCallback, useRef, type KeyboardEvent } from 'react';

/** Roving focus for the tab list: arrows wrap around, Home and End jump to the ends. */
export function usePaneTabs<V extends string>(tabs: ReadonlyArray<{ value: V }>, onSelect: (value: V) => void) {
  const buttons = useRef(new Map<V, HTMLButtonElement>());

  const register = useCallback(
    (value: V) => (el: HTMLButtonElement | null) => {
      if (el) buttons.current.set(value, el);
      else buttons.current.delete(value);
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, current: V) => {
    const i = tabs.findIndex((t) => t.value === current);
    const last = tabs.length - 1;
    const next = e.key === 'ArrowRight' ? (i === last ? 0 : i + 1) : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    const value = tabs[next].value;
    onSelect(value);
    buttons.current.get(value)?.focus();
  };

  return { register, onKeyDown };
}
