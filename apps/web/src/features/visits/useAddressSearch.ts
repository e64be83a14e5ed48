import { useEffect, useRef, useState } from 'react';
import { addressOptions, searchOutcome } from './addressOptions';
import { useVisitAddressOptions } from './hooks';

/**
 * Searching a project's addresses while typing (a moment after the last key) and offering them as
 * options. The chosen address stays an option when a new search no longer finds it; `known` gives
 * labels of addresses chosen before any search (a visit being moved, a prefilled form).
 * `noContactMark` (planning a visit) shows addresses whose household objected to contact with that
 * mark, not selectable. `outcome` tells what the settled search found: the one address it names, or
 * that the number asked for does not exist.
 */
export function useAddressSearch(projectId: string, chosenId: string, known: readonly (readonly [string, string])[] = [], noContactMark?: string) {
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);
  const addresses = useVisitAddressOptions(projectId, search);

  const labels = useRef(new Map<string, string>());
  for (const [id, label] of known) labels.current.set(id, label);
  const found = addresses.data?.addresses ?? [];
  const options = addressOptions(found, noContactMark);
  for (const o of options) labels.current.set(o.value, o.label);
  if (chosenId && !found.some((a) => a.id === chosenId)) options.unshift({ value: chosenId, label: labels.current.get(chosenId) ?? chosenId });
  const settled = !addresses.isPlaceholderData && !addresses.isFetching && searchText.trim() === search;
  const outcome = settled ? searchOutcome(found, search) : { match: null, notFound: false };
  return { searchText, search, setSearchText, addresses, found, options, outcome };
}
