import type { Actor, JointGoalsInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingTextProblems, refuseProblems } from './check-texts.js';
import { listJointGoals } from './list-joint-goals.js';
import { createPreparationRepository } from './repository.js';

/** Saves the list of joint goals as a whole: a goal left out is removed with its reviews. */
export async function saveJointGoals(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: JointGoalsInput }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  const known = await createPreparationRepository(ctx.db).goalIds(projectId);
  refuseProblems([
    ...input.goals.flatMap((g, i) => (g.id && !known.has(g.id) ? [{ path: ['goals', i, 'id'], key: 'errors.invalid' }] : [])),
    ...(await identifyingTextProblems(
      ctx,
      projectId,
      input.goals.flatMap((g, i) => [
        { path: ['goals', i, 'title'], text: g.title },
        { path: ['goals', i, 'description'], text: g.description },
        { path: ['goals', i, 'indicator'], text: g.indicator },
      ]),
    )),
  ]);
  await ctx.db.transaction().execute(async (trx) => {
    await createPreparationRepository(trx).replaceGoals(projectId, input);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'joint_goals', projectId, details: { goals: input.goals.length } });
  });
  return listJointGoals(ctx, { actor, projectId });
}
