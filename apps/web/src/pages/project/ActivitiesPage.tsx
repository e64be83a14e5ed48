import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, activityStatuses, type Activity, type ActivityReach, type ActivityStatus, type BuildingPhase, type ProjectDetail } from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  Card,
  DataList,
  DataTable,
  FormProblem,
  Heading,
  Link,
  Loading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  StatusBadge,
  type BadgeTone,
} from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useBuildingPhases } from '../../features/addresses/hooks';
import { useTeam } from '../../features/team/hooks';
import { usePartners } from '../../features/partners/hooks';
import { useThemeBoard } from '../../features/picture/hooks';
import { ActivityForm } from '../../features/activities/ActivityForm';
import { ActivityWorkForms } from '../../features/activities/ActivityWorkForms';
import { boardColumns, inputOf } from '../../features/activities/board';
import { filterKeys, filtersFromParams, hasFilters, type ActivityFilters } from '../../features/activities/filters';
import { useActivities, useActivityProgress, useDeleteActivity, useSaveActivity } from '../../features/activities/hooks';

type View = 'board' | 'table';
const views: readonly View[] = ['board', 'table'];
type Editing = { mode: 'new' } | { mode: 'edit'; activity: Activity } | null;

const statusTones: Record<ActivityStatus, BadgeTone> = { proposed: 'neutral', planned: 'neutral', running: 'active', done: 'done', stopped: 'neutral' };

export function ActivitiesPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="activities.read" title={t('activitiesPage.title')} lead={t('activitiesPage.intro')}>
      {(project) => <ActivitiesView project={project} />}
    </ProjectSubPage>
  );
}

