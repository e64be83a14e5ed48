import type { ReportBlock } from '@thuis/domain';
import { getThemeBoard } from '../../picture/get-theme-board.js';
import { msg, type SectionProvider } from './types.js';

/** The top 5 lists of the picture (what is promising, what residents worry about), with how many households raised each theme. */
export const themesSection: SectionProvider = async ({ ctx, actor, projectId }) => {
  const board = await getThemeBoard(ctx, { actor, projectId });
  const byId = new Map(board.themes.map((th) => [th.id, th]));
  const values: Record<string, number> = {};
  const table = (list: 'promising' | 'concern'): ReportBlock => ({
    kind: 'table',
    caption: msg(`finalReportPdf.top.${list}`),
    headers: ['#', msg('finalReportPdf.theme'), msg('finalReportPdf.households')],
    rows: board.topLists[list].flatMap((id, i) => {
      const theme = byId.get(id);
      if (!theme) return [];
      values[`themes:${id}`] = theme.households;
      return [[String(i + 1), theme.name, { figure: `themes:${id}` }]];
    }),
  });
  const blocks = [table('promising'), table('concern')];
  return {
    key: 'themes',
    blocks: [{ kind: 'paragraph', text: msg('finalReportPdf.themesIntro', { count: board.themes.length }) }, ...blocks],
    // Themes nobody raised say as much as a small count.
    figures: { values, relations: [], zeroIsSmall: Object.keys(values) },
  };
};
