import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Locale, ProjectRole } from '@thuis/domain';
import { PasswordChangeRequiredError, UnauthenticatedError } from '../http/errors.js';
import type { Access } from './access.js';
import type { RouteAccess } from './route-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    actorLocale?: Locale;
    sessionId: string | null;
    /** The actor's role in the project of a project route, after the access check. */
    projectRole: ProjectRole | null;
  }
}

/**
 * The signed-in caller of a route that is not public. The gate has already answered 401 to anyone
 * else before the handler runs; the check here keeps that true should a route's rule be changed.
 */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}

/** Runs before body validation, so a forbidden caller learns nothing from validation messages either. */
/** Every /api route must say who may call it; the app refuses to start otherwise (deny by default). */
export function assertRouteDeclaresAccess(routeUrl: string, routeAccess: RouteAccess | undefined) {
  if (routeUrl.startsWith('/api') && !routeAccess) throw new Error(`Route ${routeUrl} declares no access rule`);
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with its access rule: what the authorization-matrix test walks. */
    apiRoutes: RouteEntry[];
  }
}

export function registerAccessChecks(app: FastifyInstance, accessModule: Access, options: { publicPrefixes: string[] }) {
  app.decorate('apiRoutes', [] as RouteEntry[]);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('projectRole', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (options.publicPrefixes.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...route.config, access: { kind: 'public' } };
    }
    assertRouteDeclaresAccess(route.url, route.config?.access);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.apiRoutes.push({ method, url: route.url, access: route.config!.access! });
    }
  });

  app.addHook('preValidation', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule) return; // static files and the web app
    if (rule.kind === 'public') return;
    if (!request.actor) throw new UnauthenticatedError();
    if (request.sessionUser?.mustChangePassword && !request.routeOptions.config.beforePasswordChange) throw new PasswordChangeRequiredError();
    if (rule.kind === 'authenticated') return;
    if (rule.kind === 'account') {
      await accessModule.require(request.actor, rule.permission);
      return;
    }
    const projectId = (request.params as { id?: string }).id ?? '';
    request.projectRole = await accessModule.require(request.actor, rule.permission, projectId);
  });
}
