import { finalReportList, type FinalReportInput, type PlanReviewInput, type SharingInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/final-report`;
const version = (id: string, reportId: string) => `${base(id)}/versions/${encodeURIComponent(reportId)}`;

export const finalReportApi = {
  list: (id: string) => api(base(id), { schema: finalReportList }),
  make: (id: string, input: FinalReportInput) => api(`${base(id)}/versions`, { method: 'POST', body: input, schema: finalReportList }),
  review: (id: string, reportId: string, input: PlanReviewInput) =>
    api(`${version(id, reportId)}/review`, { method: 'POST', body: input, schema: finalReportList }),
  share: (id: string, reportId: string, input: SharingInput) =>
    api(`${version(id, reportId)}/sharings`, { method: 'POST', body: input, schema: finalReportList }),
};

/** The address of a version's PDF (a plain download). */
export function finalReportPdfUrl(projectId: string, reportId: string): string {
  return `${version(projectId, reportId)}/pdf`;
}
