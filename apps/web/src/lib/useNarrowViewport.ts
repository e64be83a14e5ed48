import { useSyncExternalStore } from 'react';

/** Below this width (a phone, 40em as in styles.css) the project navigation folds into a menu. */
const narrowQuery = '(width < 40em)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(narrowQuery);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the screen is phone-sized now; follows turning the device or resizing the window. */
export function useNarrowViewport(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
}
