import { keepPreviousData, useInfiniteQuery, useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  openTextCategories,
  type Coding,
  type CodingInput,
  type ConversationInput,
  type OpenTextCategory,
  type PooledText,
  type PublicationInput,
  type QuoteInput,
  type TextCategory,
  type ThemeInput,
  type ThemeValence,
} from '@thuis/domain';
import { pictureApi } from './api';
import { pictureQueryString, type PictureFilters } from './filters';
import { withCoding } from './session';

export const pictureKeys = {
  all: (id: string) => ['projects', id, 'picture'] as const,
  overview: (id: string, filters: PictureFilters) => ['projects', id, 'picture', 'overview', pictureQueryString(filters)] as const,
  texts: (id: string, filters: PictureFilters, category: TextCategory, search: string) =>
    ['projects', id, 'picture', 'texts', pictureQueryString(filters), category, search] as const,
  allTexts: (id: string) => ['projects', id, 'picture', 'texts', 'all'] as const,
  themes: (id: string) => ['projects', id, 'picture', 'themes'] as const,
  codings: (id: string) => ['projects', id, 'picture', 'codings'] as const,
  workSessions: (id: string) => ['projects', id, 'picture', 'work-sessions'] as const,
  quotes: (id: string) => ['projects', id, 'picture', 'quotes'] as const,
  publications: (id: string) => ['projects', id, 'picture', 'publications'] as const,
  conversations: (id: string) => ['projects', id, 'picture', 'conversations'] as const,
};

/** The whole overview, unfiltered (a constant, so the query key stays put). */
const allRegistrations: PictureFilters = {};

/** The registrations of the selection, counted; the previous selection stays on screen while the next loads. */
export function useRegistrationOverview(projectId: string, filters: PictureFilters, enabled = true) {
  return useQuery({
    queryKey: pictureKeys.overview(projectId, filters),
    queryFn: () => pictureApi.overview(projectId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Open answers shown per category before "load more", and loaded per click. */
export const textPageSize = 40;

/** The open answers of one category in the selection, a page at a time ("load more"); the search runs on the server. */
export function usePooledTexts(projectId: string, filters: PictureFilters, category: TextCategory, search: string, enabled = true, limit = textPageSize) {
  return useInfiniteQuery({
    queryKey: [...pictureKeys.texts(projectId, filters, category, search), limit],
    queryFn: ({ pageParam }) => pictureApi.texts(projectId, filters, { category, search, cursor: pageParam, limit }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Pages as large as the server gives: coding works through every statement of a category. */
const wholePage = 500;

async function everyText(projectId: string, category: OpenTextCategory): Promise<PooledText[]> {
  const texts: PooledText[] = [];
  let cursor: string | null = null;
  do {
    const page = await pictureApi.texts(projectId, allRegistrations, { category, search: '', cursor, limit: wholePage });
    texts.push(...page.texts);
    cursor = page.nextCursor;
  } while (cursor);
  return texts;
}

/**
 * Every statement of the four categories, for coding, the themes and the quotes: the work session
 * steps through all of them ("7 of 404"), so they are loaded whole, in large pages.
 */
export function useAllOpenTexts(projectId: string, enabled = true) {
  return useQuery({
    queryKey: pictureKeys.allTexts(projectId),
    queryFn: async () =>
      Object.fromEntries(await Promise.all(openTextCategories.map(async (c) => [c, await everyText(projectId, c)] as const))) as Record<
        OpenTextCategory,
        PooledText[]
      >,
    enabled,
  });
}

// ---- Step 2: themes and coding ----

export function useThemeBoard(projectId: string) {
  return useQuery({ queryKey: pictureKeys.themes(projectId), queryFn: () => pictureApi.themes(projectId) });
}

export function useCodings(projectId: string) {
  return useQuery({ queryKey: pictureKeys.codings(projectId), queryFn: () => pictureApi.codings(projectId) });
}

/**
 * What coding works on, as one query state: every statement (all open texts, unfiltered), the counts, the themes
 * and the codings so far. Used by the work session and the themes page.
 */
export function useCodingWork(projectId: string) {
  const overview = useRegistrationOverview(projectId, allRegistrations);
  const texts = useAllOpenTexts(projectId);
  const board = useThemeBoard(projectId);
  const codings = useCodings(projectId);
  return {
    isPending: overview.isPending || texts.isPending || board.isPending || codings.isPending,
    isError: overview.isError || texts.isError || board.isError || codings.isError,
    error: overview.error ?? texts.error ?? board.error ?? codings.error,
    data:
      overview.data && texts.data && board.data && codings.data
        ? { overview: { ...overview.data, openTexts: texts.data }, themes: board.data.themes, codings: codings.data }
        : undefined,
  };
}

function useInvalidate(projectId: string) {
  const queryClient = useQueryClient();
  return (...keys: (keyof typeof pictureKeys)[]) =>
    Promise.all(keys.map((k) => queryClient.invalidateQueries({ queryKey: (pictureKeys[k] as (id: string) => readonly unknown[])(projectId) })));
}

export function useCreateTheme(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (input: ThemeInput) => pictureApi.createTheme(projectId, input), onSuccess: () => invalidate('themes') });
}

export function useUpdateTheme(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ themeId, input }: { themeId: string; input: ThemeInput }) => pictureApi.updateTheme(projectId, themeId, input),
    onSuccess: () => invalidate('themes'),
  });
}

/** Deleting a theme also takes it off the statements, the top 5, the quotes and the outcomes. */
export function useDeleteTheme(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: (themeId: string) => pictureApi.deleteTheme(projectId, themeId),
    onSuccess: () => invalidate('themes', 'codings', 'quotes', 'conversations'),
  });
}

