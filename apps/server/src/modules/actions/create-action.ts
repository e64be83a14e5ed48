import { todayInAmsterdam, type Actor, type ActionInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createSignalRepository } from '../signals/repository.js';
import { actionProblems } from './check-action.js';
import { createActionRepository } from './repository.js';
import { toAction } from './to-action.js';

/** Puts an action on the project's action list, following up a signal or on its own. */
export async function createAction(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: ActionInput }) {
  await ctx.access.require(actor, 'actions.manage', projectId);
  const problems = await actionProblems(ctx.db, projectId, input);
  if (input.signalId && !(await createSignalRepository(ctx.db).find(projectId, input.signalId))) problems.push({ path: ['signalId'], key: 'errors.invalid' });
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await createActionRepository(trx).insert(projectId, input.signalId, input, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'action',
      resourceId: id,
      projectId,
      details: { ownerId: input.ownerId, dueOn: input.dueOn, status: input.status },
    });
    return id;
  });
  return toAction((await createActionRepository(ctx.db).find(projectId, id))!, todayInAmsterdam());
}
