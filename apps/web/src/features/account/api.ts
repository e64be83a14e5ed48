import { auditList, okResponse, passwordResetResponse, type PasswordChangeInput, type PasswordResetUseInput } from '@thuis/domain';
import { api } from '../../lib/api';

/** The query string of a page of account events: whose (admin only), and older than which entry. */
function eventQuery(userId: string | null, before: string | null): string {
  const params = new URLSearchParams();
  if (userId) params.set('userId', userId);
  if (before) params.set('before', before);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const accountApi = {
  changePassword: (input: PasswordChangeInput) => api('/api/me/password', { method: 'PUT', body: input, schema: okResponse }),
  /** With the secret of a reset link; works signed in or not. */
  chooseNewPassword: (input: PasswordResetUseInput) =>
    api('/api/auth/password-reset', { method: 'POST', body: input, schema: okResponse, expectUnauthenticated: true }),
  myEvents: (before: string | null) => api(`/api/me/account-events${eventQuery(null, before)}`, { schema: auditList }),
  /** The administrator's view: one account's events, or every account's (also failed log-ins on unknown addresses). */
  events: (userId: string | null, before: string | null) => api(`/api/account-events${eventQuery(userId, before)}`, { schema: auditList }),
  resetPassword: (userId: string) => api(`/api/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST', schema: passwordResetResponse }),
};
