import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoryInput, StoryRoundInput } from '@thuis/domain';
import { storiesApi, type StoryFilters } from './api';

export const storyKeys = {
  all: (id: string) => ['projects', id, 'stories'] as const,
  list: (id: string, filters: StoryFilters) => ['projects', id, 'stories', 'list', filters] as const,
  rounds: (id: string) => ['projects', id, 'stories', 'rounds'] as const,
  choices: (id: string, filters: Omit<StoryFilters, 'page'>) => ['projects', id, 'stories', 'choices', filters] as const,
  comparison: (id: string) => ['projects', id, 'stories', 'comparison'] as const,
};

export function useStories(projectId: string, filters: StoryFilters, enabled = true) {
  return useQuery({
    queryKey: storyKeys.list(projectId, filters),
    queryFn: () => storiesApi.list(projectId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The stories a round can choose from, page by page on the server ("load more"), so any story of a large project can be picked. */
export function useStoryChoices(projectId: string, filters: Omit<StoryFilters, 'page'>) {
  return useInfiniteQuery({
    queryKey: storyKeys.choices(projectId, filters),
    queryFn: ({ pageParam }) => storiesApi.list(projectId, { ...filters, page: pageParam }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
}

export function useStoryRounds(projectId: string, enabled = true) {
  return useQuery({ queryKey: storyKeys.rounds(projectId), queryFn: () => storiesApi.rounds(projectId), enabled });
}

export function useStoryComparison(projectId: string) {
  return useQuery({ queryKey: storyKeys.comparison(projectId), queryFn: () => storiesApi.comparison(projectId) });
}

/** Every change to stories or rounds refreshes lists, rounds and the comparison. */
function useInvalidate(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: storyKeys.all(projectId) });
}

export function useSaveStory(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ storyId, input }: { storyId: string | null; input: StoryInput }) =>
      storyId ? storiesApi.update(projectId, storyId, input) : storiesApi.create(projectId, input),
    onSuccess: invalidate,
  });
}

export function useDeleteStory(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (storyId: string) => storiesApi.remove(projectId, storyId), onSuccess: invalidate });
}

export function useRecordRound(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (input: StoryRoundInput) => storiesApi.createRound(projectId, input), onSuccess: invalidate });
}

export function useDeleteRound(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (roundId: string) => storiesApi.removeRound(projectId, roundId), onSuccess: invalidate });
}
