import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, Locale, SessionResponse } from '@thuis/domain';
import { changeLocale } from '../../i18n';
import { fetchSession, login, logout, saveLocale } from './api';

export const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
}

/** The signed-in user; only use below <RequireUser>, which guarantees it. */
export function useCurrentUser(): CurrentUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside a signed-in area');
  return data.user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData<SessionResponse>(sessionKey, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      queryClient.clear();
      await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
    },
  });
}

/** Switches the language; when signed in, the account remembers it too (for e-mails and the next device). */
export function useChangeLocale() {
  const { data } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await changeLocale(locale);
      if (data?.user) {
        await saveLocale(locale);
        queryClient.setQueryData<SessionResponse>(sessionKey, (old) => (old?.user ? { ...old, user: { ...old.user, locale } } : old));
      }
    },
    onSettled: () => {
      // Server messages in the cache were translated in the old language.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    },
  });
}
