import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The hand-out exists only while the page is printed (from the button or the browser's own print
 * command), so thousands of quotes are not kept twice in the page. React renders it before the
 * browser lays out the print.
 */
export function usePrintHandout() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
