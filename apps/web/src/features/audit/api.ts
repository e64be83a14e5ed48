import { auditEntry, auditList } from '@thuis/domain';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { auditQueryString, type AuditFilters } from './filters';

export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditPage = z.infer<typeof auditList>;

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const auditApi = {
  /** One page of the log, newest first; `before` (an entry's id) gives the page older than that entry. */
  list: (id: string, filters: AuditFilters, before: string | null) => {
    const query = auditQueryString(filters, before);
    return api(`${base(id)}/audit${query ? `?${query}` : ''}`, { schema: auditList });
  },
};
