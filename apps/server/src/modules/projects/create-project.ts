import { roleFitsOrganisation, type Actor, type ProjectInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { loadProjectDetail } from './project-detail.js';
import { createProjectRepository } from './repository.js';

/** The creator leads the new project and their organisation becomes its first core partner. */
export async function createProject(ctx: AppContext, { actor, input }: { actor: Actor; input: ProjectInput }) {
  await ctx.access.require(actor, 'project.create');
  return ctx.db.transaction().execute(async (trx) => {
    const projects = createProjectRepository(trx);
    const [creator] = await projects.usersWithOrganisation([actor.userId]);
    if (!creator || !roleFitsOrganisation('project_leader', creator.organisationType))
      throw new ValidationError([{ path: [], key: 'errors.cannotLeadProjects' }]);
    const projectId = await projects.insert(input, actor.userId);
    await projects.replacePartners(projectId, [{ organisationId: actor.organisationId, part: 'core' }]);
    await projects.replaceTeam(projectId, [{ userId: actor.userId, role: 'project_leader' }]);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'project', resourceId: projectId, projectId, details: { ...input } });
    return loadProjectDetail(trx, projectId, 'project_leader');
  });
}
