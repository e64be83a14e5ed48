import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  FormProblem,
  Loading,
  Paragraph,
  Section,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
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

interface Column<T> {
  label: string;
  cell: (item: T) => ReactNode;
  number?: boolean;
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
  query: { isPending: boolean; isError: boolean; error: Error | null; data: T[] | undefined };
  columns: Column<T>[];
  nameOf: (item: T) => string;
  renderForm: (args: { initial?: T; onSubmit: (input: GroupingInputOf[K]) => Promise<unknown>; onCancel?: () => void; title: string; submitLabel: string }) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const canManage = project.permissions.includes('addresses.manage');
  const save = useSaveGrouping(project.id, kind);
  const remove = useDeleteGrouping(project.id, kind);
  const feedback = useActionFeedback();
  const [editing, setEditing] = useState<string | null>(null);
  const items = query.data ?? [];
  const editItem = items.find((i) => i.id === editing);

  const onDelete = async (item: T) => {
    if (!window.confirm(t('groupings.confirmDelete', { name: nameOf(item) }))) return;
    feedback.clear();
    try {
      await remove.mutateAsync(item.id);
      feedback.ok(t('groupings.deleted', { name: nameOf(item) }));
    } catch (error) {
      feedback.fail(error);
    }
  };

  return (
    <Section title={title}>
      <Paragraph>{intro}</Paragraph>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      {query.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : query.isError ? (
        <Alert type="error">{query.error?.message ?? t('common.loadFailed')}</Alert>
      ) : items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <Table caption={title}>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c.label}>{c.label}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t('groupings.addressCount')}</TableHeaderCell>
              {canManage ? <TableHeaderCell>{t('common.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                {columns.map((c) => (
                  <TableCell key={c.label} label={c.label} className={c.number ? 'thuis-number' : undefined}>
                    {c.cell(item)}
                  </TableCell>
                ))}
                <TableCell label={t('groupings.addressCount')} className="thuis-number">
                  {formatNumber(item.addressCount, i18n.language)}
                </TableCell>
                {canManage ? (
                  <TableCell label={t('common.actions')}>
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
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
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
    !start && !end ? '–' : t('progress.range', { start: start ? formatShortDate(start, lang) : t('progress.open'), end: end ? formatShortDate(end, lang) : t('progress.open') });
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
