import type { ReportText } from '@thuis/domain';
import { getHours } from '../../hours/get-hours.js';
import { msg, type SectionProvider } from './types.js';

/** Hours booked against the appendix-2 budget, per phase. Hours are not people: no small-cell rule applies. */
export const hoursSection: SectionProvider = async ({ ctx, actor, projectId }) => {
  const { phases } = await getHours(ctx, { actor, projectId });
  const budget = phases.reduce((sum, p) => sum + p.budget, 0);
  const actual = phases.reduce((sum, p) => sum + p.actual, 0);
  const hours = (n: number): ReportText => ({ number: n, style: 'hours' });
  const row = (name: ReportText, b: number, a: number) => [name, hours(b), hours(a), hours(Math.round((a - b) * 100) / 100)];
  return {
    key: 'hours',
    blocks: [
      {
        kind: 'table',
        caption: msg('finalReportPdf.hoursCaption'),
        headers: [msg('finalReportPdf.phase'), msg('finalReportPdf.budget'), msg('finalReportPdf.booked'), msg('finalReportPdf.difference')],
        rows: [...phases.map((p) => row(msg(`phases.${p.phase}`), p.budget, p.actual)), row(msg('finalReportPdf.total'), budget, actual)],
      },
    ],
  };
};
