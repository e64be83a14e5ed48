import { activityKinds, activityStatuses, type ActivityKind, type ActivityStatus } from '@thuis/domain';
import { isUuid } from '../../lib/ids';

/** The filters of the activity register, as kept in the page's address (so a link can open a filtered list). */
export interface ActivityFilters {
  kind?: ActivityKind;
  themeId?: string;
  buildingPhaseId?: string;
  status?: ActivityStatus;
}

export const filterKeys = ['kind', 'themeId', 'buildingPhaseId', 'status'] as const;

/** Reads the filters from the query string; unknown or malformed values are left out. */
export function filtersFromParams(params: URLSearchParams): ActivityFilters {
  const filters: ActivityFilters = {};
  const kind = params.get('kind');
  if (kind && (activityKinds as readonly string[]).includes(kind)) filters.kind = kind as ActivityKind;
  const themeId = params.get('themeId');
  if (isUuid(themeId)) filters.themeId = themeId;
  const buildingPhaseId = params.get('buildingPhaseId');
  if (isUuid(buildingPhaseId)) filters.buildingPhaseId = buildingPhaseId;
  const status = params.get('status');
  if (status && (activityStatuses as readonly string[]).includes(status)) filters.status = status as ActivityStatus;
  return filters;
}

/** The query string for GET /activities, in a fixed order (also the cache key); the board loads one large page. */
export function activityQueryString(filters: ActivityFilters, pageSize = 500): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export function hasFilters(filters: ActivityFilters): boolean {
  return filterKeys.some((key) => !!filters[key]);
}
