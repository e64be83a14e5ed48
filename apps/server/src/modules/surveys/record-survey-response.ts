import { checkSurveyAnswers, type Actor, type SurveyAnswers } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createSurveyRepository } from './repository.js';

/**
 * An answer given on the team's tablet. Stored without the household, the visit, the user or the
 * caller's address: only the round, the building phase, the answers and the day.
 */
export async function recordSurveyResponse(
  ctx: AppContext,
  {
    actor,
    projectId,
    roundId,
    answers,
    buildingPhaseId,
  }: { actor: Actor; projectId: string; roundId: string; answers: SurveyAnswers; buildingPhaseId: string | null },
) {
  await ctx.access.require(actor, 'surveys.respond', projectId);
  const surveys = createSurveyRepository(ctx.db);
  const round = await surveys.round(projectId, roundId);
  if (!round) throw new NotFoundError();
  const problems = checkSurveyAnswers(round.definition, answers).map((p) => ({ ...p, path: ['answers', ...p.path] }));
  // A round for one building phase keeps its phase; a round for the whole project may say which.
  const phase = round.buildingPhaseId ?? buildingPhaseId;
  if (!round.buildingPhaseId && buildingPhaseId && !(await surveys.phaseInProject(projectId, buildingPhaseId)))
    problems.push({ path: ['buildingPhaseId'], key: 'errors.choice' });
  if (problems.length) throw new ValidationError(problems);
  if (!round.open) throw new ConflictError('errors.surveyRoundClosed');
  await surveys.addResponse({ roundId, buildingPhaseId: phase, channel: 'tablet', answers });
  return { ok: true as const };
}
