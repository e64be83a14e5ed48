import type { Actor, ActivityQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { reachView } from './reach-view.js';
import { createActivityRepository } from './repository.js';
import { toActivity } from './to-activity.js';

/** One page of the activity register, filtered by kind, status, theme and building phase. No names of residents are in it. */
export async function listActivities(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: ActivityQuery }) {
  await ctx.access.require(actor, 'activities.read', projectId);
  const [{ rows, total }, reach] = await Promise.all([createActivityRepository(ctx.db).list(projectId, query), reachView(ctx, actor, projectId)]);
  return { activities: rows.map((r) => toActivity(r, reach.of(r.id))), total, page: query.page, pageSize: query.pageSize };
}
