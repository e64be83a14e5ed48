import { interimEvaluation, interimEvaluationList, okResponse, type InterimEvaluationInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/interim-evaluations`;

export const interimEvaluationsApi = {
  list: (id: string, page: number, pageSize: number) => api(`${base(id)}?page=${page}&pageSize=${pageSize}`, { schema: interimEvaluationList }),
  create: (id: string, input: InterimEvaluationInput) => api(base(id), { method: 'POST', body: input, schema: interimEvaluation }),
  update: (id: string, evaluationId: string, input: InterimEvaluationInput) =>
    api(`${base(id)}/${encodeURIComponent(evaluationId)}`, { method: 'PUT', body: input, schema: interimEvaluation }),
  remove: (id: string, evaluationId: string) => api(`${base(id)}/${encodeURIComponent(evaluationId)}`, { method: 'DELETE', schema: okResponse }),
};