function ActivitiesView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params, update] = useSearchParamUpdate();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const view: View = views.find((v) => v === params.get('view')) ?? 'board';
  const canManage = project.permissions.includes('activities.manage');
  const phases = useBuildingPhases(project.id);
  // Theme names for the filter come from the progress (readable by all); the form's from the picture (social team).
  const progress = useActivityProgress(project.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const begin = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const themes = (progress.data?.byTheme ?? []).flatMap((th) => (th.themeId ? [{ id: th.themeId, name: th.themeName }] : []));

  return (
    <>
      {canManage ? (
        <div className="thuis-toolbar thuis-no-print">
          {editing?.mode !== 'new' ? (
            <Button appearance="primary" onClick={() => begin({ mode: 'new' })}>
              {t('activitiesPage.newActivity')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {editing && canManage ? (
        <ActivityEditor
          project={project}
          phases={phases.data ?? []}
          editing={editing}
          onDone={(message) => {
            setEditing(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      <nav className="thuis-subnav thuis-view-switch thuis-no-print" aria-label={t('activitiesPage.views')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link
                to={{ search: new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString() }}
                aria-current={v === view ? 'page' : undefined}
                className={['thuis-nav__link', v === view ? 'thuis-nav__link--current' : ''].join(' ')}
                replace
              >
                {t(`activitiesPage.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Filters filters={filters} themes={themes} phases={phases.data ?? []} onChange={update} />
      <ActivityList project={project} filters={filters} view={view} canManage={canManage} onEdit={(activity) => begin({ mode: 'edit', activity })} />
    </>
  );
}

/** The form with what it chooses from: the picture's themes, the professionals of the team, the partners. */
function ActivityEditor({
  project,
  phases,
  editing,
  onDone,
}: {
  project: ProjectDetail;
  phases: readonly BuildingPhase[];
  editing: NonNullable<Editing>;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const team = useTeam(project.id);
  const partners = usePartners(project.id);
  const themes = useThemeBoard(project.id);
  const remove = useDeleteActivity(project.id);
  const feedback = useActionFeedback();
  if (team.isPending || partners.isPending || themes.isPending) return <Loading>{t('app.loading')}</Loading>;
  const activity = editing.mode === 'edit' ? editing.activity : null;
  return (
    <>
      <ActivityForm
        key={activity?.id ?? 'new'}
        projectId={project.id}
        activity={activity}
        themes={(themes.data?.themes ?? []).map((th) => ({ id: th.id, name: th.name }))}
        owners={(team.data ?? []).filter((m) => m.role !== 'resident_group').map((m) => ({ id: m.userId, name: m.displayName }))}
        partners={(partners.data ?? []).map((p) => ({ id: p.organisationId, name: p.organisationName }))}
        phases={phases}
        onSaved={(saved, created) => onDone(created ? t('activitiesPage.created', { title: saved.title }) : t('activitiesPage.saved', { title: saved.title }))}
        onCancel={() => onDone(null)}
      />
      {activity ? (
        <>
          <ActivityWorkForms projectId={project.id} activityId={activity.id} title={activity.title} />
          <FormProblem problem={feedback.problem} />
          <ButtonGroup>
            <Button
              appearance="subtle"
              onClick={async () => {
                if (!window.confirm(t('activitiesPage.confirmDelete', { title: activity.title }))) return;
                if (await feedback.run(() => remove.mutateAsync(activity.id), '')) onDone(t('activitiesPage.deleted', { title: activity.title }));
              }}
            >
              {t('activitiesPage.delete', { title: activity.title })}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
    </>
  );
}

function Filters({
  filters,
  themes,
  phases,
  onChange,
}: {
  filters: ActivityFilters;
  themes: readonly { id: string; name: string }[];
  phases: readonly BuildingPhase[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('activitiesPage.filters')}>
      <SelectField
        label={t('activityFields.kind')}
        placeholder={t('activitiesPage.allKinds')}
        value={filters.kind ?? ''}
        onChange={(e) => onChange({ kind: e.target.value })}
        options={activityKinds.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))}
      />
      <SelectField
        label={t('activityFields.theme')}
        placeholder={t('activitiesPage.allThemes')}
        value={filters.themeId ?? ''}
        onChange={(e) => onChange({ themeId: e.target.value })}
        options={themes.map((th) => ({ value: th.id, label: th.name }))}
      />
      <SelectField
        label={t('fields.buildingPhaseId')}
        placeholder={t('activitiesPage.allBuildingPhases')}
        value={filters.buildingPhaseId ?? ''}
        onChange={(e) => onChange({ buildingPhaseId: e.target.value })}
        options={phases.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        label={t('fields.status')}
        placeholder={t('activitiesPage.allStatuses')}
        value={filters.status ?? ''}
        onChange={(e) => onChange({ status: e.target.value })}
        options={activityStatuses.map((s) => ({ value: s, label: t(`activityStatuses.${s}`) }))}
      />
      {hasFilters(filters) ? (
        <ButtonGroup>
          <Button appearance="subtle" onClick={() => onChange(Object.fromEntries(filterKeys.map((k) => [k, null])))}>
            {t('activitiesPage.clearFilters')}
          </Button>
        </ButtonGroup>
      ) : null}
    </div>
  );
}

/** Reach as shown: a count, or "fewer than 5" where the small-cell rule holds it back. */
function useActivityText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const count = (n: number | null) => (n === null ? t('activitiesPage.suppressed') : formatNumber(n, lang));
  return {
    reach: (r: ActivityReach) => t('activitiesPage.reachText', { participants: count(r.participants), firstTimers: count(r.firstTimers) }),
    when: (a: Activity) =>
      [
        a.startsOn
          ? a.endsOn && a.endsOn !== a.startsOn
            ? `${formatShortDate(a.startsOn, lang)} – ${formatShortDate(a.endsOn, lang)}`
            : formatShortDate(a.startsOn, lang)
          : '',
        a.recurrence !== 'once' ? t(`activityRecurrences.${a.recurrence}`) : '',
      ]
        .filter(Boolean)
        .join(', ') || '–',
    status: (a: Activity) => <StatusBadge tone={statusTones[a.status]}>{t(`activityStatuses.${a.status}`)}</StatusBadge>,
    themes: (a: Activity) => a.themes.map((th) => th.name).join(', ') || '–',
    owners: (a: Activity) =>
      [a.owners.map((o) => o.name).join(', '), a.residentOrganisers > 0 ? t('activitiesPage.residentOrganisers', { count: a.residentOrganisers }) : '']
        .filter(Boolean)
        .join('; ') || '–',
    hours: (a: Activity) =>
      t('activitiesPage.hoursText', { booked: formatNumber(a.bookedHours, lang), budget: a.budgetHours === null ? '–' : formatNumber(a.budgetHours, lang) }),
  };
}

function ActivityList({
  project,
  filters,
  view,
  canManage,
  onEdit,
}: {
  project: ProjectDetail;
  filters: ActivityFilters;
  view: View;
  canManage: boolean;
  onEdit: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const activities = useActivities(project.id, filters);
  return (
    <Section title={t('activitiesPage.listTitle')}>
      <QueryState query={activities}>
        {({ activities: list, total }) => (
          <>
            <Paragraph>
              {list.length === 0
                ? hasFilters(filters)
                  ? t('activitiesPage.noneFiltered')
                  : t('activitiesPage.none')
                : t('activitiesPage.count', { count: total })}
            </Paragraph>
            {list.length === 0 ? null : view === 'board' ? (
              <ActivityBoard project={project} activities={list} canManage={canManage} onEdit={onEdit} />
            ) : (
              <ActivityTable activities={list} canManage={canManage} onEdit={onEdit} />
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function ActivityTable({ activities, canManage, onEdit }: { activities: readonly Activity[]; canManage: boolean; onEdit: (a: Activity) => void }) {
  const { t } = useTranslation();
  const text = useActivityText();
  return (
    <DataTable
      caption={t('activitiesPage.tableCaption')}
      rows={activities}
      rowKey={(a) => a.id}
      columns={[
        {
          label: t('activityFields.title'),
          cell: (a) => (
            <>
              <strong>{a.title}</strong>
              {a.place ? <span className="thuis-action-note">{a.place}</span> : null}
            </>
          ),
        },
        { label: t('activityFields.kind'), cell: (a) => t(`activityKinds.${a.kind}`) },
        { label: t('activityFields.themeIds'), cell: text.themes },
        { label: t('activitiesPage.when'), cell: text.when },
        { label: t('activitiesPage.owners'), cell: text.owners },
        { label: t('activitiesPage.reach'), cell: (a) => text.reach(a.reach) },
        { label: t('fields.status'), cell: text.status },
        ...(canManage
          ? [
              {
                label: t('common.actions'),
                className: 'thuis-no-print',
                cell: (a: Activity) => (
                  <Button appearance="secondary" onClick={() => onEdit(a)}>
                    <ActionLabel visible={t('common.edit')} full={t('activitiesPage.editFor', { title: a.title })} />
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The board: a column per status; the social team moves a card with its status select (no dragging needed). */
function ActivityBoard({
  project,
  activities,
  canManage,
  onEdit,
}: {
  project: ProjectDetail;
  activities: readonly Activity[];
  canManage: boolean;
  onEdit: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const text = useActivityText();
  const move = useSaveActivity(project.id);
  const feedback = useActionFeedback();
  const [focusId, setFocusId] = useState<string | null>(null);

  // A moved card lands in another column: keep the keyboard focus on its status select.
  useEffect(() => {
    if (!focusId) return;
    const select = document.getElementById(`activity-status-${focusId}`);
    if (select) {
      select.focus();
      setFocusId(null);
    }
  }, [focusId, activities]);

  const onMove = async (a: Activity, status: ActivityStatus) => {
    setFocusId(null);
    const ok = await feedback.run(
      () => move.mutateAsync({ activityId: a.id, input: inputOf(a, { status }) }),
      t('activitiesPage.moved', { title: a.title, status: t(`activityStatuses.${status}`) }),
    );
    if (ok) setFocusId(a.id);
  };

  return (
    <>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <div className="thuis-board">
        {boardColumns(activities).map((column) => (
          <Section
            key={column.status}
            level={3}
            className="thuis-board__column"
            title={t('activitiesPage.columnTitle', { status: t(`activityStatuses.${column.status}`), count: column.activities.length })}
          >
            {column.activities.length === 0 ? (
              <Paragraph className="thuis-muted">{t('activitiesPage.emptyColumn')}</Paragraph>
            ) : (
              <ul className="thuis-board__cards">
                {column.activities.map((a) => (
                  <Card as="li" key={a.id} className="thuis-board__card">
                    <Heading level={4} className="thuis-board__title">
                      {a.title}
                    </Heading>
                    <DataList
                      className="thuis-datalist--compact"
                      items={[
                        { key: 'kind', label: t('activityFields.kind'), value: t(`activityKinds.${a.kind}`) },
                        { key: 'themes', label: t('activityFields.themeIds'), value: text.themes(a) },
                        { key: 'when', label: t('activitiesPage.when'), value: text.when(a) },
                        ...(a.place ? [{ key: 'place', label: t('activityFields.place'), value: a.place }] : []),
                        ...(a.buildingPhaseName ? [{ key: 'phase', label: t('fields.buildingPhaseId'), value: a.buildingPhaseName }] : []),
                        { key: 'owners', label: t('activitiesPage.owners'), value: text.owners(a) },
                        { key: 'reach', label: t('activitiesPage.reach'), value: text.reach(a.reach) },
                        ...(canManage ? [{ key: 'hours', label: t('activitiesPage.hours'), value: text.hours(a) }] : []),
                        ...(a.lasts ? [{ key: 'lasts', label: t('activitiesPage.lastsWith'), value: a.successorOwner }] : []),
                      ]}
                    />
                    {canManage ? (
                      <>
                        <SelectField
                          id={`activity-status-${a.id}`}
                          className="thuis-inline-field"
                          label={
                            <>
                              {t('activitiesPage.moveTo')}
                              <span className="thuis-visually-hidden"> {t('activitiesPage.moveToOf', { title: a.title })}</span>
                            </>
                          }
                          value={a.status}
                          options={activityStatuses.map((s) => ({ value: s, label: t(`activityStatuses.${s}`) }))}
                          onChange={(e) => void onMove(a, e.target.value as ActivityStatus)}
                        />
                        <ButtonGroup>
                          <Button appearance="subtle" onClick={() => onEdit(a)}>
                            <ActionLabel visible={t('common.edit')} full={t('activitiesPage.editFor', { title: a.title })} />
                          </Button>
                        </ButtonGroup>
                      </>
                    ) : null}
                  </Card>
                ))}
              </ul>
            )}
          </Section>
        ))}
      </div>
    </>
  );
}
