import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse, organisation, organisationInput, organisationList } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { deleteOrganisation } from './delete-organisation.js';
import { listOrganisations } from './list-organisations.js';
import { saveOrganisation } from './save-organisation.js';
import { actorOf } from '../../platform/access/plugin.js';

export const organisationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisations'];
    app.get(
      '/api/organisations',
      { config: { access: access.account('organisation.list') }, schema: { tags, response: { 200: organisationList } } },
      async (request) => ({ organisations: await listOrganisations(ctx, { actor: actorOf(request) }) }),
    );
    app.post(
      '/api/organisations',
      { config: { access: access.account('organisation.manage') }, schema: { tags, body: organisationInput, response: { 201: organisation } } },
      async (request, reply) => reply.code(201).send(await saveOrganisation(ctx, { actor: actorOf(request), input: request.body })),
    );
    app.put(
      '/api/organisations/:id',
      {
        config: { access: access.account('organisation.manage') },
        schema: { tags, params: idParams, body: organisationInput, response: { 200: organisation } },
      },
      async (request) => saveOrganisation(ctx, { actor: actorOf(request), id: request.params.id, input: request.body }),
    );
    app.delete(
      '/api/organisations/:id',
      { config: { access: access.account('organisation.manage') }, schema: { tags, params: idParams, response: { 200: okResponse } } },
      async (request) => {
        await deleteOrganisation(ctx, { actor: actorOf(request), id: request.params.id });
        return { ok: true as const };
      },
    );
  };
