import type { AccountPermission, ProjectPermission } from '@thuis/domain';

/**
 * What a route requires; every /api route declares one in `config.access` or the app refuses to start.
 * - public: anyone, also anonymous callers
 * - authenticated: any signed-in user (for their own account)
 * - account permission: from the role table, not tied to a project
 * - project permission: the actor's role in the project named by the `:id` path parameter
 */
export type RouteAccess =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'account'; permission: AccountPermission } | { kind: 'project'; permission: ProjectPermission };

export const access = {
  public: { kind: 'public' } as RouteAccess,
  authenticated: { kind: 'authenticated' } as RouteAccess,
  account: (permission: AccountPermission): RouteAccess => ({ kind: 'account', permission }),
  project: (permission: ProjectPermission): RouteAccess => ({ kind: 'project', permission }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Open to a session whose user must first replace an administrator's password (public routes always are). */
    beforePasswordChange?: true;
  }
}
