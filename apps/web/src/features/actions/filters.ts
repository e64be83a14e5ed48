import { actionStatuses, signalCategories, type ActionStatus, type SignalCategory } from '@thuis/domain';
import { isUuid } from '../../lib/ids';

/** The filters of the action list, as kept in the page's address (so a link can open a filtered list). */
export interface ActionFilters {
  category?: SignalCategory;
  ownerId?: string;
  buildingPhaseId?: string;
  status?: ActionStatus;
  overdue?: 'true';
}

export const filterKeys = ['category', 'ownerId', 'buildingPhaseId', 'status', 'overdue'] as const;

/** Reads the filters from the query string; unknown or malformed values are left out. */
export function filtersFromParams(params: URLSearchParams): ActionFilters {
  const filters: ActionFilters = {};
  const category = params.get('category');
  if (category && (signalCategories as readonly string[]).includes(category)) filters.category = category as SignalCategory;
  const ownerId = params.get('ownerId');
  if (isUuid(ownerId)) filters.ownerId = ownerId;
  const buildingPhaseId = params.get('buildingPhaseId');
  if (isUuid(buildingPhaseId)) filters.buildingPhaseId = buildingPhaseId;
  const status = params.get('status');
  if (status && (actionStatuses as readonly string[]).includes(status)) filters.status = status as ActionStatus;
  if (params.get('overdue') === 'true') filters.overdue = 'true';
  return filters;
}

/** The query string for GET /actions, in a fixed order (also the cache key). */
export function actionQueryString(filters: ActionFilters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function hasFilters(filters: ActionFilters): boolean {
  return filterKeys.some((key) => !!filters[key]);
}
