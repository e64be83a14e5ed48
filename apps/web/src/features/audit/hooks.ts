import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { auditApi } from './api';
import type { AuditFilters } from './filters';

export const auditKeys = {
  all: (id: string) => ['projects', id, 'audit'] as const,
  list: (id: string, filters: AuditFilters) => ['projects', id, 'audit', 'list', filters] as const,
};

/** The log page by page: "load older lines" asks for the lines before the last one shown. */
export function useAuditLog(projectId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(projectId, filters),
    queryFn: ({ pageParam }) => auditApi.list(projectId, filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.more ? (last.entries.at(-1)?.id ?? null) : null),
    placeholderData: keepPreviousData,
    // The log grows with every read elsewhere in the app: show it as it is now.
    staleTime: 0,
  });
}
