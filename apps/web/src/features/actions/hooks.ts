import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Action, ActionInput, ActionUpdate } from '@thuis/domain';
import { replaceInPages, usePagedList } from '../../ui';
import { actionsApi } from './api';
import type { ActionFilters } from './filters';

export const actionKeys = {
  all: (id: string) => ['projects', id, 'actions'] as const,
  list: (id: string, filters: ActionFilters) => ['projects', id, 'actions', 'list', filters] as const,
  reminders: () => ['me', 'reminders'] as const,
};

/** The action list, a page at a time. */
export function useActions(projectId: string, filters: ActionFilters) {
  return usePagedList({ queryKey: actionKeys.list(projectId, filters), fetchPage: (cursor) => actionsApi.list(projectId, filters, cursor) });
}

export function useMyReminders() {
  return useQuery({ queryKey: actionKeys.reminders(), queryFn: actionsApi.reminders });
}

function useInvalidateActions(projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: actionKeys.all(projectId) });
    void queryClient.invalidateQueries({ queryKey: actionKeys.reminders() });
  };
}

/** Adds an action, or with `actionId` changes one. */
export function useSaveAction(projectId: string) {
  const invalidate = useInvalidateActions(projectId);
  return useMutation({
    mutationFn: ({ actionId, input }: { actionId?: string; input: ActionInput }) => {
      if (!actionId) return actionsApi.create(projectId, input);
      const { signalId: _signalId, ...update } = input;
      return actionsApi.update(projectId, actionId, update);
    },
    onSuccess: invalidate,
  });
}

/** Changes one action and puts the answer in the loaded lists at once (a moved card lands in its new column). */
export function useUpdateAction(projectId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateActions(projectId);
  return useMutation({
    mutationFn: ({ actionId, input }: { actionId: string; input: ActionUpdate }) => actionsApi.update(projectId, actionId, input),
    onSuccess: (saved) => {
      // The save's answer has no home or signal context: keep the row's own.
      queryClient.setQueriesData(
        { queryKey: actionKeys.all(projectId) },
        replaceInPages<Action>(saved, (old) => ({ ...old, ...saved })),
      );
      invalidate();
    },
  });
}
