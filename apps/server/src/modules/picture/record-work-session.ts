import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listWorkSessions } from './list-work-sessions.js';
import { createPictureRepository } from './repository.js';

/** Notes of a work session; like every text about residents they may not identify anyone. */
export async function recordWorkSession(
  ctx: AppContext,
  { actor, projectId, heldOn, notes }: { actor: Actor; projectId: string; heldOn: string; notes: string },
) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const refused = identifyingProblems(['notes'], notes, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createPictureRepository(trx).insertSession(projectId, heldOn, notes, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'work_session', resourceId: id, projectId, details: { heldOn } });
  });
  return listWorkSessions(ctx, { actor, projectId });
}
