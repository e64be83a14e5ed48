import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, letterTemplate, letterTemplateInput, lettersInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { getLetterTemplate, saveLetterTemplate } from './letter-template.js';
import { printLetters } from './print-letters.js';

export const letterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['letters'];
    const rule = { access: access.project('visits.plan') };
    app.get('/api/projects/:id/letter-template', { config: rule, schema: { tags, params: idParams, response: { 200: letterTemplate } } }, async (request) =>
      getLetterTemplate(ctx, { actor: request.actor!, projectId: request.params.id }),
    );
    app.put('/api/projects/:id/letter-template', { config: rule, schema: { tags, params: idParams, body: letterTemplateInput, response: { 200: letterTemplate } } }, async (request) =>
      saveLetterTemplate(ctx, { actor: request.actor!, projectId: request.params.id, input: request.body }),
    );
    app.post('/api/projects/:id/letters', { config: rule, schema: { tags, params: idParams, body: lettersInput } }, async (request, reply) => {
      const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
      const pdf = await printLetters(ctx, { actor: request.actor!, projectId: request.params.id, visitIds: request.body.visitIds, t: translatorFor(locale), locale });
      return reply.type('application/pdf').header('content-disposition', 'attachment; filename="uitnodigingen.pdf"').send(pdf);
    });
  };
