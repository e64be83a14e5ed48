import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPictureRepository } from './repository.js';

/** Removes a theme; the statements coded with it keep their other themes. */
export async function deleteTheme(ctx: AppContext, { actor, projectId, themeId }: { actor: Actor; projectId: string; themeId: string }) {
  await ctx.access.require(actor, 'picture.work', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPictureRepository(trx).deleteTheme(projectId, themeId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'theme', resourceId: themeId, projectId });
  });
  return { ok: true as const };
}
