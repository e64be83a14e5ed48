import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completeRequestInput,
  householdExport,
  householdPrivacy,
  householdRequestParams,
  idParams,
  okResponse,
  residentRequestInput,
  residentRequestList,
  residentRequestParams,
  residentRequestQuery,
} from '@thuis/domain';
import { z } from 'zod';
import { actorOf } from '../../platform/access/plugin.js';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { completeResidentRequest } from './complete-resident-request.js';
import { createResidentRequest } from './create-resident-request.js';
import { exportHouseholdData, exportHouseholdPdf } from './export-household-data.js';
import { getHouseholdPrivacy } from './get-household-privacy.js';
import { listResidentRequests } from './list-resident-requests.js';

export const residentsRightsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ["residents' rights"];
    const handle = { access: access.project('residentsRights.handle') };
    app.get(
      '/api/projects/:id/resident-requests',
      { config: handle, schema: { tags, params: idParams, querystring: residentRequestQuery, response: { 200: residentRequestList } } },
      async (request) => listResidentRequests(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/households/:householdId/resident-requests',
      { config: handle, schema: { tags, params: householdRequestParams, body: residentRequestInput, response: { 201: z.object({ id: z.uuid() }) } } },
      async (request, reply) =>
        reply.code(201).send(
          await createResidentRequest(ctx, {
            actor: actorOf(request),
            projectId: request.params.id,
            householdId: request.params.householdId,
            input: request.body,
          }),
        ),
    );
    app.get(
      '/api/projects/:id/households/:householdId/privacy',
      { config: handle, schema: { tags, params: householdRequestParams, response: { 200: householdPrivacy } } },
      async (request) => getHouseholdPrivacy(ctx, { actor: actorOf(request), projectId: request.params.id, householdId: request.params.householdId }),
    );
    app.post(
      '/api/projects/:id/resident-requests/:requestId/complete',
      { config: handle, schema: { tags, params: residentRequestParams, body: completeRequestInput, response: { 200: okResponse } } },
      async (request) =>
        completeResidentRequest(ctx, { actor: actorOf(request), projectId: request.params.id, requestId: request.params.requestId, input: request.body }),
    );
    app.get(
      '/api/projects/:id/resident-requests/:requestId/export',
      { config: handle, schema: { tags, params: residentRequestParams, response: { 200: householdExport } } },
      async (request, reply) => {
        const data = await exportHouseholdData(ctx, { actor: actorOf(request), projectId: request.params.id, requestId: request.params.requestId });
        return reply.header('content-disposition', 'attachment; filename="thuis-inzage.json"').send(data);
      },
    );
    app.get(
      '/api/projects/:id/resident-requests/:requestId/export/pdf',
      { config: handle, schema: { tags, params: residentRequestParams } },
      async (request, reply) => {
        const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
        const { pdf, fileName } = await exportHouseholdPdf(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          requestId: request.params.requestId,
          locale,
        });
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
      },
    );
  };
