import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SurveyAnswers, SurveyDefinition, SurveyRoundInput, SurveyTemplate } from '@thuis/domain';
import { surveysApi } from './api';

export const surveyKeys = {
  all: (id: string) => ['projects', id, 'surveys'] as const,
  overview: (id: string) => ['projects', id, 'surveys', 'overview'] as const,
  results: (id: string) => ['projects', id, 'surveys', 'results'] as const,
  round: (id: string, roundId: string) => ['projects', id, 'surveys', 'round', roundId] as const,
  responses: (id: string, roundId: string) => ['projects', id, 'surveys', 'responses', roundId] as const,
};

export const useSurveyOverview = (projectId: string) => useQuery({ queryKey: surveyKeys.overview(projectId), queryFn: () => surveysApi.overview(projectId) });
export const useSurveyResults = (projectId: string) => useQuery({ queryKey: surveyKeys.results(projectId), queryFn: () => surveysApi.results(projectId) });
export const useSurveyRound = (projectId: string, roundId: string | null) =>
  useQuery({ queryKey: surveyKeys.round(projectId, roundId ?? ''), queryFn: () => surveysApi.round(projectId, roundId!), enabled: !!roundId });
export const useSurveyResponses = (projectId: string, roundId: string | null) =>
  useQuery({ queryKey: surveyKeys.responses(projectId, roundId ?? ''), queryFn: () => surveysApi.responses(projectId, roundId!), enabled: !!roundId });

function useInvalidate(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: surveyKeys.all(projectId) });
}

export function useSaveSurveyVersion(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ template, definition }: { template: SurveyTemplate; definition: SurveyDefinition }) =>
      surveysApi.saveVersion(projectId, template, definition),
    onSuccess: invalidate,
  });
}

export function useCreateSurveyRound(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (input: SurveyRoundInput) => surveysApi.createRound(projectId, input), onSuccess: invalidate });
}

export function useRecordSurveyResponse(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ roundId, answers, buildingPhaseId }: { roundId: string; answers: SurveyAnswers; buildingPhaseId: string | null }) =>
      surveysApi.respond(projectId, roundId, answers, buildingPhaseId),
    onSuccess: invalidate,
  });
}

export const useOpenSurveyLink = (token: string) =>
  useQuery({ queryKey: ['survey-link', token], queryFn: () => surveysApi.openLink(token), enabled: token.length > 0, retry: false, staleTime: Infinity });
export const useRespondSurveyLink = () =>
  useMutation({ mutationFn: ({ token, answers }: { token: string; answers: SurveyAnswers }) => surveysApi.respondLink(token, answers) });

export function useSurveyLetters(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (roundId: string) => surveysApi.letters(projectId, roundId), onSuccess: invalidate });
}
