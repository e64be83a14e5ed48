import type { Actor, BeforeAfterSettings } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createBeforeAfterRepository } from './repository.js';

/** Whether the project measures before and after per household (off unless the project leader turns it on). */
export async function getBeforeAfterSettings(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<BeforeAfterSettings> {
  await ctx.access.require(actor, 'evaluations.read', projectId);
  return { enabled: await createBeforeAfterRepository(ctx.db).enabled(projectId) };
}

/** Turns before-and-after measuring on or off for the project (a project setting). */
export async function saveBeforeAfterSettings(
  ctx: AppContext,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: BeforeAfterSettings },
): Promise<BeforeAfterSettings> {
  await ctx.access.require(actor, 'project.update', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    await createBeforeAfterRepository(trx).saveEnabled(projectId, input.enabled, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'before_after_settings',
      resourceId: projectId,
      projectId,
      details: { enabled: input.enabled },
    });
  });
  return { enabled: input.enabled };
}
