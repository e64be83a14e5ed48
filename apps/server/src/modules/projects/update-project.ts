import type { Actor, ProjectInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { loadProjectDetail } from './project-detail.js';
import { createProjectRepository } from './repository.js';

export async function updateProject(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: ProjectInput }) {
  const role = await ctx.access.require(actor, 'project.update', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    await createProjectRepository(trx).update(projectId, input);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'project', resourceId: projectId, projectId, details: { ...input } });
    return loadProjectDetail(trx, projectId, role!);
  });
}
