import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, projectPlan } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { getPlan } from './get-plan.js';
import { actorOf } from '../../platform/access/plugin.js';

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/projects/:id/plan',
      { config: { access: access.project('plan.read') }, schema: { tags: ['plan'], params: idParams, response: { 200: projectPlan } } },
      async (request) =>
        getPlan(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          t: translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale)),
        }),
    );
  };
