import {
  activityDetail,
  activityList,
  activityProgress,
  okResponse,
  type ActivityHoursInput,
  type ActivityInput,
  type ActivityReachInput,
} from '@thuis/domain';
import { api } from '../../lib/api';
import { activityQueryString, type ActivityFilters } from './filters';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/activities`;
const part = (value: string) => encodeURIComponent(value);

export const activitiesApi = {
  list: (id: string, filters: ActivityFilters) => api(`${base(id)}?${activityQueryString(filters)}`, { schema: activityList }),
  progress: (id: string) => api(`${base(id)}/progress`, { schema: activityProgress }),
  get: (id: string, activityId: string) => api(`${base(id)}/${part(activityId)}`, { schema: activityDetail }),
  create: (id: string, input: ActivityInput) => api(base(id), { method: 'POST', body: input, schema: activityDetail }),
  update: (id: string, activityId: string, input: ActivityInput) =>
    api(`${base(id)}/${part(activityId)}`, { method: 'PUT', body: input, schema: activityDetail }),
  remove: (id: string, activityId: string) => api(`${base(id)}/${part(activityId)}`, { method: 'DELETE', schema: okResponse }),
  addReach: (id: string, activityId: string, input: ActivityReachInput) =>
    api(`${base(id)}/${part(activityId)}/reach`, { method: 'POST', body: input, schema: activityDetail }),
  bookHours: (id: string, activityId: string, input: ActivityHoursInput) =>
    api(`${base(id)}/${part(activityId)}/hours`, { method: 'POST', body: input, schema: activityDetail }),
};
