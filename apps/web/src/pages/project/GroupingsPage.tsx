import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { ActionLabel, Alert, Button, type Column, DataTable, FormProblem, Paragraph, type QueryLike, QueryState, Section } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { formatShortDate } from '../../lib/dates';
import { useActionFeedback } from '../../lib/useActionProblem';
import {
  useBuildingPhases,
  useBuildings,
  useDeleteGrouping,
  useSaveGrouping,
  useSubNeighbourhoods,
  type GroupingInputOf,
  type GroupingKind,
} from '../../features/addresses/hooks';
import { BuildingForm, BuildingPhaseForm, SubNeighbourhoodForm } from '../../features/addresses/GroupingForms';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';

export function GroupingsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="addresses.read" title={t('groupings.title')} lead={t('groupings.intro')}>
      {(project) => (
        <>
          <BuildingsSection project={project} />
          <SubNeighbourhoodsSection project={project} />
          <BuildingPhasesSection project={project} />
        </>
      )}
    </ProjectSubPage>
  );
}

/** One kind of grouping: a table, edit and delete per row, and an add form (with addresses.manage). */
function GroupingSection<T extends { id: string; addressCount: number }, K extends GroupingKind>({
  project,
  kind,
  title,
  intro,
  empty,
  query,
  columns,
  nameOf,
  renderForm,
}: {
  project: ProjectDetail;
  kind: K;
  title: string;
  intro: string;
  empty: string;
  query: QueryLike<T[]>;
  columns: Column<T>[];
  nameOf: (item: T) => string;
  renderForm: (args: {
    initial?: T;
    onSubmit: (input: GroupingInputOf[K]) => Promise<unknown>;
    onCancel?: () => void;
    title: string;
    submitLabel: string;
  }) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const canManage = project.permissions.includes('addresses.manage');
  const save = useSaveGrouping(project.id, kind);
  const remove = useDeleteGrouping(project.id, kind);
  const feedback = useActionFeedback();
  const [editing, setEditing] = useState<string | null>(null);
  const editItem = query.data?.find((i) => i.id === editing);

  const onDelete = async (item: T) => {
    if (!window.confirm(t('groupings.confirmDelete', { name: nameOf(item) }))) return;
    await feedback.run(() => remove.mutateAsync(item.id), t('groupings.deleted', { name: nameOf(item) }));
  };

  return (
    <Section title={title}>
      <Paragraph>{intro}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <QueryState query={query} empty={empty}>
        {(items) => (
          <DataTable
            caption={title}
            rows={items}
            rowKey={(item) => item.id}
            columns={[
              ...columns,
              {
                label: t('groupings.addressCount'),
                cell: (item) => formatNumber(item.addressCount, i18n.language),
                className: 'thuis-number',
              },
              canManage && {
                label: t('common.actions'),
                cell: (item) => (
                  <span className="thuis-row-actions">
                    <Button
                      appearance="subtle"
                      onClick={() => {
                        feedback.clear();
                        setEditing(item.id);
                      }}
                    >
                      <ActionLabel visible={t('common.edit')} full={t('groupings.edit', { name: nameOf(item) })} />
                    </Button>
                    <Button appearance="subtle" danger disabled={remove.isPending} onClick={() => void onDelete(item)}>
                      <ActionLabel visible={t('common.delete')} full={t('groupings.delete', { name: nameOf(item) })} />
                    </Button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {canManage && editItem ? (
        <div key={editItem.id}>
          {renderForm({
            initial: editItem,
            title: t('groupings.edit', { name: nameOf(editItem) }),
            submitLabel: t('common.save'),
            onCancel: () => setEditing(null),
            onSubmit: async (input: GroupingInputOf[K]) => {
              await save.mutateAsync({ groupingId: editItem.id, input });
              setEditing(null);
              feedback.ok(t('groupings.saved', { name: nameOf(editItem) }));
            },
          })}
        </div>
      ) : null}
      {canManage && !editItem && query.data
        ? renderForm({
            title: t(`groupings.add.${kind}`),
            submitLabel: t(`groupings.add.${kind}`),
            onSubmit: async (input: GroupingInputOf[K]) => {
              await save.mutateAsync({ input });
              feedback.ok(t('groupings.added'));
            },
          })
        : null}
    </Section>
  );
}

function BuildingsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useBuildings(project.id);
  return (
    <GroupingSection
      project={project}
      kind="building"
      title={t('groupings.buildings')}
      intro={t('groupings.buildingsIntro')}
      empty={t('groupings.noBuildings')}
      query={query}
      nameOf={(b) => (b.name ? `${b.code} ${b.name}` : b.code)}
      columns={[
        { label: t('fields.code'), cell: (b) => b.code },
        { label: t('fields.name'), cell: (b) => b.name || '–' },
      ]}
      renderForm={({ initial, ...props }) => <BuildingForm initial={initial} resetAfterSubmit={!initial} {...props} />}
    />
  );
}

function SubNeighbourhoodsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useSubNeighbourhoods(project.id);
  return (
    <GroupingSection
      project={project}
      kind="subNeighbourhood"
      title={t('groupings.subNeighbourhoods')}
      intro={t('groupings.subNeighbourhoodsIntro')}
      empty={t('groupings.noSubNeighbourhoods')}
      query={query}
      nameOf={(s) => s.name}
      columns={[{ label: t('fields.name'), cell: (s) => s.name }]}
      renderForm={({ initial, ...props }) => <SubNeighbourhoodForm initial={initial} resetAfterSubmit={!initial} {...props} />}
    />
  );
}

function BuildingPhasesSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useBuildingPhases(project.id);
  const range = (start: string | null, end: string | null) =>
    !start && !end
      ? '–'
      : t('progress.range', { start: start ? formatShortDate(start, lang) : t('progress.open'), end: end ? formatShortDate(end, lang) : t('progress.open') });
  return (
    <GroupingSection
      project={project}
      kind="buildingPhase"
      title={t('groupings.buildingPhases')}
      intro={t('groupings.buildingPhasesIntro')}
      empty={t('groupings.noBuildingPhases')}
      query={query}
      nameOf={(p) => p.name}
      columns={[
        { label: t('fields.name'), cell: (p) => p.name },
        { label: t('fields.intervention'), cell: (p) => t(`worksKinds.${p.intervention}`) },
        { label: t('progress.planned'), cell: (p) => range(p.plannedStart, p.plannedEnd) },
        { label: t('progress.actual'), cell: (p) => range(p.actualStart, p.actualEnd) },
      ]}
      renderForm={({ initial, ...props }) => (
        <BuildingPhaseForm initial={initial} resetAfterSubmit={!initial} defaultIntervention={project.worksKinds[0]} {...props} />
      )}
    />
  );
}
