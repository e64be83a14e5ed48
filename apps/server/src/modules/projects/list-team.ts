import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/** Names, organisations and roles of the team: no contact data (see list-team-contacts). */
export async function listTeam(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.team.read', projectId);
  return createProjectRepository(ctx.db).team(projectId);
}
