import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { address, addressFilter, addressPage, assignInput, assignResult, householdParams, idParams } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { assignAddresses } from './assign-addresses.js';
import { getAddress } from './get-address.js';
import { listAddresses } from './list-addresses.js';
import { actorOf } from '../../platform/access/plugin.js';

export const addressRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['addresses'];
    app.get(
      '/api/projects/:id/addresses',
      { config: { access: access.project('addresses.read') }, schema: { tags, params: idParams, querystring: addressFilter, response: { 200: addressPage } } },
      async (request) => listAddresses(ctx, { actor: actorOf(request), projectId: request.params.id, filter: request.query }),
    );
    app.get(
      '/api/projects/:id/addresses/:addressId',
      { config: { access: access.project('addresses.read') }, schema: { tags, params: householdParams, response: { 200: address } } },
      async (request) => getAddress(ctx, { actor: actorOf(request), projectId: request.params.id, addressId: request.params.addressId }),
    );
    app.post(
      '/api/projects/:id/addresses/assign',
      { config: { access: access.project('addresses.manage') }, schema: { tags, params: idParams, body: assignInput, response: { 200: assignResult } } },
      async (request) => assignAddresses(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
  };
