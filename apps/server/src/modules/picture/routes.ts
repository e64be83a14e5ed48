import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, overviewQuery, registrationOverview } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getRegistrationOverview } from './get-registration-overview.js';

export const pictureRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['picture of the neighbourhood'];
    app.get(
      '/api/projects/:id/picture/overview',
      { config: { access: access.project('registrations.read') }, schema: { tags, params: idParams, querystring: overviewQuery, response: { 200: registrationOverview } } },
      async (request) => getRegistrationOverview(ctx, { actor: request.actor!, projectId: request.params.id, query: request.query }),
    );
  };
