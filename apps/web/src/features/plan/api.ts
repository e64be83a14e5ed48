import { hoursOverviewResponse, projectPlan, type HourBookingInput } from '@thuis/domain';
import type { z } from 'zod';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export type HourBudgetLines = z.output<typeof hoursOverviewResponse>['lines'];

/** The project plan and its hours (the server's plan and hours modules). */
export const planApi = {
  plan: (id: string) => api(`${base(id)}/plan`, { schema: projectPlan }),
  hours: (id: string) => api(`${base(id)}/hours`, { schema: hoursOverviewResponse }),
  saveBudget: (id: string, lines: HourBudgetLines) => api(`${base(id)}/hours/budget`, { method: 'PUT', body: { lines } }),
  bookHours: (id: string, input: HourBookingInput) => api(`${base(id)}/hours/bookings`, { method: 'POST', body: input }),
  deleteBooking: (id: string, bookingId: string) => api(`${base(id)}/hours/bookings/${part(bookingId)}`, { method: 'DELETE' }),
};
