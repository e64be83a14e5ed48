import { activityCounts, can, lineHours, type Actor, type ActivityProgress } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createAddressRepository } from '../addresses/repository.js';
import { createHoursRepository } from '../hours/repository.js';
import { reachView } from './reach-view.js';
import { createActivityRepository } from './repository.js';

/**
 * Progress of phase 4 for the project page: activities by kind and theme, total reach (protected
 * outside the social team), phase-4 hours against the budget (for who may read hours) and which
 * activities will last after the project.
 */
export async function getActivityProgress(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<ActivityProgress> {
  const role = await ctx.access.require(actor, 'activities.read', projectId);
  const activities = createActivityRepository(ctx.db);
  const [reach, themeNames] = await Promise.all([reachView(ctx, actor, projectId), activities.themeNames(projectId)]);
  // Stopped activities are not part of the plan any more; proposals are not yet.
  const counted = reach.summary.filter((a) => a.status !== 'stopped');
  const { byKind, byTheme } = activityCounts(counted);
  const names = new Map(themeNames.map((t) => [t.id, t.name]));
  let hours: ActivityProgress['hours'] = null;
  if (can(actor, 'hours.read', { kind: 'project', projectId, role })) {
    const [lines, addressCount, booked] = await Promise.all([
      createHoursRepository(ctx.db).budget(projectId),
      createAddressRepository(ctx.db).count(projectId),
      activities.connectingHours(projectId),
    ]);
    const budget = lines.filter((l) => l.phase === 'social_connecting').reduce((sum, l) => sum + lineHours(l, addressCount), 0);
    hours = { budget, booked: booked.booked, onActivities: booked.onActivities };
  }
  return {
    byKind,
    byTheme: byTheme
      .map((t) => ({ ...t, themeName: t.themeId ? (names.get(t.themeId) ?? '') : '' }))
      .sort((a, b) => (a.themeId === null ? 1 : b.themeId === null ? -1 : a.themeName.localeCompare(b.themeName, 'nl'))),
    reach: reach.total,
    hours,
    lasting: reach.summary
      .filter((a) => a.lasts && a.status !== 'stopped')
      .map((a) => ({ id: a.id, title: a.title, kind: a.kind, successorOwner: a.successorOwner })),
  };
}
