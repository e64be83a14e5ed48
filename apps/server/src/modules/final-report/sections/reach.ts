import type { FigureRelation, ReportCell, ReportText } from '@thuis/domain';
import { createGroupingRepository } from '../../groupings/repository.js';
import { groupRows } from '../../visits/get-visit-progress.js';
import { createVisitRepository } from '../../visits/repository.js';
import { msg, type SectionProvider } from './types.js';

/** Reach: homes, homes visited and households spoken with (and their share), per building phase and in all. */
export const reachSection: SectionProvider = async ({ ctx, projectId }) => {
  const visits = createVisitRepository(ctx.db);
  const [whole, perPhase, phases] = await Promise.all([
    visits.progress(projectId, null),
    visits.progress(projectId, 'building_phase_id'),
    createGroupingRepository(ctx.db).buildingPhases(projectId),
  ]);
  const names = new Map(phases.map((p) => [p.id, p.name]));
  const groups = groupRows(perPhase).map((g) => ({ id: g.groupId ?? 'none', name: g.groupId ? (names.get(g.groupId) ?? '') : msg('visits.noGroup'), ...g }));
  const total = whole[0] ?? { homes: 0, visited: 0, withConversation: 0 };
  const values: Record<string, number> = {};
  const measures = ['homes', 'visited', 'spoken'] as const;
  const put = (id: string, r: { homes: number; visited: number; withConversation: number }) => {
    values[`reach:homes:${id}`] = r.homes;
    values[`reach:visited:${id}`] = r.visited;
    values[`reach:spoken:${id}`] = r.withConversation;
  };
  put('total', total);
  groups.forEach((g) => put(g.id, g));
  const relations: FigureRelation[] = groups.length
    ? measures.map((m) => ({ members: groups.map((g) => `reach:${m}:${g.id}`), total: `reach:${m}:total` }))
    : [];
  const row = (id: string, name: ReportText): ReportCell[] => [
    name,
    { figure: `reach:homes:${id}` },
    { figure: `reach:visited:${id}`, of: `reach:homes:${id}` },
    { figure: `reach:spoken:${id}`, of: `reach:homes:${id}` },
  ];
  return {
    key: 'reach',
    blocks: [
      { kind: 'paragraph', text: msg('finalReportPdf.reachIntro') },
      {
        kind: 'table',
        caption: msg('finalReportPdf.reachCaption'),
        headers: [msg('finalReportPdf.group'), msg('finalReportPdf.homes'), msg('finalReportPdf.visited'), msg('finalReportPdf.spokenTo')],
        rows: [...groups.map((g) => row(g.id, g.name)), row('total', msg('visits.projectTotal'))],
      },
    ],
    figures: { values, relations },
  };
};
