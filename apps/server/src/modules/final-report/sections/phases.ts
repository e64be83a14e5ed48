import type { ReportText } from '@thuis/domain';
import { createProjectRepository } from '../../projects/repository.js';
import { msg, type SectionProvider } from './types.js';

/** The project's phases with their planned and actual dates and status. */
export const phasesSection: SectionProvider = async ({ ctx, projectId }) => {
  const phases = await createProjectRepository(ctx.db).phasesOf([projectId]);
  const range = (start: string | null, end: string | null): ReportText =>
    start || end ? { join: [start ? { date: start } : '…', ' – ', end ? { date: end } : '…'] } : '–';
  return {
    key: 'phases',
    blocks: [
      {
        kind: 'table',
        caption: msg('finalReportPdf.phasesCaption'),
        headers: [msg('finalReportPdf.phase'), msg('finalReportPdf.planned'), msg('finalReportPdf.actual'), msg('finalReportPdf.status')],
        rows: phases.map((p) => [
          msg(`phases.${p.phase}`),
          range(p.plannedStart, p.plannedEnd),
          range(p.actualStart, p.actualEnd),
          msg(`phaseStatuses.${p.status}`),
        ]),
      },
    ],
  };
};
