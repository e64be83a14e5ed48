import { useSearchParams } from 'react-router';

/**
 * The page's query string, and a way to change some of its keys at once (null or '' removes one).
 * Filters and open forms live in the URL, so a reload or a shared link shows the same view.
 */
export function useSearchParamUpdate() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [params, update] as const;
}
