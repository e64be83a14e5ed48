import { proposeTop, themeBreakdownKeys, themeFrequencies, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/** The themes with how often they occur and who says them, the top 5 lists and a proposal for them. */
export async function getThemeBoard(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const picture = createPictureRepository(ctx.db);
  const [themes, codings, answers, topLists] = await Promise.all([
    picture.themes(projectId),
    picture.codings(projectId),
    picture.answersOf(projectId, themeBreakdownKeys),
    picture.topLists(projectId),
  ]);
  const frequencies = themeFrequencies(
    themes.map((t) => t.id),
    codings,
    (id) => answers.get(id),
    themeBreakdownKeys,
  );
  return {
    themes: themes.map((t, i) => ({ ...t, ...frequencies[i]!, id: t.id })),
    topLists,
    proposals: { promising: proposeTop(themes, frequencies, 'promising'), concern: proposeTop(themes, frequencies, 'concern') },
  };
}
