import type { Actor, SurveyRound, SurveyRoundInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createSurveyRepository } from './repository.js';
import { toRound } from './to-round.js';

/** A round: a survey version, a building phase (or the whole project) and a period. */
export async function createSurveyRound(
  ctx: AppContext,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: SurveyRoundInput },
): Promise<SurveyRound> {
  await ctx.access.require(actor, 'surveys.manage', projectId);
  const surveys = createSurveyRepository(ctx.db);
  const problems = [];
  if (!(await surveys.versionById(projectId, input.surveyVersionId))) problems.push({ path: ['surveyVersionId'], key: 'errors.choice' });
  if (input.buildingPhaseId && !(await surveys.phaseInProject(projectId, input.buildingPhaseId)))
    problems.push({ path: ['buildingPhaseId'], key: 'errors.choice' });
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const roundId = await createSurveyRepository(trx).addRound({ projectId, ...input, userId: actor.userId });
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'survey_round', resourceId: roundId, projectId });
    return roundId;
  });
  return toRound((await surveys.round(projectId, id))!, true);
}
