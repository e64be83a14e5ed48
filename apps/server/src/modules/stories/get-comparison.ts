import { can, showStoryComparison, type Actor, type ComparisonRound, type StoryComparison } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createStoryRepository } from './repository.js';

/**
 * Which kinds of tellers told stories on which themes, and whose stories each kind of group selected: exact for the
 * social team, under the small-cell rule for everyone else (the project, the resident group, policy).
 * Always over the whole project, so no filter can be set against another.
 */
export async function getComparison(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<StoryComparison> {
  const role = await ctx.access.require(actor, 'stories.compare', projectId);
  const exact = can(actor, 'stories.read', { kind: 'project', projectId, role });
  const stories = createStoryRepository(ctx.db);
  const [told, themes, selections] = await Promise.all([stories.comparisonStories(projectId), stories.storyThemes(projectId), stories.selections(projectId)]);
  const rounds = new Map<string, ComparisonRound & { selected: ComparisonRound['selected'][number][] }>();
  for (const s of selections) {
    const round = rounds.get(s.roundId) ?? { groupKind: s.groupKind, selected: [] };
    round.selected.push({ storyId: s.storyId, tellerKind: s.tellerKind });
    rounds.set(s.roundId, round);
  }
  return showStoryComparison(told, [...rounds.values()], exact, themes);
}
