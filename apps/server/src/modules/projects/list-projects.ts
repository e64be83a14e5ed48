import { projectProgress, todayInAmsterdam, type Actor, type ProjectSummary } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/** The projects the actor is a member of; nobody sees a project by organisation or admin rights alone. */
export async function listProjects(ctx: AppContext, { actor }: { actor: Actor }): Promise<ProjectSummary[]> {
  const projects = createProjectRepository(ctx.db);
  const rows = await projects.listForMember(actor.userId);
  const phases = await projects.phasesOf(rows.map((r) => r.id));
  const today = todayInAmsterdam();
  return rows.map(({ role, ...row }) => ({
    ...row,
    myRole: role,
    currentPhase: projectProgress(
      phases.filter((p) => p.projectId === row.id),
      today,
    ).current,
  }));
}
