import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from '@thuis/domain';

/**
 * A list the server hands out a page at a time (keyset paging): the rows of the pages loaded so
 * far, the total, and `loadMore` for the next page. A new `queryKey` (other filters) starts again
 * at the first page; the rows shown stay until it has come (no jump to "loading").
 */
export function usePagedList<P extends Page<unknown>>({
  queryKey,
  fetchPage,
  enabled = true,
}: {
  queryKey: QueryKey;
  fetchPage: (cursor: string | null) => Promise<P>;
  enabled?: boolean;
}) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
  const items = useMemo((): P['items'] => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const first = query.data?.pages[0];
  return {
    query,
    /** For QueryState: the rows loaded so far. */
    state: { isPending: query.isPending, isError: query.isError, error: query.error, data: query.data ? items : undefined },
    items,
    /** The first page as a whole (for what the server sends beside the rows, like a partner's name). */
    first,
    total: first?.total,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}

/** Changes one row in every loaded page of paged lists (the answer of a save), before they load again. */
export function replaceInPages<T extends { id: string }>(saved: T, merge: (old: T) => T = () => saved) {
  return (old: { pages: Page<T>[]; pageParams: unknown[] } | undefined) =>
    old ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((i) => (i.id === saved.id ? merge(i) : i)) })) } : old;
}

/** A page's query string: the filters that are set, the page size and the cursor. */
export function pageQuery(filters: object, cursor: string | null, limit = 25): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value) params.set(key, value);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}
