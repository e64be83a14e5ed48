import { useTranslation } from 'react-i18next';
import type { BeforeAfterFigure, BeforeAfterGrouping, ProjectDetail } from '@thuis/domain';
import { Button, ButtonGroup, DataTable, FormProblem, Paragraph, QueryState, Section } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useBeforeAfterReport, useSaveBeforeAfterSettings } from './hooks';

/** "Voor en na per huishouden": the mean change per group, small groups held back; the leader turns measuring on or off. */
export function BeforeAfterSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const report = useBeforeAfterReport(project.id);
  const save = useSaveBeforeAfterSettings(project.id);
  const feedback = useActionFeedback();
  const canSet = project.permissions.includes('project.update');
  return (
    <Section title={t('beforeAfter.title')}>
      <QueryState query={report}>
        {(data) => (
          <>
            <Paragraph>{data.enabled ? t('beforeAfter.onIntro') : t('beforeAfter.offIntro')}</Paragraph>
            {canSet ? (
              <>
                <FormProblem problem={feedback.problem} />
                <ButtonGroup>
                  <Button onClick={() => void feedback.run(() => save.mutateAsync({ enabled: !data.enabled }), '')}>
                    {data.enabled ? t('beforeAfter.turnOff') : t('beforeAfter.turnOn')}
                  </Button>
                </ButtonGroup>
              </>
            ) : null}
            {data.enabled ? (
              <>
                <GroupTable caption={t('beforeAfter.byBuildingPhase')} grouping={data.byBuildingPhase} />
                <GroupTable caption={t('beforeAfter.byAgeGroup')} grouping={data.byAgeGroup} />
                <Paragraph>{t('beforeAfter.smallCells')}</Paragraph>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function GroupTable({ caption, grouping }: { caption: string; grouping: BeforeAfterGrouping }) {
  const { t, i18n } = useTranslation();
  const shown = (f: BeforeAfterFigure) =>
    f.households === null
      ? t('beforeAfter.heldBack')
      : f.meanChange === null
        ? t('beforeAfter.households', { count: f.households })
        : t('beforeAfter.change', { change: `${f.meanChange > 0 ? '+' : ''}${formatNumber(f.meanChange, i18n.language)}`, count: f.households });
  const rows = [...grouping.rows, { key: 'total', label: t('beforeAfter.total'), ...grouping.total }];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { label: t('beforeAfter.group'), cell: (r) => r.label },
        { label: t('fields.wellbeing'), cell: (r) => shown(r.wellbeing) },
        { label: t('fields.ladder'), cell: (r) => shown(r.ladder) },
      ]}
    />
  );
}
