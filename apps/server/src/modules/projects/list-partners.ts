import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

export async function listPartners(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.partners.read', projectId);
  return createProjectRepository(ctx.db).partners(projectId);
}
