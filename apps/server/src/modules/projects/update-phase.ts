import type { Actor, PhaseInput, PhaseKey } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { loadProjectDetail } from './project-detail.js';
import { createProjectRepository } from './repository.js';

export async function updatePhase(
  ctx: AppContext,
  { actor, projectId, phase, input }: { actor: Actor; projectId: string; phase: PhaseKey; input: PhaseInput },
) {
  const role = await ctx.access.require(actor, 'project.phases.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    await createProjectRepository(trx).savePhase(projectId, phase, input);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'project_phase', resourceId: phase, projectId, details: { ...input } });
    return loadProjectDetail(trx, projectId, role!);
  });
}
