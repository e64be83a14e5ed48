import { useQuery } from '@tanstack/react-query';
import { formVersion } from '@thuis/domain';
import { api } from '../../lib/api';

export const registrationFormKey = (projectId: string) => ['projects', projectId, 'registration-form'] as const;

/** The project's current registration form (the service worker keeps a copy for offline use). */
export function useRegistrationForm(projectId: string) {
  return useQuery({
    queryKey: registrationFormKey(projectId),
    queryFn: () => api(`/api/projects/${encodeURIComponent(projectId)}/registration-form`, { schema: formVersion }),
    staleTime: 5 * 60_000,
  });
}

/** A random client id; falls back to getRandomValues where randomUUID is missing (plain http on a LAN). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
