import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createSurveyRepository } from './repository.js';

/** The raw responses of a round (the social team). They name no household, so no audit entry: nothing personal is read. */
export async function listSurveyResponses(ctx: AppContext, { actor, projectId, roundId }: { actor: Actor; projectId: string; roundId: string }) {
  await ctx.access.require(actor, 'surveys.responses.read', projectId);
  const surveys = createSurveyRepository(ctx.db);
  if (!(await surveys.round(projectId, roundId))) throw new NotFoundError();
  return { responses: await surveys.responses(roundId) };
}
