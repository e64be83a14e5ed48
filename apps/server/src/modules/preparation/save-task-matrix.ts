import { phaseKeys, type Actor, type TaskMatrixInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingTextProblems, organisationProblems, refuseProblems } from './check-texts.js';
import { getTaskMatrix } from './get-task-matrix.js';
import { createPreparationRepository } from './repository.js';

/** Replaces the task matrix as a whole; every cell names a partner of the project or nobody. */
export async function saveTaskMatrix(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: TaskMatrixInput }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  refuseProblems([
    ...(await organisationProblems(
      ctx,
      projectId,
      input.rows.flatMap((row, i) => phaseKeys.map((phase) => ({ path: ['rows', i, 'organisationIds', phase], id: row.organisationIds[phase] }))),
    )),
    ...(await identifyingTextProblems(
      ctx,
      projectId,
      input.rows.map((row, i) => ({ path: ['rows', i, 'task'], text: row.task })),
    )),
  ]);
  await ctx.db.transaction().execute(async (trx) => {
    await createPreparationRepository(trx).replaceTaskMatrix(projectId, input);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'task_matrix', projectId, details: { tasks: input.rows.length } });
  });
  return getTaskMatrix(ctx, { actor, projectId });
}
