import { useTranslation } from 'react-i18next';
import { todayInAmsterdam, type ProjectDetail } from '@thuis/domain';
import { Alert, DataTable, DownloadLink, Loading, Paragraph, Section } from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { exportUrl } from '../../features/exports/api';
import { usePlan } from '../../features/plan/hooks';
import { useInterimEvaluations } from '../../features/interimEvaluations/hooks';
import { useInterimTitle } from '../../features/interimEvaluations/title';
import { Timeline, type TimelineRow } from '../../features/plan/Timeline';
import { timelineSpan } from '../../features/plan/timeline';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';

export function PlanPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="plan.read" title={t('plan.title')} lead={t('plan.intro')}>
      {(project) => <PlanView project={project} />}
    </ProjectSubPage>
  );
}

function PlanView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const plan = usePlan(project.id);
  // Interim evaluations sit on the timeline by date, for those who may read them.
  const canReadEvaluations = project.permissions.includes('evaluations.read');
  const evaluations = useInterimEvaluations(project.id, 1, 200, canReadEvaluations);
  const evaluationTitle = useInterimTitle();
  const today = todayInAmsterdam();

  if (plan.isPending || (canReadEvaluations && evaluations.isPending)) return <Loading>{t('app.loading')}</Loading>;
  if (plan.isError) return <Alert type="error">{plan.error.message}</Alert>;

  const approach = t('plan.groupApproach');
  const works = t('plan.groupBuildingPhases');
  const rows: (TimelineRow & { kind: string; status: string; marker?: boolean })[] = [
    ...plan.data.phases.map((p) => ({
      id: `phase-${p.phase}`,
      label: t(`phases.${p.phase}`),
      group: approach,
      planned: { start: p.plannedStart, end: p.plannedEnd },
      actual: { start: p.actualStart, end: p.actualEnd },
      kind: approach,
      status: t(`phaseStatuses.${p.status}`, { defaultValue: p.status }),
    })),
    ...plan.data.buildingPhases.map((b) => ({
      id: `bp-${b.id}`,
      label: b.name,
      group: works,
      planned: { start: b.plannedStart, end: b.plannedEnd },
      actual: { start: b.actualStart, end: b.actualEnd },
      kind: t(`worksKinds.${b.intervention}`),
      status: t('plan.addresses', { count: b.addressCount }),
    })),
    ...[...(evaluations.data?.evaluations ?? [])]
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
      .map((e) => ({
        id: `evaluation-${e.id}`,
        label: evaluationTitle(e),
        group: t('interimEvaluations.timelineGroup'),
        planned: { start: null, end: null },
        actual: { start: e.heldOn, end: e.heldOn },
        kind: t('interimEvaluations.timelineKind'),
        status: t('interimEvaluations.heldOnText', { date: formatShortDate(e.heldOn, lang) }),
        // One day, not a period: no planned range.
        marker: true,
      })),
  ];
  const range = (start: string | null, end: string | null) =>
    !start && !end
      ? t('progress.notSet')
      : t('progress.range', { start: start ? formatShortDate(start, lang) : t('progress.open'), end: end ? formatShortDate(end, lang) : t('progress.open') });
  const span = timelineSpan(rows.flatMap((r) => [r.planned, r.actual]));
  const summary = span
    ? t('plan.summary', {
        phases: plan.data.phases.length,
        buildingPhases: plan.data.buildingPhases.length,
        start: formatShortDate(span.start, lang),
        end: formatShortDate(span.end, lang),
      })
    : t('plan.noDates');

  return (
    <>
      <div className="thuis-toolbar">
        <DownloadLink href={exportUrl(project.id, 'plan', 'csv')}>{t('plan.exportCsv')}</DownloadLink>
        <DownloadLink href={exportUrl(project.id, 'plan', 'xlsx')}>{t('plan.exportXlsx')}</DownloadLink>
      </div>
      {plan.data.warnings.length > 0 ? (
        <Alert type="warning" title={t('plan.warningsTitle', { count: plan.data.warnings.length })}>
          <ul className="utrecht-unordered-list">
            {plan.data.warnings.map((w, i) => (
              <li className="utrecht-unordered-list__item" key={`${w.kind}-${w.buildingPhaseId ?? ''}-${i}`}>
                {w.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Section title={t('plan.timelineTitle')}>
        {span ? (
          <>
            <Paragraph>{t('plan.timelineIntro')}</Paragraph>
            <Timeline rows={rows} today={today} summary={summary} />
          </>
        ) : (
          <Paragraph>{t('plan.noDates')}</Paragraph>
        )}
        <DataTable
          caption={t('plan.tableCaption')}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { label: t('plan.item'), cell: (r) => r.label },
            { label: t('plan.kind'), cell: (r) => r.kind },
            { label: t('progress.planned'), cell: (r) => (r.marker ? '–' : range(r.planned.start, r.planned.end)) },
            { label: t('progress.actual'), cell: (r) => (r.marker ? formatShortDate(r.actual.start, lang) : range(r.actual.start, r.actual.end)) },
            { label: t('plan.statusOrCount'), cell: (r) => r.status },
          ]}
        />
        {plan.data.buildingPhases.length === 0 ? <Paragraph>{t('plan.noBuildingPhases')}</Paragraph> : null}
      </Section>
    </>
  );
}
