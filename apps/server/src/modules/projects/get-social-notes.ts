import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/** Notes marked for the social team: may hold sensitive observations, so reads are audited. */
export async function getSocialNotes(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.socialNotes.read', projectId);
  const notes = await createProjectRepository(ctx.db).socialNotes(projectId);
  await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'read', resourceType: 'social_notes', resourceId: projectId, projectId });
  return { text: notes?.text ?? '', updatedAt: notes?.updatedAt.toISOString() ?? null };
}
