import {
  okResponse,
  surveyLinkForm,
  surveyOverview,
  surveyResponseList,
  surveyResults,
  surveyRound,
  surveyRoundDetail,
  surveyVersion,
  type SurveyDefinition,
  type SurveyAnswers,
  type SurveyRoundInput,
  type SurveyTemplate,
} from '@thuis/domain';
import { api, apiBlob } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/surveys`;
const part = (value: string) => encodeURIComponent(value);

export const surveysApi = {
  overview: (id: string) => api(base(id), { schema: surveyOverview }),
  results: (id: string) => api(`${base(id)}/results`, { schema: surveyResults }),
  round: (id: string, roundId: string) => api(`${base(id)}/rounds/${part(roundId)}`, { schema: surveyRoundDetail }),
  /** A new version of a survey; rounds already held keep theirs. */
  saveVersion: (id: string, template: SurveyTemplate, definition: SurveyDefinition) =>
    api(`${base(id)}/versions`, { method: 'POST', body: { template, definition }, schema: surveyVersion }),
  createRound: (id: string, input: SurveyRoundInput) => api(`${base(id)}/rounds`, { method: 'POST', body: input, schema: surveyRound }),
  respond: (id: string, roundId: string, answers: SurveyAnswers, buildingPhaseId: string | null) =>
    api(`${base(id)}/rounds/${part(roundId)}/responses`, { method: 'POST', body: { answers, buildingPhaseId }, schema: okResponse }),
  responses: (id: string, roundId: string) => api(`${base(id)}/rounds/${part(roundId)}/responses`, { schema: surveyResponseList }),
  /** Letters with a new personal link and QR code per household that has not answered (handed out once). */
  letters: (id: string, roundId: string) => apiBlob(`${base(id)}/rounds/${part(roundId)}/letters`, { method: 'POST' }),
  /** The resident's link: the secret goes in the body. */
  openLink: (token: string) => api('/api/survey-links/open', { method: 'POST', body: { token }, schema: surveyLinkForm }),
  respondLink: (token: string, answers: SurveyAnswers) => api('/api/survey-links/respond', { method: 'POST', body: { token, answers }, schema: okResponse }),
};
