import type { ReportBlock } from '@thuis/domain';
import { formatDutchDate } from '../../../platform/i18n/format.js';
import { getSurveyResults } from '../../surveys/get-survey-results.js';
import type { SectionProvider } from './types.js';

/**
 * Survey trends (Wijkwaardenkaart, KTO): per scale question, each round against the first, for the
 * whole project; and the questions shared with the door registration, start against end. The
 * figures are the surveys module's published version (protected there against every earlier one
 * and the picture's, ADR 0002), printed as they are: hidden ones stay hidden.
 */
export const surveyTrendsSection: SectionProvider = async ({ ctx, actor, projectId, locale, t }) => {
  const results = await getSurveyResults(ctx, { actor, projectId });
  if (results.rounds.length === 0) return null;
  const label = (l: { nl: string; en: string }) => (locale === 'en' ? l.en || l.nl : l.nl);
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const hidden = t('finalReportPdf.hidden');
  const count = (n: number | null) => (n === null ? hidden : String(n));
  const rounds = new Map(results.rounds.map((r) => [r.id, r]));
  const roundName = (id: string) => {
    const r = rounds.get(id);
    return r ? `${label(r.title)} (${formatDutchDate(r.opensOn)})` : '';
  };
  const trends: ReportBlock[] = results.questions
    .filter((q) => q.kind === 'scale')
    .flatMap((q) => {
      const series = q.series.find((s) => s.group === 'all') ?? q.series[0];
      if (!series || series.points.length === 0) return [];
      return [
        {
          kind: 'table' as const,
          caption: `${label(q.label)} (${q.min ?? ''}–${q.max ?? ''})`,
          headers: [
            t('finalReportPdf.surveys.round'),
            t('finalReportPdf.surveys.answered'),
            t('finalReportPdf.surveys.mean'),
            t('finalReportPdf.surveys.changeFromFirst'),
          ],
          rows: series.points.map((p, i) => [
            roundName(p.roundId),
            count(p.answered),
            p.mean === null ? hidden : number.format(p.mean),
            // The first round is what the others are measured against.
            i === 0 ? '' : p.changeFromFirst === null ? hidden : change.format(p.changeFromFirst),
          ]),
        },
      ];
    });
  const startEnd: ReportBlock[] = results.startEnd.flatMap((q) => {
    const all = q.groups.find((g) => g.group === 'all') ?? q.groups[0];
    if (!all) return [];
    return [
      {
        kind: 'table' as const,
        caption: t('finalReportPdf.surveys.startEnd', { question: label(q.label) }),
        headers: [t('finalReportPdf.surveys.moment'), t('finalReportPdf.surveys.answered'), t('finalReportPdf.surveys.mean')],
        rows: [
          [t('finalReportPdf.surveys.start'), count(all.start.answered), all.start.mean === null ? hidden : number.format(all.start.mean)],
          ...(all.end ? [[roundName(all.end.roundId), count(all.end.answered), all.end.mean === null ? hidden : number.format(all.end.mean)]] : []),
        ],
      },
    ];
  });
  return {
    key: 'surveys',
    title: t('finalReportPdf.sections.surveys'),
    blocks: [{ kind: 'paragraph', text: t('finalReportPdf.surveys.intro') }, ...trends, ...startEnd],
  };
};
