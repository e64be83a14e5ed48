import type { ReportText } from '@thuis/domain';
import { createInterimEvaluationRepository } from '../../interim-evaluations/repository.js';
import { msg, type SectionProvider } from './types.js';

/** Texts in a row with a separator between them; '' when there are none. */
const joined = (texts: ReportText[], separator: string): ReportText =>
  texts.length ? { join: texts.flatMap((text, i) => (i ? [separator, text] : [text])) } : '';

/**
 * The interim evaluations (end of a phase, per building phase, yearly): what went well, bottlenecks,
 * the collaboration, the adjustments agreed and who took part (as numbers, never names). Their texts
 * passed the identifying-details check when they were written.
 */
export const interimEvaluationsSection: SectionProvider = async ({ ctx, projectId }) => {
  const { rows } = await createInterimEvaluationRepository(ctx.db).list(projectId, { page: 1, pageSize: 200 });
  const ordered = [...rows].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const title = (r: (typeof rows)[number]): ReportText =>
    r.kind === 'phase_end'
      ? msg('finalReportPdf.interim.phaseEnd', { phase: r.phase ? msg(`phases.${r.phase}`) : '' })
      : r.kind === 'building_phase'
        ? msg('finalReportPdf.interim.buildingPhase', { name: r.buildingPhaseName ?? '' })
        : msg('finalReportPdf.interim.yearly', { year: r.year ?? '' });
  const rating = (label: ReportText, value: string | null): ReportText[] =>
    value ? [{ join: [label, ': ', msg(`finalReportPdf.interim.ratings.${value}`)] }] : [];
  return {
    key: 'interim',
    blocks: ordered.length
      ? ordered.map((r) => ({
          kind: 'entry' as const,
          title: { join: [title(r), ' (', { date: r.heldOn }, ')'] },
          lines: [
            { label: msg('finalReportPdf.interim.wentWell'), text: r.wentWell },
            { label: msg('finalReportPdf.interim.bottlenecks'), text: r.bottlenecks },
            {
              label: msg('finalReportPdf.interim.collaboration'),
              text: joined(
                [
                  ...rating(msg('finalReportPdf.interim.corporationContractor'), r.corporationContractor),
                  ...rating(msg('finalReportPdf.interim.corporationWelfare'), r.corporationWelfare),
                  ...rating(msg('finalReportPdf.interim.contractorWelfare'), r.contractorWelfare),
                  ...(r.collaborationNote ? [r.collaborationNote] : []),
                ],
                '. ',
              ),
            },
            {
              label: msg('finalReportPdf.interim.adjustments'),
              text: joined(
                r.adjustments.map((a) => ({ join: [a.title, ' (', msg(`actionStatuses.${a.status}`), ')'] })),
                '; ',
              ),
            },
            {
              label: msg('finalReportPdf.interim.tookPart'),
              text: msg('finalReportPdf.interim.participants', { team: r.participants.length, residents: r.residentGroupPresent }),
            },
          ].filter((line) => line.text !== ''),
        }))
      : [{ kind: 'paragraph', text: msg('finalReportPdf.interim.none') }],
  };
};
