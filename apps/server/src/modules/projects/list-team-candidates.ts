import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

export async function listTeamCandidates(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.team.manage', projectId);
  return createProjectRepository(ctx.db).candidates(projectId);
}
