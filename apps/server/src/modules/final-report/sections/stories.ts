import { formatDutchDate } from '../../../platform/i18n/format.js';
import { createStoryRepository } from '../../stories/repository.js';
import type { SectionProvider } from './types.js';

/** The Most Significant Change stories a selection round chose, with the teller kind (never a name) and each round's reason. */
export const storiesSection: SectionProvider = async ({ ctx, projectId, t }) => {
  const { rows } = await createStoryRepository(ctx.db).list(projectId, { scope: 'selected', page: 1, pageSize: 200 }, { selectedOnly: true });
  return {
    key: 'stories',
    title: t('finalReportPdf.sections.stories'),
    blocks: rows.length
      ? [
          { kind: 'paragraph', text: t('finalReportPdf.storiesIntro') },
          ...rows.map((s) => ({
            kind: 'story' as const,
            title: s.storyTitle,
            text: s.storyText,
            why: s.storyWhy,
            teller: t(`finalReportPdf.tellerKinds.${s.tellerKind}`),
            selections: s.selections.map((sel) => ({
              group: t(`finalReportPdf.groupKinds.${sel.groupKind}`),
              heldOn: formatDutchDate(sel.heldOn),
              reason: sel.reason,
            })),
          })),
        ]
      : [{ kind: 'paragraph', text: t('finalReportPdf.noStories') }],
  };
};
