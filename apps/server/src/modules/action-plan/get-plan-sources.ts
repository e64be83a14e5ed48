import type { Actor, PlanSources } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createActionPlanRepository } from './repository.js';

/**
 * What a goal can be linked to: the top 5 themes, the outcomes of the conversations about the
 * picture and the activities of the register. All passed the identifying-details check when written, so the resident project group
 * may choose from them too.
 */
export async function getPlanSources(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<PlanSources> {
  await ctx.access.require(actor, 'actionPlan.propose', projectId);
  const repository = createActionPlanRepository(ctx.db);
  const [{ top }, outcomes, activities] = await Promise.all([
    repository.topThemes(projectId),
    repository.outcomes(projectId),
    repository.registerActivities(projectId),
  ]);
  return { themes: top.map((t) => ({ id: t.id, name: t.name, valence: t.valence })), outcomes, activities };
}
