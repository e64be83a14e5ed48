import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditList,
  auditQuery,
  idParams,
  partnerList,
  partnersInput,
  phaseInput,
  phaseParams,
  projectDetail,
  projectInput,
  projectListQuery,
  projectPage,
  socialNotes,
  socialNotesInput,
  teamCandidateList,
  teamContactList,
  teamInput,
  teamList,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { createProject } from './create-project.js';
import { getProject } from './get-project.js';
import { getSocialNotes } from './get-social-notes.js';
import { listAudit } from './list-audit.js';
import { listPartners } from './list-partners.js';
import { listProjects } from './list-projects.js';
import { listTeamCandidates } from './list-team-candidates.js';
import { listTeamContacts } from './list-team-contacts.js';
import { listTeam } from './list-team.js';
import { replacePartners } from './replace-partners.js';
import { replaceTeam } from './replace-team.js';
import { updatePhase } from './update-phase.js';
import { updateProject } from './update-project.js';
import { updateSocialNotes } from './update-social-notes.js';
import { actorOf } from '../../platform/access/plugin.js';

export const projectRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['projects'];

    app.get(
      '/api/projects',
      { config: { access: access.authenticated }, schema: { tags, querystring: projectListQuery, response: { 200: projectPage } } },
      async (request) => listProjects(ctx, { actor: actorOf(request), query: request.query }),
    );
    app.post(
      '/api/projects',
      { config: { access: access.account('project.create') }, schema: { tags, body: projectInput, response: { 201: projectDetail } } },
      async (request, reply) => reply.code(201).send(await createProject(ctx, { actor: actorOf(request), input: request.body })),
    );
    app.get(
      '/api/projects/:id',
      { config: { access: access.project('project.read') }, schema: { tags, params: idParams, response: { 200: projectDetail } } },
      async (request) => getProject(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id',
      { config: { access: access.project('project.update') }, schema: { tags, params: idParams, body: projectInput, response: { 200: projectDetail } } },
      async (request) => updateProject(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.put(
      '/api/projects/:id/phases/:phase',
      {
        config: { access: access.project('project.phases.manage') },
        schema: { tags, params: phaseParams, body: phaseInput, response: { 200: projectDetail } },
      },
      async (request) => updatePhase(ctx, { actor: actorOf(request), projectId: request.params.id, phase: request.params.phase, input: request.body }),
    );
    app.get(
      '/api/projects/:id/partners',
      { config: { access: access.project('project.partners.read') }, schema: { tags, params: idParams, response: { 200: partnerList } } },
      async (request) => ({ partners: await listPartners(ctx, { actor: actorOf(request), projectId: request.params.id }) }),
    );
    app.put(
      '/api/projects/:id/partners',
      {
        config: { access: access.project('project.partners.manage') },
        schema: { tags, params: idParams, body: partnersInput, response: { 200: partnerList } },
      },
      async (request) => ({ partners: await replacePartners(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }) }),
    );
    app.get(
      '/api/projects/:id/team',
      { config: { access: access.project('project.team.read') }, schema: { tags, params: idParams, response: { 200: teamList } } },
      async (request) => ({ members: await listTeam(ctx, { actor: actorOf(request), projectId: request.params.id }) }),
    );
    app.put(
      '/api/projects/:id/team',
      { config: { access: access.project('project.team.manage') }, schema: { tags, params: idParams, body: teamInput, response: { 200: teamList } } },
      async (request) => ({ members: await replaceTeam(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }) }),
    );
    app.get(
      '/api/projects/:id/team/contacts',
      { config: { access: access.project('project.team.contacts.read') }, schema: { tags, params: idParams, response: { 200: teamContactList } } },
      async (request) => ({ contacts: await listTeamContacts(ctx, { actor: actorOf(request), projectId: request.params.id }) }),
    );
    app.get(
      '/api/projects/:id/team/candidates',
      { config: { access: access.project('project.team.manage') }, schema: { tags, params: idParams, response: { 200: teamCandidateList } } },
      async (request) => ({ candidates: await listTeamCandidates(ctx, { actor: actorOf(request), projectId: request.params.id }) }),
    );
    app.get(
      '/api/projects/:id/social-notes',
      { config: { access: access.project('project.socialNotes.read') }, schema: { tags, params: idParams, response: { 200: socialNotes } } },
      async (request) => getSocialNotes(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/social-notes',
      {
        config: { access: access.project('project.socialNotes.update') },
        schema: { tags, params: idParams, body: socialNotesInput, response: { 200: socialNotes } },
      },
      async (request) => updateSocialNotes(ctx, { actor: actorOf(request), projectId: request.params.id, text: request.body.text }),
    );
    app.get(
      '/api/projects/:id/audit',
      { config: { access: access.project('project.audit.read') }, schema: { tags, params: idParams, querystring: auditQuery, response: { 200: auditList } } },
      async (request) => listAudit(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
  };
