import { localeInput, okResponse, sessionResponse, type Locale, type LoginInput } from '@thuis/domain';
import { api, setCsrfToken } from '../../lib/api';

export async function fetchSession() {
  const session = await api('/api/auth/session', { schema: sessionResponse });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(input: LoginInput) {
  const session = await api('/api/auth/login', { method: 'POST', body: input, schema: sessionResponse, expectUnauthenticated: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout() {
  return api('/api/auth/logout', { method: 'POST', schema: okResponse, expectUnauthenticated: true });
}

export async function saveLocale(locale: Locale) {
  return api('/api/me/locale', { method: 'PUT', body: localeInput.parse({ locale }) });
}
