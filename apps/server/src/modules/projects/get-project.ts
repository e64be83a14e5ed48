import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { loadProjectDetail } from './project-detail.js';

export async function getProject(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  const role = await ctx.access.require(actor, 'project.read', projectId);
  return loadProjectDetail(ctx.db, projectId, role!);
}
