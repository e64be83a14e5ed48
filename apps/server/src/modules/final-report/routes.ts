import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { finalReportInput, finalReportList, finalReportParams, idParams, planReviewInput, sharingInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { createFinalReport } from './create-final-report.js';
import { downloadFinalReport } from './download-final-report.js';
import { listFinalReports } from './list-final-reports.js';
import { recordSharing } from './record-sharing.js';
import { reviewFinalReport } from './review-final-report.js';
import { actorOf } from '../../platform/access/plugin.js';

export const finalReportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['final report'];
    const read = { access: access.project('finalReport.read') };
    const work = { access: access.project('finalReport.work') };
    const review = { access: access.project('finalReport.review') };
    const base = '/api/projects/:id/final-report';
    app.get(base, { config: read, schema: { tags, params: idParams, response: { 200: finalReportList } } }, async (request) =>
      listFinalReports(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/versions`,
      { config: work, schema: { tags, params: idParams, body: finalReportInput, response: { 201: finalReportList } } },
      async (request, reply) =>
        reply.code(201).send(await createFinalReport(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.post(
      `${base}/versions/:reportId/review`,
      { config: review, schema: { tags, params: finalReportParams, body: planReviewInput, response: { 200: finalReportList } } },
      async (request) =>
        reviewFinalReport(ctx, { actor: actorOf(request), projectId: request.params.id, reportId: request.params.reportId, input: request.body }),
    );
    app.post(
      `${base}/versions/:reportId/sharings`,
      { config: work, schema: { tags, params: finalReportParams, body: sharingInput, response: { 201: finalReportList } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await recordSharing(ctx, { actor: actorOf(request), projectId: request.params.id, reportId: request.params.reportId, input: request.body })),
    );
    app.get(`${base}/versions/:reportId/pdf`, { config: read, schema: { tags, params: finalReportParams } }, async (request, reply) => {
      const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
      const { pdf, fileName } = await downloadFinalReport(ctx, {
        actor: actorOf(request),
        projectId: request.params.id,
        reportId: request.params.reportId,
        locale,
      });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
    });
  };
