import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountEventQuery, auditList, localeInput, okResponse, passwordChangeInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { changePassword } from './change-password.js';
import { listMyAccountEvents } from './list-my-account-events.js';
import { setLocale } from './set-locale.js';
import { actorOf } from '../../platform/access/plugin.js';

export const meRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['me'];
    app.put(
      '/api/me/locale',
      // The language switch stays usable on the page where a new password must be chosen.
      { config: { access: access.authenticated, beforePasswordChange: true }, schema: { tags, body: localeInput, response: { 200: okResponse } } },
      async (request) => {
        await setLocale(ctx, { actor: actorOf(request), locale: request.body.locale });
        return { ok: true as const };
      },
    );
    app.put(
      '/api/me/password',
      { config: { access: access.authenticated, beforePasswordChange: true }, schema: { tags, body: passwordChangeInput, response: { 200: okResponse } } },
      async (request) => {
        await changePassword(ctx, { actor: actorOf(request), sessionId: request.sessionId!, ip: request.ip, input: request.body });
        return { ok: true as const };
      },
    );
    app.get(
      '/api/me/account-events',
      { config: { access: access.authenticated }, schema: { tags, querystring: accountEventQuery.omit({ userId: true }), response: { 200: auditList } } },
      async (request) => listMyAccountEvents(ctx, { actor: actorOf(request), query: request.query }),
    );
  };
