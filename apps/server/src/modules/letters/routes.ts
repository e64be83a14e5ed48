import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, letterJob, letterJobParams, lettersMarkedSent, letterTemplate, letterTemplateInput, lettersInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { downloadLetters } from './download-letters.js';
import { getLetterJob } from './get-letter-job.js';
import { getLetterTemplate } from './get-letter-template.js';
import { markLettersSent } from './mark-letters-sent.js';
import { saveLetterTemplate } from './save-letter-template.js';
import { requestLetters } from './request-letters.js';
import { actorOf } from '../../platform/access/plugin.js';

export const letterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['letters'];
    const rule = { access: access.project('visits.plan') };
    app.get('/api/projects/:id/letter-template', { config: rule, schema: { tags, params: idParams, response: { 200: letterTemplate } } }, async (request) =>
      getLetterTemplate(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/letter-template',
      { config: rule, schema: { tags, params: idParams, body: letterTemplateInput, response: { 200: letterTemplate } } },
      async (request) => saveLetterTemplate(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.post(
      '/api/projects/:id/letters',
      { config: rule, schema: { tags, params: idParams, body: lettersInput, response: { 201: letterJob } } },
      async (request, reply) => {
        const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
        const job = await requestLetters(ctx, { actor: actorOf(request), projectId: request.params.id, visitIds: request.body.visitIds, locale });
        return reply.code(201).send(job);
      },
    );
    app.get('/api/projects/:id/letters/:jobId', { config: rule, schema: { tags, params: letterJobParams, response: { 200: letterJob } } }, async (request) =>
      getLetterJob(ctx, { actor: actorOf(request), projectId: request.params.id, jobId: request.params.jobId }),
    );
    // After printing: the batch's visits are marked as invited (making the PDF does not).
    app.post(
      '/api/projects/:id/letters/:jobId/sent',
      { config: rule, schema: { tags, params: letterJobParams, response: { 200: lettersMarkedSent } } },
      async (request) => markLettersSent(ctx, { actor: actorOf(request), projectId: request.params.id, jobId: request.params.jobId }),
    );
    app.get('/api/projects/:id/letters/:jobId/pdf', { config: rule, schema: { tags, params: letterJobParams } }, async (request, reply) => {
      const pdf = await downloadLetters(ctx, { actor: actorOf(request), projectId: request.params.id, jobId: request.params.jobId });
      return reply.type('application/pdf').header('content-disposition', 'attachment; filename="uitnodigingen.pdf"').send(pdf);
    });
  };
