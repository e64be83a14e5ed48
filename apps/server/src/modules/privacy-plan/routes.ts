import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fitCheckInput, fitCheckResponse, idParams, leafletQuery, privacyPlanView, privacySettingsInput, signOffInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import { actorOf } from '../../platform/access/plugin.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { downloadPrivacyLeaflet } from './download-privacy-leaflet.js';
import { getFitCheck } from './get-fit-check.js';
import { getPrivacyPlan } from './get-privacy-plan.js';
import { saveFitCheck } from './save-fit-check.js';
import { signPrivacyPlan } from './sign-privacy-plan.js';
import { updatePrivacySettings } from './update-privacy-settings.js';

export const privacyPlanRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['privacy-plan'];
    const read = { access: access.project('project.read') };
    const manage = { access: access.project('project.update') };
    app.get('/api/projects/:id/fit-check', { config: read, schema: { tags, params: idParams, response: { 200: fitCheckResponse } } }, async (request) =>
      getFitCheck(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/fit-check',
      { config: manage, schema: { tags, params: idParams, body: fitCheckInput, response: { 200: fitCheckResponse } } },
      async (request) => saveFitCheck(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.get('/api/projects/:id/privacy-plan', { config: read, schema: { tags, params: idParams, response: { 200: privacyPlanView } } }, async (request) =>
      getPrivacyPlan(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/privacy-plan/settings',
      { config: manage, schema: { tags, params: idParams, body: privacySettingsInput, response: { 200: privacyPlanView } } },
      async (request) => updatePrivacySettings(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.post(
      '/api/projects/:id/privacy-plan/sign-offs',
      { config: { access: access.project('privacyPlan.sign') }, schema: { tags, params: idParams, body: signOffInput, response: { 201: privacyPlanView } } },
      async (request, reply) =>
        reply.code(201).send(await signPrivacyPlan(ctx, { actor: actorOf(request), projectId: request.params.id, versionHash: request.body.versionHash })),
    );
    app.get(
      '/api/projects/:id/privacy-plan/leaflet',
      { config: read, schema: { tags, params: idParams, querystring: leafletQuery } },
      async (request, reply) => {
        const locale = request.query.lang ?? requestLocale(request.headers['accept-language'], request.actorLocale);
        const { pdf, fileName } = await downloadPrivacyLeaflet(ctx, { actor: actorOf(request), projectId: request.params.id, locale });
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
      },
    );
  };
