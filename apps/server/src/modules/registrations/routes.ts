import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formDefinitionInput, formVersion, formVersionList, historyMapping, idParams, registration, registrationInput, registrationList, registrationParams, uuid } from '@thuis/domain';
import { ValidationError } from '../../platform/http/errors.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { commitHistory, uploadHistory } from './import-history.js';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getRegistrationForm, listFormVersions, saveRegistrationForm } from './registration-form.js';
import { listRegistrations, saveRegistration } from './save-registration.js';

export const registrationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registrations'];
    app.get('/api/projects/:id/registration-form', { config: { access: access.project('registrations.write') }, schema: { tags, params: idParams, response: { 200: formVersion } } }, async (request) =>
      getRegistrationForm(ctx, { actor: request.actor!, projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/registration-form',
      { config: { access: access.project('registrations.form.manage') }, schema: { tags, params: idParams, body: formDefinitionInput, response: { 200: formVersion } } },
      async (request) => saveRegistrationForm(ctx, { actor: request.actor!, projectId: request.params.id, definition: request.body.definition }),
    );
    app.get('/api/projects/:id/registration-form/versions', { config: { access: access.project('registrations.read') }, schema: { tags, params: idParams, response: { 200: formVersionList } } }, async (request) => ({
      versions: await listFormVersions(ctx, { actor: request.actor!, projectId: request.params.id }),
    }));
    app.get('/api/projects/:id/registrations', { config: { access: access.project('registrations.read') }, schema: { tags, params: idParams, response: { 200: registrationList } } }, async (request) => ({
      registrations: await listRegistrations(ctx, { actor: request.actor!, projectId: request.params.id }),
    }));
    const historyUpload = z.object({ id: z.uuid(), fileName: z.string(), headers: z.array(z.string()), rowCount: z.number().int(), formVersionId: z.uuid(), suggestedMapping: historyMapping });
    app.post(
      '/api/projects/:id/registration-imports',
      { config: { access: access.project('registrations.write') }, bodyLimit: 10 * 1024 * 1024, schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: historyUpload } } },
      async (request, reply) => {
        const file = await request.file({ limits: { fileSize: 10 * 1024 * 1024, files: 1 } }).catch(() => undefined);
        if (!file) throw new ValidationError([{ path: ['file'], key: 'errors.required' }]);
        const bytes = await file.toBuffer();
        return reply.code(201).send(await uploadHistory(ctx, { actor: request.actor!, projectId: request.params.id, fileName: file.filename, bytes }));
      },
    );
    app.post(
      '/api/projects/:id/registration-imports/:importId/commit',
      {
        config: { access: access.project('registrations.write') },
        schema: {
          tags,
          params: z.object({ id: uuid, importId: uuid }),
          body: z.object({ formVersionId: uuid, mapping: historyMapping }),
          response: { 200: z.object({ imported: z.number().int(), alreadyImported: z.number().int() }) },
        },
      },
      async (request) =>
        commitHistory(ctx, {
          actor: request.actor!,
          projectId: request.params.id,
          importId: request.params.importId,
          formVersionId: request.body.formVersionId,
          mapping: request.body.mapping,
          t: translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale)),
        }),
    );
    // PUT by the client's own id: a sync that is retried after a lost answer stores nothing twice.
    app.put(
      '/api/projects/:id/registrations/:clientId',
      { config: { access: access.project('registrations.write') }, schema: { tags, params: registrationParams, body: registrationInput, response: { 200: registration } } },
      async (request) =>
        saveRegistration(ctx, { actor: request.actor!, projectId: request.params.id, clientId: request.params.clientId, formVersionId: request.body.formVersionId, visitId: request.body.visitId, content: request.body.content }),
    );
  };
