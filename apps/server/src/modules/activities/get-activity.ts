import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { reachView } from './reach-view.js';
import { createActivityRepository } from './repository.js';
import { toActivity } from './to-activity.js';

/** One activity; its reach per occasion only for the social team (outside it, the protected sum). */
export async function getActivity(ctx: AppContext, { actor, projectId, activityId }: { actor: Actor; projectId: string; activityId: string }) {
  await ctx.access.require(actor, 'activities.read', projectId);
  const activities = createActivityRepository(ctx.db);
  const row = await activities.find(projectId, activityId);
  if (!row) throw new NotFoundError();
  const reach = await reachView(ctx, actor, projectId);
  const reachEntries = reach.exact ? await activities.reachEntries(activityId) : [];
  return { activity: toActivity(row, reach.of(activityId)), reachEntries };
}
