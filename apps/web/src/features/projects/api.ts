import {
  partnerList,
  projectDetail,
  projectPage,
  socialNotes,
  teamCandidateList,
  teamContactList,
  teamList,
  type PartnersInput,
  type PhaseInput,
  type PhaseKey,
  type ProjectInput,
  type TeamInput,
} from '@thuis/domain';
import { api } from '../../lib/api';
import { pageQuery } from '../../ui';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const projectsApi = {
  /** A page of one's projects; `search` is part of a name. */
  list: (search: string, cursor: string | null) => api(`/api/projects?${pageQuery({ search }, cursor)}`, { schema: projectPage }),
  get: (id: string) => api(base(id), { schema: projectDetail }),
  create: (input: ProjectInput) => api('/api/projects', { method: 'POST', body: input, schema: projectDetail }),
  update: (id: string, input: ProjectInput) => api(base(id), { method: 'PUT', body: input, schema: projectDetail }),
  savePhase: (id: string, phase: PhaseKey, input: PhaseInput) => api(`${base(id)}/phases/${phase}`, { method: 'PUT', body: input, schema: projectDetail }),
  partners: (id: string) => api(`${base(id)}/partners`, { schema: partnerList }).then((r) => r.partners),
  savePartners: (id: string, input: PartnersInput) => api(`${base(id)}/partners`, { method: 'PUT', body: input, schema: partnerList }).then((r) => r.partners),
  team: (id: string) => api(`${base(id)}/team`, { schema: teamList }).then((r) => r.members),
  saveTeam: (id: string, input: TeamInput) => api(`${base(id)}/team`, { method: 'PUT', body: input, schema: teamList }).then((r) => r.members),
  teamContacts: (id: string) => api(`${base(id)}/team/contacts`, { schema: teamContactList }).then((r) => r.contacts),
  teamCandidates: (id: string) => api(`${base(id)}/team/candidates`, { schema: teamCandidateList }).then((r) => r.candidates),
  socialNotes: (id: string) => api(`${base(id)}/social-notes`, { schema: socialNotes }),
  saveSocialNotes: (id: string, text: string) => api(`${base(id)}/social-notes`, { method: 'PUT', body: { text }, schema: socialNotes }),
};
