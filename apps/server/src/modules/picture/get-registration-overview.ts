import { summariseCounts, type Actor, type OverviewQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/**
 * Step 1 of the picture of the neighbourhood: every closed question and card counted, and how many
 * texts each category holds. Only figures: no registration or household is in it (like the theme
 * board), so the read is not audited; the texts themselves page apart (list-pooled-texts).
 */
export async function getRegistrationOverview(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: OverviewQuery }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const picture = createPictureRepository(ctx.db);
  const [forms, counts] = await Promise.all([picture.forms(projectId), picture.answerCounts(projectId, query)]);
  return summariseCounts(forms, counts);
}
