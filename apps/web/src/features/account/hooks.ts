import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordChangeInput, PasswordResetUseInput } from '@thuis/domain';
import { sessionKey } from '../auth/hooks';
import { accountApi } from './api';

export const accountEventKeys = {
  all: ['account-events'] as const,
  mine: ['account-events', 'mine'] as const,
  of: (userId: string | null) => ['account-events', 'admin', userId ?? 'all'] as const,
};

const paging = {
  initialPageParam: null as string | null,
  getNextPageParam: (last: { more: boolean; entries: { id: string }[] }) => (last.more ? (last.entries.at(-1)?.id ?? null) : null),
  // New log-ins happen elsewhere all the time: show the list as it is now.
  staleTime: 0,
};

export function useMyAccountEvents() {
  return useInfiniteQuery({ queryKey: accountEventKeys.mine, queryFn: ({ pageParam }) => accountApi.myEvents(pageParam), ...paging });
}

/** The administrator's list: one account's events, or all of them (`null`). */
export function useAccountEvents(userId: string | null) {
  return useInfiniteQuery({ queryKey: accountEventKeys.of(userId), queryFn: ({ pageParam }) => accountApi.events(userId, pageParam), ...paging });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => accountApi.changePassword(input),
    onSuccess: () =>
      // A forced change is over: the session now opens the rest of the app.
      Promise.all([queryClient.invalidateQueries({ queryKey: sessionKey }), queryClient.invalidateQueries({ queryKey: accountEventKeys.all })]),
  });
}

export function useChooseNewPassword() {
  return useMutation({ mutationFn: (input: PasswordResetUseInput) => accountApi.chooseNewPassword(input) });
}

export function useResetPassword(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => accountApi.resetPassword(userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountEventKeys.all }),
  });
}
