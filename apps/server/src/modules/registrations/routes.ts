import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formDefinitionInput, formVersion, formVersionList, idParams, registration, registrationInput, registrationList, registrationParams } from '@thuis/domain';
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
    // PUT by the client's own id: a sync that is retried after a lost answer stores nothing twice.
    app.put(
      '/api/projects/:id/registrations/:clientId',
      { config: { access: access.project('registrations.write') }, schema: { tags, params: registrationParams, body: registrationInput, response: { 200: registration } } },
      async (request) =>
        saveRegistration(ctx, { actor: request.actor!, projectId: request.params.id, clientId: request.params.clientId, formVersionId: request.body.formVersionId, visitId: request.body.visitId, content: request.body.content }),
    );
  };