const codingMutationKey = (projectId: string) => ['projects', projectId, 'picture', 'save-coding'] as const;

/**
 * Saves a statement's coding at once. The screen shows the new coding straight away; the saves run
 * one after the other (so the last click wins), and a failed save reloads what the server has once
 * no other save is waiting (reloading earlier would wipe those from the screen). `onFailed` hears of
 * every failed save, also of a statement the team has already moved on from.
 */
export function useSaveCoding(projectId: string, onFailed?: (input: CodingInput, error: unknown) => void) {
  const queryClient = useQueryClient();
  const key = pictureKeys.codings(projectId);
  return useMutation({
    mutationKey: codingMutationKey(projectId),
    scope: { id: `picture-coding-${projectId}` },
    mutationFn: (input: CodingInput) => pictureApi.saveCoding(projectId, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Coding[]>(key, (old) => withCoding(old ?? [], input));
    },
    onError: (error, input) => {
      onFailed?.(input, error);
      // This save still counts as running here: 1 means no other save is waiting.
      if (queryClient.isMutating({ mutationKey: codingMutationKey(projectId) }) <= 1) void queryClient.invalidateQueries({ queryKey: key });
    },
    // How often each theme occurs changes with every coding.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: pictureKeys.themes(projectId) }),
  });
}

/** Codings still being saved (for the "saving…" / "saved" state). */
export function useSavingCodings(projectId: string) {
  return useIsMutating({ mutationKey: codingMutationKey(projectId) });
}

export function useSaveTopList(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ valence, themeIds }: { valence: ThemeValence; themeIds: readonly string[] }) => pictureApi.saveTopList(projectId, valence, themeIds),
    onSuccess: (topLists) => {
      queryClient.setQueryData(pictureKeys.themes(projectId), (old: Awaited<ReturnType<typeof pictureApi.themes>> | undefined) =>
        old ? { ...old, topLists } : old,
      );
    },
  });
}

export function useWorkSessions(projectId: string) {
  return useQuery({ queryKey: pictureKeys.workSessions(projectId), queryFn: () => pictureApi.workSessions(projectId) });
}

export function useAddWorkSession(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { heldOn: string; notes: string }) => pictureApi.addWorkSession(projectId, input),
    onSuccess: (sessions) => queryClient.setQueryData(pictureKeys.workSessions(projectId), sessions),
  });
}

// ---- Step 3: quotes and versions ----

export function useQuotes(projectId: string) {
  return useQuery({ queryKey: pictureKeys.quotes(projectId), queryFn: () => pictureApi.quotes(projectId) });
}

export function useAddQuote(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuoteInput) => pictureApi.addQuote(projectId, input),
    onSuccess: (quotes) => queryClient.setQueryData(pictureKeys.quotes(projectId), quotes),
  });
}

export function useApproveQuote(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quoteId: string) => pictureApi.approveQuote(projectId, quoteId),
    onSuccess: (quotes) => queryClient.setQueryData(pictureKeys.quotes(projectId), quotes),
  });
}

export function usePublications(projectId: string) {
  return useQuery({ queryKey: pictureKeys.publications(projectId), queryFn: () => pictureApi.publications(projectId) });
}

export function useCreatePublication(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublicationInput) => pictureApi.createPublication(projectId, input),
    onSuccess: (publications) => queryClient.setQueryData(pictureKeys.publications(projectId), publications),
  });
}

export function useReviewPublication(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ publicationId, note }: { publicationId: string; note: string }) => pictureApi.review(projectId, publicationId, note),
    onSuccess: (publications) => queryClient.setQueryData(pictureKeys.publications(projectId), publications),
  });
}

// ---- Step 4: conversations ----

export function useConversations(projectId: string) {
  return useQuery({ queryKey: pictureKeys.conversations(projectId), queryFn: () => pictureApi.conversations(projectId) });
}

export function useAddConversation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConversationInput) => pictureApi.addConversation(projectId, input),
    onSuccess: (conversations) => queryClient.setQueryData(pictureKeys.conversations(projectId), conversations),
  });
}
