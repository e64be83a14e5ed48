import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignalInput } from '@thuis/domain';
import { usePagedList } from '../../ui';
import { signalsApi, type SignalFilter } from './api';

export const signalKeys = {
  all: (id: string) => ['projects', id, 'signals'] as const,
  list: (id: string, filter: SignalFilter) => ['projects', id, 'signals', 'list', filter] as const,
  one: (id: string, signalId: string) => ['projects', id, 'signals', 'one', signalId] as const,
};

/** The project's signals, a page at a time, newest first. */
export function useSignals(projectId: string, filter: SignalFilter) {
  return usePagedList({ queryKey: signalKeys.list(projectId, filter), fetchPage: (cursor) => signalsApi.list(projectId, filter, cursor) });
}

/** One signal (to start an action or referral from it); undefined when it is not in the project. */
export function useSignal(projectId: string, signalId: string | null, enabled = true) {
  return useQuery({
    queryKey: signalKeys.one(projectId, signalId ?? ''),
    queryFn: async () => (await signalsApi.list(projectId, { id: signalId! }, null)).items[0] ?? null,
    enabled: enabled && !!signalId,
  });
}

export function useReportSignal(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignalInput) => signalsApi.report(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: signalKeys.all(projectId) }),
  });
}
