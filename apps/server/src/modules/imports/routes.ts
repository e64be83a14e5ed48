import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileFormat, idParams, importJob, importParams, mappingInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { uploadedFile } from '../../platform/http/uploaded-file.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { commitImport } from './commit-import.js';
import { getImport } from './get-import.js';
import { setImportFormat } from './set-import-format.js';
import { setImportMapping } from './set-import-mapping.js';
import { uploadImport } from './upload-import.js';
import { actorOf } from '../../platform/access/plugin.js';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const importRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['imports'];
    const manage = { access: access.project('addresses.manage') };
    const t = (request: { headers: Record<string, unknown>; actorLocale?: 'nl' | 'en' }) =>
      translatorFor(requestLocale(request.headers['accept-language'] as string | undefined, request.actorLocale));

    app.post(
      '/api/projects/:id/imports',
      { config: manage, bodyLimit: MAX_IMPORT_BYTES, schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: importJob } } },
      async (request, reply) => {
        const { fileName, bytes } = await uploadedFile(request, MAX_IMPORT_BYTES);
        const job = await uploadImport(ctx, { actor: actorOf(request), projectId: request.params.id, fileName, bytes, t: t(request) });
        return reply.code(201).send(job);
      },
    );
    app.get('/api/projects/:id/imports/:importId', { config: manage, schema: { tags, params: importParams, response: { 200: importJob } } }, async (request) =>
      getImport(ctx, { actor: actorOf(request), projectId: request.params.id, importId: request.params.importId, t: t(request) }),
    );
    app.put(
      '/api/projects/:id/imports/:importId/format',
      { config: manage, schema: { tags, params: importParams, body: fileFormat, response: { 200: importJob } } },
      async (request) =>
        setImportFormat(ctx, { actor: actorOf(request), projectId: request.params.id, importId: request.params.importId, format: request.body, t: t(request) }),
    );
    app.put(
      '/api/projects/:id/imports/:importId/mapping',
      { config: manage, schema: { tags, params: importParams, body: mappingInput, response: { 200: importJob } } },
      async (request) =>
        setImportMapping(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          importId: request.params.importId,
          mapping: request.body.mapping,
          t: t(request),
        }),
    );
    app.post(
      '/api/projects/:id/imports/:importId/commit',
      { config: manage, schema: { tags, params: importParams, response: { 200: importJob } } },
      async (request) => commitImport(ctx, { actor: actorOf(request), projectId: request.params.id, importId: request.params.importId, t: t(request) }),
    );
  };
