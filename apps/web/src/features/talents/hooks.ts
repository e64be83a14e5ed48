import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchFilter, MatchInput, MatchUpdateInput, TalentCardFilter, TalentCardInput } from '@thuis/domain';
import { talentsApi } from './api';

export const talentKeys = {
  all: (id: string) => ['projects', id, 'talents'] as const,
  cards: (id: string, filter: Partial<TalentCardFilter>) => ['projects', id, 'talents', 'cards', filter] as const,
  suggestions: (id: string, cardId: string) => ['projects', id, 'talents', 'suggestions', cardId] as const,
  matches: (id: string, filter: Partial<MatchFilter>) => ['projects', id, 'talents', 'matches', filter] as const,
};

export function useTalentCards(projectId: string, filter: Partial<TalentCardFilter>) {
  return useQuery({ queryKey: talentKeys.cards(projectId, filter), queryFn: () => talentsApi.cards(projectId, filter), placeholderData: keepPreviousData });
}

export function useTalentSuggestions(projectId: string, cardId: string) {
  return useQuery({ queryKey: talentKeys.suggestions(projectId, cardId), queryFn: () => talentsApi.suggestions(projectId, cardId) });
}

export function useTalentMatches(projectId: string, filter: Partial<MatchFilter>) {
  return useQuery({ queryKey: talentKeys.matches(projectId, filter), queryFn: () => talentsApi.matches(projectId, filter), placeholderData: keepPreviousData });
}

/** Cards and matches change together (a withdrawal closes matches): every change refreshes both. */
function useInvalidateTalents(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: talentKeys.all(projectId) });
}

export function useSaveTalentCard(projectId: string) {
  const onSuccess = useInvalidateTalents(projectId);
  return useMutation({
    mutationFn: ({ input, cardId }: { input: TalentCardInput; cardId?: string }) => talentsApi.saveCard(projectId, input, cardId),
    onSuccess,
  });
}

export function useWithdrawTalentConsent(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, note }: { cardId: string; note: string }) => talentsApi.withdraw(projectId, cardId, note),
    // What the card said must leave the screen at once: drop the cached pages rather than show them until refetched.
    onSuccess: () => queryClient.removeQueries({ queryKey: talentKeys.all(projectId) }),
  });
}

export function useRecordMatch(projectId: string) {
  const onSuccess = useInvalidateTalents(projectId);
  return useMutation({ mutationFn: (input: MatchInput) => talentsApi.recordMatch(projectId, input), onSuccess });
}

export function useUpdateMatch(projectId: string) {
  const onSuccess = useInvalidateTalents(projectId);
  return useMutation({
    mutationFn: ({ matchId, input }: { matchId: string; input: MatchUpdateInput }) => talentsApi.updateMatch(projectId, matchId, input),
    onSuccess,
  });
}
