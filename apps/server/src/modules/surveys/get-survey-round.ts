import type { Actor, SurveyRoundDetail } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createSurveyRepository } from './repository.js';
import { toRound } from './to-round.js';

/** A round with its questions, for the team's tablet. */
export async function getSurveyRound(
  ctx: AppContext,
  { actor, projectId, roundId }: { actor: Actor; projectId: string; roundId: string },
): Promise<SurveyRoundDetail> {
  await ctx.access.require(actor, 'surveys.respond', projectId);
  const round = await createSurveyRepository(ctx.db).round(projectId, roundId);
  if (!round) throw new NotFoundError();
  return { ...toRound(round, true), definition: round.definition };
}
