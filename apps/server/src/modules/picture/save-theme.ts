import type { Actor, ThemeInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getThemeBoard } from './get-theme-board.js';
import { createPictureRepository } from './repository.js';

/** Adds a theme in a work session, or changes one when `themeId` is given. Its name and description are printed in the report as written. */
export async function saveTheme(
  ctx: AppContext,
  { actor, projectId, themeId, input }: { actor: Actor; projectId: string; themeId?: string; input: ThemeInput },
) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = [...identifyingProblems(['name'], input.name, checker), ...identifyingProblems(['description'], input.description, checker)];
  if (refused.length) throw new ValidationError(refused);
  const savedId = await ctx.db.transaction().execute(async (trx) => {
    const picture = createPictureRepository(trx);
    if (await picture.themeNameTaken(projectId, input.name, themeId)) throw new ValidationError([{ path: ['name'], key: 'errors.nameTaken' }]);
    const id = themeId ?? (await picture.insertTheme(projectId, input, actor.userId));
    if (themeId && !(await picture.updateTheme(projectId, themeId, input))) throw new NotFoundError();
    // A promising theme that became a concern (or the other way round) leaves the other top 5.
    if (themeId) await picture.keepInOwnTopList(projectId, themeId, input.valence);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: themeId ? 'update' : 'create',
      resourceType: 'theme',
      resourceId: id,
      projectId,
      details: { conditions: input.conditions, valence: input.valence },
    });
    return id;
  });
  return (await getThemeBoard(ctx, { actor, projectId })).themes.find((t) => t.id === savedId)!;
}
