import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  fileFormat,
  formDefinitionInput,
  formVersion,
  formVersionList,
  historyCommitInput,
  historyResult,
  historyUpload,
  idParams,
  registration,
  registrationInput,
  registrationListQuery,
  registrationPage,
  registrationParams,
  uuid,
} from '@thuis/domain';
import { uploadedFile } from '../../platform/http/uploaded-file.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { commitHistory, setHistoryFormat, uploadHistory } from './import-history.js';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getRegistrationForm, listFormVersions, saveRegistrationForm } from './registration-form.js';
import { listRegistrations } from './list-registrations.js';
import { saveRegistration } from './save-registration.js';
import { actorOf } from '../../platform/access/plugin.js';

/** A form's answers are a few MB at most; the address import allows more. */
const MAX_HISTORY_BYTES = 10 * 1024 * 1024;

export const registrationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registrations'];
    app.get(
      '/api/projects/:id/registration-form',
      { config: { access: access.project('registrations.write') }, schema: { tags, params: idParams, response: { 200: formVersion } } },
      async (request) => getRegistrationForm(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/registration-form',
      {
        config: { access: access.project('registrations.form.manage') },
        schema: { tags, params: idParams, body: formDefinitionInput, response: { 200: formVersion } },
      },
      async (request) => saveRegistrationForm(ctx, { actor: actorOf(request), projectId: request.params.id, definition: request.body.definition }),
    );
    app.get(
      '/api/projects/:id/registration-form/versions',
      { config: { access: access.project('registrations.read') }, schema: { tags, params: idParams, response: { 200: formVersionList } } },
      async (request) => ({
        versions: await listFormVersions(ctx, { actor: actorOf(request), projectId: request.params.id }),
      }),
    );
    app.get(
      '/api/projects/:id/registrations',
      {
        config: { access: access.project('registrations.read') },
        schema: { tags, params: idParams, querystring: registrationListQuery, response: { 200: registrationPage } },
      },
      async (request) => listRegistrations(ctx, { actor: actorOf(request), projectId: request.params.id, page: request.query }),
    );
    const importParams = z.object({ id: uuid, importId: uuid });
    app.post(
      '/api/projects/:id/registration-imports',
      {
        config: { access: access.project('registrations.write') },
        bodyLimit: MAX_HISTORY_BYTES,
        schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: historyUpload } },
      },
      async (request, reply) => {
        const { fileName, bytes } = await uploadedFile(request, MAX_HISTORY_BYTES);
        return reply.code(201).send(await uploadHistory(ctx, { actor: actorOf(request), projectId: request.params.id, fileName, bytes }));
      },
    );
    app.put(
      '/api/projects/:id/registration-imports/:importId/format',
      { config: { access: access.project('registrations.write') }, schema: { tags, params: importParams, body: fileFormat, response: { 200: historyUpload } } },
      async (request) =>
        setHistoryFormat(ctx, { actor: actorOf(request), projectId: request.params.id, importId: request.params.importId, format: request.body }),
    );
    app.post(
      '/api/projects/:id/registration-imports/:importId/commit',
      {
        config: { access: access.project('registrations.write') },
        schema: {
          tags,
          params: importParams,
          body: historyCommitInput,
          response: { 200: historyResult },
        },
      },
      async (request) =>
        commitHistory(ctx, {
          actor: actorOf(request),
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
      {
        config: { access: access.project('registrations.write') },
        schema: { tags, params: registrationParams, body: registrationInput, response: { 200: registration } },
      },
      async (request) =>
        saveRegistration(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          clientId: request.params.clientId,
          formVersionId: request.body.formVersionId,
          visitId: request.body.visitId,
          content: request.body.content,
        }),
    );
  };
