import { can, protectStoryComparison, type Actor, type ComparisonRound, type StoryComparison } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createStoryRepository } from './repository.js';

/**
 * Which kinds of tellers told stories on which themes, and whose stories each kind of group selected: exact for the
 * social team, under the small-cell rule for everyone else (the project, the resident group, policy).
 * Always over the whole project, so no filter can be set against another. What readers outside the
 * social team were shown is recorded (ADR 0002: the true figures and what was hidden, server-side
 * only) and every new reading is protected against the earlier ones, so reading it before and after
 * a story is added gives nothing away by subtraction. Worked out outside the transaction; under the
 * project's lock it is only checked that nobody recorded a reading meanwhile, else worked out again.
 */
export async function getComparison(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<StoryComparison> {
  const role = await ctx.access.require(actor, 'stories.compare', projectId);
  const exact = can(actor, 'stories.read', { kind: 'project', projectId, role });
  const stories = createStoryRepository(ctx.db);
  for (;;) {
    const [told, themes, selections, earlier] = await Promise.all([
      stories.comparisonStories(projectId),
      stories.storyThemes(projectId),
      stories.selections(projectId),
      exact ? Promise.resolve([]) : stories.comparisonReadings(projectId),
    ]);
    const rounds = new Map<string, ComparisonRound & { selected: ComparisonRound['selected'][number][] }>();
    for (const s of selections) {
      const round = rounds.get(s.roundId) ?? { groupKind: s.groupKind, selected: [] };
      round.selected.push({ storyId: s.storyId, tellerKind: s.tellerKind });
      rounds.set(s.roundId, round);
    }
    const { comparison, reading, changed } = protectStoryComparison(told, [...rounds.values()], exact, themes, { earlier });
    // The social team's exact reading, and a reading unchanged since the last one, record nothing.
    if (!reading || !changed) return comparison;
    const kept = await ctx.db.transaction().execute(async (trx) => {
      const locked = createStoryRepository(trx);
      await locked.lockComparisonReadings(projectId);
      if ((await locked.comparisonReadingCount(projectId)) !== earlier.length) return false;
      await locked.recordComparisonReading(projectId, reading);
      return true;
    });
    if (kept) return comparison;
  }
}
