import { can, protectReach, type Actor, type ActivityReach } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createActivityRepository } from './repository.js';

/**
 * How reach counts are shown to this reader: exactly to the social team, otherwise by the
 * small-cell rule over all activities of the project (so a filtered page cannot be set against
 * another to find a small count back).
 */
export async function reachView(ctx: AppContext, actor: Actor, projectId: string) {
  const role = await ctx.access.roleIn(actor, projectId);
  const exact = can(actor, 'activities.manage', { kind: 'project', projectId, role });
  const summary = await createActivityRepository(ctx.db).summary(projectId);
  const sums = summary.map((a) => a.reach);
  const shown = exact
    ? {
        perActivity: sums as ActivityReach[],
        total: sums.reduce((s, r) => ({ participants: s.participants! + r.participants, firstTimers: s.firstTimers! + r.firstTimers }), {
          participants: 0,
          firstTimers: 0,
        } as ActivityReach),
      }
    : protectReach(sums);
  const byId = new Map(summary.map((a, i) => [a.id, shown.perActivity[i]!]));
  return { exact, summary, total: shown.total, of: (id: string): ActivityReach => byId.get(id) ?? { participants: 0, firstTimers: 0 } };
}
