import { createStoryRepository } from '../../stories/repository.js';
import { msg, type SectionProvider } from './types.js';

/** The Most Significant Change stories a selection round chose, with the teller kind (never a name) and each round's reason. */
export const storiesSection: SectionProvider = async ({ ctx, projectId }) => {
  const { rows } = await createStoryRepository(ctx.db).list(projectId, { scope: 'selected', page: 1, pageSize: 200 }, { selectedOnly: true });
  return {
    key: 'stories',
    blocks: rows.length
      ? [
          { kind: 'paragraph', text: msg('finalReportPdf.storiesIntro') },
          ...rows.map((s) => ({
            kind: 'story' as const,
            title: s.storyTitle,
            text: s.storyText,
            why: s.storyWhy,
            teller: msg(`finalReportPdf.tellerKinds.${s.tellerKind}`),
            selections: s.selections.map((sel) => ({
              group: msg(`finalReportPdf.groupKinds.${sel.groupKind}`),
              heldOn: { date: sel.heldOn },
              reason: sel.reason,
            })),
          })),
        ]
      : [{ kind: 'paragraph', text: msg('finalReportPdf.noStories') }],
  };
};
