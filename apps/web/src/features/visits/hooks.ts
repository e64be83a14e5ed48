import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitBatchInput, VisitInput, VisitListItem, VisitOutcome, VisitSpreadInput } from '@thuis/domain';
import { addressesApi } from '../addresses/api';
import { visitsApi, type VisitListQuery } from './api';

export const visitKeys = {
  all: (id: string) => ['projects', id, 'visits'] as const,
  list: (id: string, query: VisitListQuery) => ['projects', id, 'visits', 'list', query] as const,
  pages: (id: string, query: VisitListQuery) => ['projects', id, 'visits', 'pages', query] as const,
  progress: (id: string) => ['projects', id, 'visits', 'progress'] as const,
  addressOptions: (id: string, search: string) => ['projects', id, 'addresses', 'visit-options', search] as const,
};

/** The list a page at a time ("load more"): a day's visits at the door. */
export function useVisitPages(projectId: string, query: VisitListQuery) {
  return useInfiniteQuery({
    queryKey: visitKeys.pages(projectId, query),
    queryFn: ({ pageParam }) => visitsApi.page(projectId, query, { cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Pages of the largest size the server gives, for lists that need every visit of a period. */
const wholeListPage = 500;

/**
 * Every visit that matches, all pages read: for a screen that works on the whole filtered set (a
 * printed week, a batch of letters to choose from). The period keeps it to a few pages.
 */
export function useVisits(projectId: string, query: VisitListQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: visitKeys.list(projectId, query),
    queryFn: async () => {
      const visits: VisitListItem[] = [];
      let cursor: string | null = null;
      do {
        const page = await visitsApi.page(projectId, query, { cursor, limit: wholeListPage });
        visits.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return visits;
    },
    placeholderData: keepPreviousData,
  });
}

export function useVisitProgress(projectId: string) {
  return useQuery({ queryKey: visitKeys.progress(projectId), queryFn: () => visitsApi.progress(projectId) });
}

/** Addresses to choose from when planning: the first 500 that match the search. */
export function useVisitAddressOptions(projectId: string, search: string) {
  return useQuery({
    queryKey: visitKeys.addressOptions(projectId, search),
    queryFn: () => addressesApi.addresses(projectId, { offset: 0, limit: 500, search: search || undefined }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateVisits(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: visitKeys.all(projectId) });
}

export function useSaveVisit(projectId: string) {
  const invalidate = useInvalidateVisits(projectId);
  return useMutation({
    mutationFn: ({ visitId, input }: { visitId?: string; input: VisitInput }) =>
      visitId ? visitsApi.reschedule(projectId, visitId, input) : visitsApi.plan(projectId, input),
    onSuccess: invalidate,
  });
}

/** The schedule a week's planning would make (nothing is saved). */
export function useProposeVisits(projectId: string) {
  return useMutation({ mutationFn: (input: VisitSpreadInput) => visitsApi.propose(projectId, input) });
}

/** Saves a proposal's visits in one go; the input's request id makes a retry safe. */
export function usePlanVisits(projectId: string) {
  const invalidate = useInvalidateVisits(projectId);
  return useMutation({ mutationFn: (input: VisitBatchInput) => visitsApi.planBatch(projectId, input), onSuccess: invalidate });
}

export function useRecordOutcome(projectId: string) {
  const invalidate = useInvalidateVisits(projectId);
  return useMutation({
    mutationFn: ({ visitId, outcome, retryAt }: { visitId: string; outcome: VisitOutcome; retryAt: string | null }) =>
      visitsApi.recordOutcome(projectId, visitId, { outcome, retryAt }),
    onSuccess: invalidate,
  });
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: () => visitsApi.createCalendarFeed() });
}
