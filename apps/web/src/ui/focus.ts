import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** True when nothing has the focus: the focused button or form went away and the browser fell back to the page. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/**
 * Gives the element the focus when it appears (`always`), or only when the focus was lost (the form
 * that was saved closed, the button that was used went away), so keyboard and screen reader users
 * continue at the result instead of at the top of the page, while someone still in a form stays there.
 */
export function useFocusOnAppear(ref: RefObject<HTMLElement | null>, always: boolean) {
  useEffect(() => {
    if (always || focusIsLost()) ref.current?.focus();
  }, [ref, always]);
}

/**
 * Runs `move` after the next render: for moving the focus to an element that the change being made
 * (removing an item, closing a form) creates or re-renders, e.g. the next item of a list.
 */
export function useFocusAfterRender(): (move: () => void) => void {
  const pending = useRef<(() => void) | null>(null);
  const [renders, setRenders] = useState(0);
  useEffect(() => {
    const move = pending.current;
    pending.current = null;
    move?.();
  }, [renders]);
  return useCallback((move: () => void) => {
    pending.current = move;
    setRenders((n) => n + 1);
  }, []);
}
