import { defaultFormDefinition, householdChanges, type FigureRelation, type ReportCell, type ReportText } from '@thuis/domain';
import { getBeforeAfterReport } from '../../before-after/get-before-after-report.js';
import { createBeforeAfterRepository } from '../../before-after/repository.js';
import { msg, type SectionProvider } from './types.js';

const measures = ['wellbeing', 'ladder'] as const;

/**
 * Before and after (when the project measures it): the mean change of wellbeing (1–10) and the
 * participation ladder (1–6) per building phase and per age group. The households counted per group
 * join the report's figures, so they are protected with the rest and against earlier published
 * versions; a mean is printed only where its count is. Never a household.
 */
export const beforeAfterSection: SectionProvider = async ({ ctx, actor, projectId }) => {
  const report = await getBeforeAfterReport(ctx, { actor, projectId, locale: 'nl' });
  if (!report.enabled) return null;
  const rows = await createBeforeAfterRepository(ctx.db).measurementsWithGroups(projectId);
  const changes = householdChanges(rows);
  const groupsOf = new Map(rows.map((r) => [r.householdKey, { phase: r.buildingPhaseId, age: r.ageGroup }]));
  // Age groups in both languages (the form's options); building phases by their name.
  const ageQuestion = defaultFormDefinition().questions.find((q) => q.key === 'age_group');
  const ageLabels = new Map(
    ageQuestion && ageQuestion.kind === 'choice' ? ageQuestion.options.map((o) => [o.key, { nl: o.label.nl, en: o.label.en || o.label.nl }] as const) : [],
  );
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
        return [{ figure: count }, mean === null ? msg('finalReportPdf.hidden') : { when: count, text: { number: mean, style: 'signed1' as const } }];
      });
    const label = (r: { key: string; label: string }): ReportText => (grouping === 'age' ? (ageLabels.get(r.key) ?? r.label) : r.label);
    return {
      kind: 'table' as const,
      caption: msg(`finalReportPdf.beforeAfter.${grouping}`),
      headers: [
        msg('finalReportPdf.group'),
        msg('finalReportPdf.beforeAfter.households'),
        msg('finalReportPdf.beforeAfter.wellbeing'),
        msg('finalReportPdf.beforeAfter.households'),
        msg('finalReportPdf.beforeAfter.ladder'),
      ],
      rows: [...table.rows.map((r) => [label(r), ...cells(r.key, r)]), [msg('finalReportPdf.total'), ...cells('total', table.total)]],
    };
  });
  return {
    key: 'beforeAfter',
    blocks: [{ kind: 'paragraph', text: msg('finalReportPdf.beforeAfter.intro') }, ...blocks],
    figures: { values, relations, internal },
  };
};
