import {
  agreementList,
  communicationPlan,
  jointGoalList,
  okResponse,
  orientationMeetingList,
  taskMatrix,
  trainingRegister,
  type AgreementInput,
  type CommunicationItemInput,
  type JointGoalsInput,
  type OrientationMeetingInput,
  type TaskMatrixInput,
  type TrainingRecordInput,
} from '@thuis/domain';
import { z } from 'zod';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const created = z.object({ id: z.uuid() });

export const preparationApi = {
  meetings: (id: string) => api(`${base(id)}/orientation-meetings`, { schema: orientationMeetingList }),
  addMeeting: (id: string, input: OrientationMeetingInput) => api(`${base(id)}/orientation-meetings`, { method: 'POST', body: input, schema: created }),
  removeMeeting: (id: string, meetingId: string) =>
    api(`${base(id)}/orientation-meetings/${encodeURIComponent(meetingId)}`, { method: 'DELETE', schema: okResponse }),

  agreements: (id: string) => api(`${base(id)}/agreements`, { schema: agreementList }),
  addAgreement: (id: string, input: AgreementInput) => api(`${base(id)}/agreements`, { method: 'POST', body: input, schema: created }),
  removeAgreement: (id: string, agreementId: string) =>
    api(`${base(id)}/agreements/${encodeURIComponent(agreementId)}`, { method: 'DELETE', schema: okResponse }),
  uploadDocument: (id: string, agreementId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`${base(id)}/agreements/${encodeURIComponent(agreementId)}/document`, { method: 'PUT', body: form, schema: okResponse });
  },
  documentUrl: (id: string, agreementId: string) => `${base(id)}/agreements/${encodeURIComponent(agreementId)}/document`,

  taskMatrix: (id: string) => api(`${base(id)}/task-matrix`, { schema: taskMatrix }),
  saveTaskMatrix: (id: string, input: TaskMatrixInput) => api(`${base(id)}/task-matrix`, { method: 'PUT', body: input, schema: taskMatrix }),

  goals: (id: string) => api(`${base(id)}/joint-goals`, { schema: jointGoalList }),
  saveGoals: (id: string, input: JointGoalsInput) => api(`${base(id)}/joint-goals`, { method: 'PUT', body: input, schema: jointGoalList }),

  communication: (id: string) => api(`${base(id)}/communication-plan`, { schema: communicationPlan }),
  addCommunication: (id: string, input: CommunicationItemInput) => api(`${base(id)}/communication-plan`, { method: 'POST', body: input, schema: created }),
  updateCommunication: (id: string, itemId: string, input: CommunicationItemInput) =>
    api(`${base(id)}/communication-plan/${encodeURIComponent(itemId)}`, { method: 'PUT', body: input, schema: created }),
  removeCommunication: (id: string, itemId: string) =>
    api(`${base(id)}/communication-plan/${encodeURIComponent(itemId)}`, { method: 'DELETE', schema: okResponse }),

  training: (id: string) => api(`${base(id)}/training`, { schema: trainingRegister }),
  addTraining: (id: string, input: TrainingRecordInput) => api(`${base(id)}/training`, { method: 'POST', body: input, schema: created }),
  removeTraining: (id: string, recordId: string) => api(`${base(id)}/training/${encodeURIComponent(recordId)}`, { method: 'DELETE', schema: okResponse }),
};
