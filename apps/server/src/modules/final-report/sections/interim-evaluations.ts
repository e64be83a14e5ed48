import { formatDutchDate } from '../../../platform/i18n/format.js';
import { createInterimEvaluationRepository } from '../../interim-evaluations/repository.js';
import type { SectionProvider } from './types.js';

/**
 * The interim evaluations (end of a phase, per building phase, yearly): what went well, bottlenecks,
 * the collaboration, the adjustments agreed and who took part (as numbers, never names). Their texts
 * passed the identifying-details check when they were written.
 */
export const interimEvaluationsSection: SectionProvider = async ({ ctx, projectId, t }) => {
  const { rows } = await createInterimEvaluationRepository(ctx.db).list(projectId, { page: 1, pageSize: 200 });
  const ordered = [...rows].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const title = (r: (typeof rows)[number]) =>
    r.kind === 'phase_end'
      ? t('finalReportPdf.interim.phaseEnd', { phase: r.phase ? t(`phases.${r.phase}`) : '' })
      : r.kind === 'building_phase'
        ? t('finalReportPdf.interim.buildingPhase', { name: r.buildingPhaseName ?? '' })
        : t('finalReportPdf.interim.yearly', { year: r.year ?? '' });
  const rating = (label: string, value: string | null) => (value ? `${label}: ${t(`finalReportPdf.interim.ratings.${value}`)}` : '');
  return {
    key: 'interim',
    title: t('finalReportPdf.sections.interim'),
    blocks: ordered.length
      ? ordered.map((r) => ({
          kind: 'entry' as const,
          title: `${title(r)} (${formatDutchDate(r.heldOn)})`,
          lines: [
            { label: t('finalReportPdf.interim.wentWell'), text: r.wentWell },
            { label: t('finalReportPdf.interim.bottlenecks'), text: r.bottlenecks },
            {
              label: t('finalReportPdf.interim.collaboration'),
              text: [
                rating(t('finalReportPdf.interim.corporationContractor'), r.corporationContractor),
                rating(t('finalReportPdf.interim.corporationWelfare'), r.corporationWelfare),
                rating(t('finalReportPdf.interim.contractorWelfare'), r.contractorWelfare),
                r.collaborationNote,
              ]
                .filter(Boolean)
                .join('. '),
            },
            { label: t('finalReportPdf.interim.adjustments'), text: r.adjustments.map((a) => `${a.title} (${t(`actionStatuses.${a.status}`)})`).join('; ') },
            {
              label: t('finalReportPdf.interim.tookPart'),
              text: t('finalReportPdf.interim.participants', { team: r.participants.length, residents: r.residentGroupPresent }),
            },
          ].filter((line) => line.text),
        }))
      : [{ kind: 'paragraph', text: t('finalReportPdf.interim.none') }],
  };
};
