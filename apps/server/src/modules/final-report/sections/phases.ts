import { formatDutchDate } from '../../../platform/i18n/format.js';
import { createProjectRepository } from '../../projects/repository.js';
import type { SectionProvider } from './types.js';

/** The project's phases with their planned and actual dates and status. */
export const phasesSection: SectionProvider = async ({ ctx, projectId, t }) => {
  const phases = await createProjectRepository(ctx.db).phasesOf([projectId]);
  const range = (start: string | null, end: string | null) => (start || end ? `${formatDutchDate(start) || '…'} – ${formatDutchDate(end) || '…'}` : '–');
  return {
    key: 'phases',
    title: t('finalReportPdf.sections.phases'),
    blocks: [
      {
        kind: 'table',
        caption: t('finalReportPdf.phasesCaption'),
        headers: [t('finalReportPdf.phase'), t('finalReportPdf.planned'), t('finalReportPdf.actual'), t('finalReportPdf.status')],
        rows: phases.map((p) => [
          t(`phases.${p.phase}`),
          range(p.plannedStart, p.plannedEnd),
          range(p.actualStart, p.actualEnd),
          t(`phaseStatuses.${p.status}`),
        ]),
      },
    ],
  };
};
