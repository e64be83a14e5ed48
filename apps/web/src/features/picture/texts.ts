import { textCategories, type PooledText, type PooledTextPage, type TextCategory } from '@thuis/domain';

/** The pages of one category loaded so far ("load more"), as the query keeps them. */
export interface LoadedPages {
  data?: { pages: readonly Pick<PooledTextPage, 'texts' | 'matched'>[] } | undefined;
}

/** The pages of a category as one list. */
export function loadedTexts(loaded: LoadedPages['data']): PooledText[] {
  return loaded ? loaded.pages.flatMap((p) => p.texts) : [];
}

/**
 * How many texts each category has in the selection (from the overview's counts) and how many of
 * them hold the search: the total without a search, null while the first page of a search loads.
 */
export function categoryCounts(pages: Record<TextCategory, LoadedPages>, totals: Record<TextCategory, number>, searching: boolean) {
  return Object.fromEntries(
    textCategories.map((c) => [c, { total: totals[c], matched: searching ? (pages[c].data?.pages[0]?.matched ?? null) : totals[c] }]),
  ) as Record<TextCategory, { total: number; matched: number | null }>;
}
