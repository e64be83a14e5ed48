import { todayInAmsterdam, type Actor, type ActionUpdate } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { actionProblems } from './check-action.js';
import { createActionRepository } from './repository.js';
import { toAction } from './to-action.js';

/** Changes an action: owner, due date, status (the board moves it), title or note. */
export async function updateAction(
  ctx: AppContext,
  { actor, projectId, actionId, input }: { actor: Actor; projectId: string; actionId: string; input: ActionUpdate },
) {
  await ctx.access.require(actor, 'actions.manage', projectId);
  if (!(await createActionRepository(ctx.db).find(projectId, actionId))) throw new NotFoundError();
  const problems = await actionProblems(ctx.db, projectId, input);
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    await createActionRepository(trx).update(projectId, actionId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'action',
      resourceId: actionId,
      projectId,
      details: { ownerId: input.ownerId, dueOn: input.dueOn, status: input.status },
    });
  });
  return toAction((await createActionRepository(ctx.db).find(projectId, actionId))!, todayInAmsterdam());
}
