import { projectPermissionsFor, projectProgress, todayInAmsterdam, type ProjectDetail, type ProjectRole } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createProjectRepository } from './repository.js';

/** The project as its page shows it, for a member with `role` (access already checked). */
export async function loadProjectDetail(db: Db, projectId: string, role: ProjectRole): Promise<ProjectDetail> {
  const projects = createProjectRepository(db);
  const project = await projects.find(projectId);
  if (!project) throw new NotFoundError();
  const phases = (await projects.phasesOf([projectId])).map(({ projectId: _p, ...phase }) => phase);
  return {
    ...project,
    myRole: role,
    currentPhase: projectProgress(phases, todayInAmsterdam()).current,
    phases,
    permissions: projectPermissionsFor(role),
  };
}
