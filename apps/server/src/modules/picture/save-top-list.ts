import type { Actor, ThemeValence } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createPictureRepository } from './repository.js';

/** The team's top 5 of promising themes or of concerns, in its order; only themes of that kind. */
export async function saveTopList(
  ctx: AppContext,
  { actor, projectId, valence, themeIds }: { actor: Actor; projectId: string; valence: ThemeValence; themeIds: string[] },
) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const picture = createPictureRepository(ctx.db);
  const themes = new Map((await picture.themes(projectId)).map((t) => [t.id, t]));
  const problems: FieldProblem[] = [];
  themeIds.forEach((id, i) => {
    if (themes.get(id)?.valence !== valence) problems.push({ path: ['themeIds', i], key: 'errors.invalid' });
    else if (themeIds.indexOf(id) !== i) problems.push({ path: ['themeIds', i], key: 'errors.duplicate' });
  });
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    await createPictureRepository(trx).saveTopList(projectId, valence, themeIds, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'theme_top_list',
      projectId,
      details: { valence, themes: themeIds.length },
    });
  });
  return picture.topLists(projectId);
}
