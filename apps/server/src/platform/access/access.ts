import { can, type Actor, type Permission, type ProjectRole } from '@thuis/domain';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/errors.js';
import { createMembershipRepository } from './membership-repository.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one place that decides reads and writes. Denials look like a missing resource (404). */
export function createAccess(db: Db) {
  // The route check and the use case ask the same question in one request: the actor object lives
  // for one request, so its answers are remembered for that long only.
  const memberships = createMembershipRepository(db);
  const answered = new WeakMap<Actor, Map<string, Promise<ProjectRole | null>>>();

  function roleIn(actor: Actor, projectId: string): Promise<ProjectRole | null> {
    if (!UUID.test(projectId)) return Promise.resolve(null);
    const known = answered.get(actor) ?? new Map<string, Promise<ProjectRole | null>>();
    answered.set(actor, known);
    if (!known.has(projectId)) known.set(projectId, memberships.roleOf(actor.userId, projectId));
    return known.get(projectId)!;
  }

  return {
    roleIn,

    /** The role already read for this request (with the session, in the same query): no second look-up. */
    know(actor: Actor, projectId: string, role: ProjectRole | null): void {
      if (!UUID.test(projectId)) return;
      const known = answered.get(actor) ?? new Map<string, Promise<ProjectRole | null>>();
      answered.set(actor, known);
      known.set(projectId, Promise.resolve(role));
    },

    /** Throws NotFoundError unless the actor holds the permission (in the project, when given). */
    async require(actor: Actor | null, permission: Permission, projectId?: string): Promise<ProjectRole | null> {
      if (!actor) throw new NotFoundError();
      if (projectId === undefined) {
        if (!can(actor, permission, { kind: 'account' })) throw new NotFoundError();
        return null;
      }
      const role = await roleIn(actor, projectId);
      if (!can(actor, permission, { kind: 'project', projectId, role })) throw new NotFoundError();
      return role;
    },
  };
}
export type Access = ReturnType<typeof createAccess>;
