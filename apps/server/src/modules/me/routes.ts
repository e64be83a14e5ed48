import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localeInput, okResponse } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { setLocale } from './set-locale.js';

export const meRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/api/me/locale',
      { config: { access: access.authenticated }, schema: { tags: ['me'], body: localeInput, response: { 200: okResponse } } },
      async (request) => {
        await setLocale(ctx, { actor: request.actor!, locale: request.body.locale });
        return { ok: true as const };
      },
    );
  };
