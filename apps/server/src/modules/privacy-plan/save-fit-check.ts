import type { Actor, FitCheckInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getFitCheck } from './get-fit-check.js';
import { createPrivacyPlanRepository } from './repository.js';

/** Records the fit check and its decision, by the project leader; the notes are read by the whole project, the contractor too. */
export async function saveFitCheck(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: FitCheckInput }) {
  await ctx.access.require(actor, 'project.update', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const problems = identifyingProblems(['notes'], input.notes, await identifyingChecker(trx, projectId, { team: false }));
    if (problems.length) throw new ValidationError(problems);
    const repository = createPrivacyPlanRepository(trx);
    await repository.saveFitCheck(projectId, input, { userId: actor.userId, name: await repository.displayName(actor.userId) });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'fit_check',
      resourceId: projectId,
      projectId,
      details: { decision: input.decision, decidedOn: input.decidedOn },
    });
  });
  return getFitCheck(ctx, { actor, projectId });
}
