import { pageFrom, projectProgress, todayInAmsterdam, type Actor, type ProjectListQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/**
 * A page of the projects the actor is a member of (nobody sees a project by organisation or admin
 * rights alone), with only what the list shows: a policy viewer in a thousand projects gets a page.
 */
export async function listProjects(ctx: AppContext, { actor, query }: { actor: Actor; query: ProjectListQuery }) {
  const projects = createProjectRepository(ctx.db);
  const [rows, total] = await Promise.all([
    projects.pageForMember(actor.userId, { search: query.search || undefined, limit: query.limit, after: query.cursor }),
    projects.countForMember(actor.userId, query.search || undefined),
  ]);
  const { items, nextCursor } = pageFrom(rows, query.limit, (r) => [r.startsOn, r.name, r.id]);
  const phases = await projects.phasesOf(items.map((r) => r.id));
  const today = todayInAmsterdam();
  return {
    items: items.map(({ role, ...row }) => ({
      ...row,
      myRole: role,
      currentPhase: projectProgress(
        phases.filter((p) => p.projectId === row.id),
        today,
      ).current,
    })),
    nextCursor,
    total,
  };
}
