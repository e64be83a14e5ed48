import type { FigureRelation, ReportCell } from '@thuis/domain';
import { getBeforeAfterReport } from '../../before-after/get-before-after-report.js';
import { createBeforeAfterRepository } from '../../before-after/repository.js';
import { householdChanges } from '@thuis/domain';
import type { SectionProvider } from './types.js';

const measures = ['wellbeing', 'ladder'] as const;

/**
 * Before and after (when the project measures it): the mean change of wellbeing (1–10) and the
 * participation ladder (1–6) per building phase and per age group. The households counted per group
 * join the report's figures, so they are protected with the rest and against earlier published
 * versions; a mean is printed only where its count is. Never a household.
 */
export const beforeAfterSection: SectionProvider = async ({ ctx, actor, projectId, locale, t }) => {
  const report = await getBeforeAfterReport(ctx, { actor, projectId, locale });
  if (!report.enabled) return null;
  const rows = await createBeforeAfterRepository(ctx.db).measurementsWithGroups(projectId);
  const changes = householdChanges(rows);
  const groupsOf = new Map(rows.map((r) => [r.householdKey, { phase: r.buildingPhaseId, age: r.ageGroup }]));
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const values: Record<string, number> = {};
  const relations: FigureRelation[] = [];
  const internal: string[] = [];
  const blocks = (['phase', 'age'] as const).map((grouping) => {
    const table = grouping === 'phase' ? report.byBuildingPhase : report.byAgeGroup;
    const keys = table.rows.map((r) => r.key);
    for (const measure of measures) {
      const key = (group: string) => `beforeAfter:${grouping}:${measure}:${group}`;
      const counted = changes.filter((c) => c[measure] !== null);
      for (const g of keys) values[key(g)] = counted.filter((c) => groupsOf.get(c.householdKey)?.[grouping] === g).length;
      // Households in no group count in the total only: a member that is never printed.
      values[key('none')] = counted.filter((c) => !keys.includes(groupsOf.get(c.householdKey)?.[grouping] ?? '')).length;
      values[key('total')] = counted.length;
      internal.push(key('none'));
      relations.push({ members: [...keys.map(key), key('none')], total: key('total') });
    }
    const cells = (group: string, figures: { wellbeing: { meanChange: number | null }; ladder: { meanChange: number | null } }): ReportCell[] =>
      measures.flatMap((m) => {
        const count = `beforeAfter:${grouping}:${m}:${group}`;
        const mean = figures[m].meanChange;
        return [{ figure: count }, mean === null ? t('finalReportPdf.hidden') : { when: count, text: number.format(mean) }];
      });
    return {
      kind: 'table' as const,
      caption: t(`finalReportPdf.beforeAfter.${grouping}`),
      headers: [
        t('finalReportPdf.group'),
        t('finalReportPdf.beforeAfter.households'),
        t('finalReportPdf.beforeAfter.wellbeing'),
        t('finalReportPdf.beforeAfter.households'),
        t('finalReportPdf.beforeAfter.ladder'),
      ],
      rows: [...table.rows.map((r) => [r.label, ...cells(r.key, r)]), [t('finalReportPdf.total'), ...cells('total', table.total)]],
    };
  });
  return {
    key: 'beforeAfter',
    title: t('finalReportPdf.sections.beforeAfter'),
    blocks: [{ kind: 'paragraph', text: t('finalReportPdf.beforeAfter.intro') }, ...blocks],
    figures: { values, relations, internal },
  };
};
