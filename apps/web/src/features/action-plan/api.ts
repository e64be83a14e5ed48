import { actionPlan, planSources, type PlanActivityProposal, type PlanGoalInput, type PlanReviewInput, type PlanVersionInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/action-plan`;
const version = (id: string, versionId: string) => `${base(id)}/versions/${encodeURIComponent(versionId)}`;

export const actionPlanApi = {
  plan: (id: string) => api(base(id), { schema: actionPlan }),
  sources: (id: string) => api(`${base(id)}/sources`, { schema: planSources }),
  startVersion: (id: string, input: PlanVersionInput) => api(`${base(id)}/versions`, { method: 'POST', body: input, schema: actionPlan }),
  saveGoal: (id: string, versionId: string, goalId: string | null, input: PlanGoalInput) =>
    goalId
      ? api(`${version(id, versionId)}/goals/${encodeURIComponent(goalId)}`, { method: 'PUT', body: input, schema: actionPlan })
      : api(`${version(id, versionId)}/goals`, { method: 'POST', body: input, schema: actionPlan }),
  deleteGoal: (id: string, versionId: string, goalId: string) =>
    api(`${version(id, versionId)}/goals/${encodeURIComponent(goalId)}`, { method: 'DELETE', schema: actionPlan }),
  proposeActivity: (id: string, versionId: string, goalId: string, input: PlanActivityProposal) =>
    api(`${version(id, versionId)}/goals/${encodeURIComponent(goalId)}/activities`, { method: 'POST', body: input, schema: actionPlan }),
  review: (id: string, versionId: string, input: PlanReviewInput) =>
    api(`${version(id, versionId)}/review`, { method: 'POST', body: input, schema: actionPlan }),
};

/** The address of a version's PDF (a plain download). */
export function planPdfUrl(projectId: string, versionId: string): string {
  return `${version(projectId, versionId)}/pdf`;
}
