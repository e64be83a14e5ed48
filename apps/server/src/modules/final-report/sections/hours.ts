import { getHours } from '../../hours/get-hours.js';
import type { SectionProvider } from './types.js';

/** Hours booked against the appendix-2 budget, per phase. Hours are not people: no small-cell rule applies. */
export const hoursSection: SectionProvider = async ({ ctx, actor, projectId, locale, t }) => {
  const { phases } = await getHours(ctx, { actor, projectId });
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const budget = phases.reduce((sum, p) => sum + p.budget, 0);
  const actual = phases.reduce((sum, p) => sum + p.actual, 0);
  const row = (name: string, b: number, a: number) => [name, number.format(b), number.format(a), number.format(Math.round((a - b) * 100) / 100)];
  return {
    key: 'hours',
    title: t('finalReportPdf.sections.hours'),
    blocks: [
      {
        kind: 'table',
        caption: t('finalReportPdf.hoursCaption'),
        headers: [t('finalReportPdf.phase'), t('finalReportPdf.budget'), t('finalReportPdf.booked'), t('finalReportPdf.difference')],
        rows: [...phases.map((p) => row(t(`phases.${p.phase}`), p.budget, p.actual)), row(t('finalReportPdf.total'), budget, actual)],
      },
    ],
  };
};
