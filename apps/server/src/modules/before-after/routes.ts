import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  beforeAfterReport,
  beforeAfterSettings,
  householdMeasurement,
  householdMeasurementList,
  idParams,
  measurementCorrection,
  measurementInput,
  measurementParams,
  measurementQuery,
  measurementReceipt,
  okResponse,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { getBeforeAfterSettings, saveBeforeAfterSettings } from './before-after-settings.js';
import { getBeforeAfterReport } from './get-before-after-report.js';
import { correctMeasurement, deleteMeasurement } from './correct-measurement.js';
import { listMeasurements } from './list-measurements.js';
import { recordMeasurement } from './record-measurement.js';
import { actorOf } from '../../platform/access/plugin.js';

export const beforeAfterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['evaluations'];
    const base = '/api/projects/:id/before-after';
    app.get(
      `${base}/settings`,
      { config: { access: access.project('evaluations.read') }, schema: { tags, params: idParams, response: { 200: beforeAfterSettings } } },
      async (request) => getBeforeAfterSettings(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      `${base}/settings`,
      {
        config: { access: access.project('project.update') },
        schema: { tags, params: idParams, body: beforeAfterSettings, response: { 200: beforeAfterSettings } },
      },
      async (request) => saveBeforeAfterSettings(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.post(
      `${base}/measurements`,
      {
        config: { access: access.project('registrations.write') },
        schema: { tags, params: idParams, body: measurementInput, response: { 201: measurementReceipt } },
      },
      async (request, reply) =>
        reply.code(201).send(await recordMeasurement(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      `${base}/report`,
      { config: { access: access.project('evaluations.read') }, schema: { tags, params: idParams, response: { 200: beforeAfterReport } } },
      async (request) =>
        getBeforeAfterReport(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          locale: requestLocale(request.headers['accept-language'], request.actorLocale),
        }),
    );
    const measure = { access: access.project('registrations.write') };
    app.get(
      `${base}/measurements`,
      { config: measure, schema: { tags, params: idParams, querystring: measurementQuery, response: { 200: householdMeasurementList } } },
      async (request) => listMeasurements(ctx, { actor: actorOf(request), projectId: request.params.id, visitId: request.query.visitId }),
    );
    app.put(
      `${base}/measurements/:measurementId`,
      { config: measure, schema: { tags, params: measurementParams, body: measurementCorrection, response: { 200: householdMeasurement } } },
      async (request) =>
        correctMeasurement(ctx, { actor: actorOf(request), projectId: request.params.id, measurementId: request.params.measurementId, input: request.body }),
    );
    app.delete(
      `${base}/measurements/:measurementId`,
      { config: measure, schema: { tags, params: measurementParams, response: { 200: okResponse } } },
      async (request) => deleteMeasurement(ctx, { actor: actorOf(request), projectId: request.params.id, measurementId: request.params.measurementId }),
    );
  };
