import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FinalReportInput, FinalReportList, PlanReviewInput, SharingInput } from '@thuis/domain';
import { finalReportApi } from './api';

const key = (id: string) => ['final-report', id] as const;

export function useFinalReports(projectId: string) {
  return useQuery({ queryKey: key(projectId), queryFn: () => finalReportApi.list(projectId) });
}

/** Every change answers the whole list: it replaces what the page shows. */
function useReportMutation<I>(projectId: string, fn: (input: I) => Promise<FinalReportList>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (list) => queryClient.setQueryData(key(projectId), list) });
}

export const useMakeFinalReport = (projectId: string) => useReportMutation(projectId, (input: FinalReportInput) => finalReportApi.make(projectId, input));
export const useReviewFinalReport = (projectId: string) =>
  useReportMutation(projectId, ({ reportId, input }: { reportId: string; input: PlanReviewInput }) => finalReportApi.review(projectId, reportId, input));
export const useRecordSharing = (projectId: string) =>
  useReportMutation(projectId, ({ reportId, input }: { reportId: string; input: SharingInput }) => finalReportApi.share(projectId, reportId, input));
