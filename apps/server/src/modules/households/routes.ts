import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { household, householdContact, householdInput, householdItemParams, householdList, householdParams } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getHouseholdContact } from './get-household-contact.js';
import { listHouseholds } from './list-households.js';
import { saveHousehold } from './save-household.js';
import { actorOf } from '../../platform/access/plugin.js';

export const householdRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['households'];
    app.get(
      '/api/projects/:id/addresses/:addressId/households',
      { config: { access: access.project('households.read') }, schema: { tags, params: householdParams, response: { 200: householdList } } },
      async (request) => ({
        households: await listHouseholds(ctx, { actor: actorOf(request), projectId: request.params.id, addressId: request.params.addressId }),
      }),
    );
    app.post(
      '/api/projects/:id/addresses/:addressId/households',
      {
        config: { access: access.project('households.manage') },
        schema: { tags, params: householdParams, body: householdInput, response: { 201: household } },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await saveHousehold(ctx, { actor: actorOf(request), projectId: request.params.id, addressId: request.params.addressId, input: request.body })),
    );
    app.put(
      '/api/projects/:id/households/:householdId',
      {
        config: { access: access.project('households.manage') },
        schema: { tags, params: householdItemParams, body: householdInput, response: { 200: household } },
      },
      async (request) =>
        saveHousehold(ctx, { actor: actorOf(request), projectId: request.params.id, householdId: request.params.householdId, input: request.body }),
    );
    app.get(
      '/api/projects/:id/households/:householdId/contact',
      { config: { access: access.project('households.contacts.read') }, schema: { tags, params: householdItemParams, response: { 200: householdContact } } },
      async (request) => getHouseholdContact(ctx, { actor: actorOf(request), projectId: request.params.id, householdId: request.params.householdId }),
    );
  };
