import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionStatuses,
  signalCategories,
  socialTeamRoles,
  type Action,
  type ActionStatus,
  type BuildingPhase,
  type ProjectDetail,
  type TeamMember,
} from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  Card,
  CheckboxField,
  DataList,
  DataTable,
  FormProblem,
  Heading,
  Link,
  LoadMore,
  Loading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  StatusBadge,
  type BadgeTone,
} from '../../ui';
import { formatShortDate } from '../../lib/dates';
import { useActionFeedback } from '../../lib/useActionProblem';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useBuildingPhases } from '../../features/addresses/hooks';
import { useCurrentUser } from '../../features/auth/hooks';
import { useTeam } from '../../features/team/hooks';
import { useSignal } from '../../features/signals/hooks';
import { ActionForm, type ActionStart } from '../../features/actions/ActionForm';
import { useActions, useUpdateAction } from '../../features/actions/hooks';
import { boardColumns, updateOf } from '../../features/actions/board';
import { filterKeys, filtersFromParams, hasFilters, type ActionFilters } from '../../features/actions/filters';
import { isUuid } from '../../lib/ids';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';

type View = 'table' | 'board';
const views: readonly View[] = ['table', 'board'];
type Editing = { mode: 'new' } | { mode: 'edit'; action: Action } | null;

const statusTones: Record<ActionStatus, BadgeTone> = { open: 'neutral', in_progress: 'active', done: 'done', cancelled: 'neutral' };

export function ActionsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="actions.manage" title={t('actionsPage.title')} lead={t('actionsPage.intro')}>
      {(project) => <ActionsView project={project} />}
    </ProjectSubPage>
  );
}

/** The start of a new action from `?signalId=`: the signal's subject as a title to begin with. */
function useActionStart(project: ProjectDetail, signalId: string | null): { start: ActionStart | null; pending: boolean } {
  const { t } = useTranslation();
  const found = useSignal(project.id, signalId, project.permissions.includes('signals.read'));
  if (!signalId) return { start: null, pending: false };
  if (found.isPending && found.fetchStatus !== 'idle') return { start: null, pending: true };
  const signal = found.data;
  if (!signal) return { start: { signalId, title: '', signalText: t('actionsPage.fromUnknownSignal') }, pending: false };
  const subject = t(`signalSubjects.${signal.subject}`);
  return {
    start: {
      signalId,
      title: t('actionsPage.titleFromSignal', { subject }),
      signalText: t('actionsPage.fromSignal', { category: t(`signalCategories.${signal.category}`), subject, description: signal.description }),
    },
    pending: false,
  };
}

function ActionsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, update] = useSearchParamUpdate();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const view: View = views.find((v) => v === params.get('view')) ?? 'table';
  const signalId = isUuid(params.get('signalId')) ? params.get('signalId') : null;
  const team = useTeam(project.id);
  const phases = useBuildingPhases(project.id);
  const owners = (team.data ?? []).filter((m) => socialTeamRoles.includes(m.role));
  const { start, pending } = useActionStart(project, signalId);
  const [editing, setEditing] = useState<Editing>(signalId ? { mode: 'new' } : null);
  const [notice, setNotice] = useState<string | null>(null);

  const begin = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const close = () => {
    setEditing(null);
    if (signalId) update({ signalId: null });
  };

  return (
    <>
      <div className="thuis-toolbar thuis-no-print">
        {editing?.mode !== 'new' ? (
          <Button appearance="primary" onClick={() => begin({ mode: 'new' })}>
            {t('actionsPage.newAction')}
          </Button>
        ) : null}
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {editing ? (
        pending || team.isPending ? (
          <Loading>{t('app.loading')}</Loading>
        ) : (
          <ActionForm
            key={editing.mode === 'edit' ? editing.action.id : `new-${signalId ?? ''}`}
            projectId={project.id}
            action={editing.mode === 'edit' ? editing.action : null}
            start={editing.mode === 'new' ? start : null}
            owners={owners}
            defaultOwnerId={owners.some((m) => m.userId === user.id) ? user.id : ''}
            onSaved={(saved, created) => {
              close();
              setNotice(created ? t('actionsPage.created', { title: saved.title }) : t('actionsPage.saved', { title: saved.title }));
            }}
            onCancel={close}
          />
        )
      ) : null}

      <nav className="thuis-subnav thuis-view-switch thuis-no-print" aria-label={t('actionsPage.views')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link
                to={{ search: new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString() }}
                aria-current={v === view ? 'page' : undefined}
                className={['thuis-nav__link', v === view ? 'thuis-nav__link--current' : ''].join(' ')}
                replace
              >
                {t(`actionsPage.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Filters filters={filters} owners={owners} phases={phases.data ?? []} onChange={update} />
      <ActionList project={project} filters={filters} view={view} onEdit={(action) => begin({ mode: 'edit', action })} />
    </>
  );
}

function Filters({
  filters,
  owners,
  phases,
  onChange,
}: {
  filters: ActionFilters;
  owners: readonly TeamMember[];
  phases: readonly BuildingPhase[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const ownerOptions = owners.map((m) => ({ value: m.userId, label: m.displayName }));
  // The address changes in a transition; the checkbox follows the click at once.
  const [overdueOnly, setOverdueOnly] = useState(filters.overdue === 'true');
  useEffect(() => setOverdueOnly(filters.overdue === 'true'), [filters.overdue]);
  return (
    <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('actionsPage.filters')}>
      <SelectField
        label={t('actionsPage.filterCategory')}
        placeholder={t('actionsPage.allCategories')}
        value={filters.category ?? ''}
        onChange={(e) => onChange({ category: e.target.value })}
        options={signalCategories.map((c) => ({ value: c, label: t(`signalCategories.${c}`) }))}
      />
      <SelectField
        label={t('fields.ownerId')}
        placeholder={t('actionsPage.allOwners')}
        value={filters.ownerId ?? ''}
        onChange={(e) => onChange({ ownerId: e.target.value })}
        options={ownerOptions}
      />
      <SelectField
        label={t('fields.buildingPhaseId')}
        placeholder={t('actionsPage.allBuildingPhases')}
        value={filters.buildingPhaseId ?? ''}
        onChange={(e) => onChange({ buildingPhaseId: e.target.value })}
        options={phases.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        label={t('fields.status')}
        placeholder={t('actionsPage.allStatuses')}
        value={filters.status ?? ''}
        onChange={(e) => onChange({ status: e.target.value })}
        options={actionStatuses.map((s) => ({ value: s, label: t(`actionStatuses.${s}`) }))}
      />
      <CheckboxField
        label={t('actionsPage.overdueOnly')}
        checked={overdueOnly}
        onChange={(e) => {
          setOverdueOnly(e.target.checked);
          onChange({ overdue: e.target.checked ? 'true' : null });
        }}
      />
      {hasFilters(filters) ? (
        <ButtonGroup>
          <Button appearance="subtle" onClick={() => onChange(Object.fromEntries(filterKeys.map((k) => [k, null])))}>
            {t('actionsPage.clearFilters')}
          </Button>
        </ButtonGroup>
      ) : null}
    </div>
  );
}

function OverdueBadge() {
  const { t } = useTranslation();
  return <StatusBadge tone="danger">{t('actionsPage.overdue')}</StatusBadge>;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function useActionText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return {
    kind: (a: Action) =>
      a.category
        ? [t(`signalCategories.${a.category}`), a.subject ? t(`signalSubjects.${a.subject}`) : ''].filter(Boolean).join(': ')
        : a.interimEvaluationHeldOn
          ? t('interimEvaluations.fromEvaluation', { date: formatShortDate(a.interimEvaluationHeldOn, lang) })
          : t('actionsPage.ownAction'),
    due: (a: Action) =>
      a.dueOn ? (
        <span className="thuis-badges">
          <span className="thuis-nowrap">{formatShortDate(a.dueOn, lang)}</span>
          {a.overdue ? <OverdueBadge /> : null}
        </span>
      ) : (
        t('actionsPage.noDueDate')
      ),
    status: (a: Action) => <StatusBadge tone={statusTones[a.status]}>{t(`actionStatuses.${a.status}`)}</StatusBadge>,
    /** The signal followed up, by its day and (shortened) description: five actions on the same kind of signal read apart. */
    signal: (a: Action, key: 'actionSignalValue' | 'actionSignalLine' = 'actionSignalValue') =>
      a.signalCreatedAt ? t(`pagedLists.${key}`, { date: formatShortDate(a.signalCreatedAt, lang), description: shorten(a.signalDescription ?? '', 80) }) : '',
  };
}

function ActionList({ project, filters, view, onEdit }: { project: ProjectDetail; filters: ActionFilters; view: View; onEdit: (a: Action) => void }) {
  const { t } = useTranslation();
  const actions = useActions(project.id, filters);
  return (
    <Section title={t('actionsPage.listTitle')}>
      <QueryState query={actions.state}>
        {(list) => {
          const overdue = list.filter((a) => a.overdue).length;
          return (
            <>
              <Paragraph>
                {list.length === 0
                  ? hasFilters(filters)
                    ? t('actionsPage.noneFiltered')
                    : t('actionsPage.none')
                  : `${t('actionsPage.count', { count: actions.total ?? list.length })} ${overdue > 0 ? t('actionsPage.overdueCount', { count: overdue }) : ''}`.trim()}
              </Paragraph>
              {list.length === 0 ? null : view === 'board' ? (
                <ActionBoard project={project} actions={list} onEdit={onEdit} />
              ) : (
                <ActionTable actions={list} onEdit={onEdit} />
              )}
              {list.length === 0 ? null : (
                <LoadMore
                  shown={list.length}
                  total={actions.total}
                  hasMore={actions.hasMore}
                  loading={actions.loadingMore}
                  onLoadMore={actions.loadMore}
                  label={t('pagedLists.actions')}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

/** The table in the server's order; a column for the home when the reader may see it. */
function ActionTable({ actions, onEdit }: { actions: readonly Action[]; onEdit: (a: Action) => void }) {
  const { t } = useTranslation();
  const text = useActionText();
  const withHomes = actions.some((a) => a.addressLabel !== undefined);
  return (
    <DataTable
      caption={t('actionsPage.tableCaption')}
      rows={actions}
      rowKey={(a) => a.id}
      columns={[
        {
          label: t('fields.title'),
          cell: (a) => (
            <>
              <strong>{a.title}</strong>
              {a.note ? <span className="thuis-action-note thuis-preline">{a.note}</span> : null}
            </>
          ),
        },
        {
          label: t('actionsPage.kind'),
          cell: (a) => (
            <>
              {text.kind(a)}
              {a.signalCreatedAt ? <span className="thuis-action-note thuis-preline">{text.signal(a, 'actionSignalLine')}</span> : null}
            </>
          ),
        },
        withHomes && { label: t('pagedLists.actionHome'), cell: (a) => a.addressLabel ?? '–' },
        { label: t('fields.buildingPhaseId'), cell: (a) => a.buildingPhaseName ?? '–' },
        { label: t('fields.ownerId'), cell: (a) => a.ownerName },
        { label: t('fields.dueOn'), cell: text.due },
        { label: t('fields.status'), cell: text.status },
        {
          label: t('common.actions'),
          className: 'thuis-no-print',
          cell: (a) => (
            <Button appearance="secondary" onClick={() => onEdit(a)}>
              <ActionLabel visible={t('common.edit')} full={t('actionsPage.editFor', { title: a.title })} />
            </Button>
          ),
        },
      ]}
    />
  );
}

/** The board: a column per status; every card has a status select to move it (no dragging needed). */
function ActionBoard({ project, actions, onEdit }: { project: ProjectDetail; actions: readonly Action[]; onEdit: (a: Action) => void }) {
  const { t } = useTranslation();
  const text = useActionText();
  const move = useUpdateAction(project.id);
  const feedback = useActionFeedback();
  const [focusId, setFocusId] = useState<string | null>(null);

  // A moved card lands in another column: keep the keyboard focus on its status select.
  useEffect(() => {
    if (!focusId) return;
    const select = document.getElementById(`action-status-${focusId}`);
    if (select) {
      select.focus();
      setFocusId(null);
    }
  }, [focusId, actions]);

  const onMove = async (a: Action, status: ActionStatus) => {
    setFocusId(null);
    const ok = await feedback.run(
      () => move.mutateAsync({ actionId: a.id, input: updateOf(a, { status }) }),
      t('actionsPage.moved', { title: a.title, status: t(`actionStatuses.${status}`) }),
    );
    if (ok) setFocusId(a.id);
  };

  return (
    <>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <div className="thuis-board">
        {boardColumns(actions).map((column) => (
          <Section
            key={column.status}
            level={3}
            className="thuis-board__column"
            title={t('actionsPage.columnTitle', { status: t(`actionStatuses.${column.status}`), count: column.actions.length })}
          >
            {column.actions.length === 0 ? (
              <Paragraph className="thuis-muted">{t('actionsPage.emptyColumn')}</Paragraph>
            ) : (
              <ul className="thuis-board__cards">
                {column.actions.map((a) => (
                  <Card as="li" key={a.id} className={['thuis-board__card', a.overdue ? 'thuis-board__card--overdue' : ''].filter(Boolean).join(' ')}>
                    <Heading level={4} className="thuis-board__title">
                      {a.title}
                    </Heading>
                    <DataList
                      className="thuis-datalist--compact"
                      items={[
                        { key: 'owner', label: t('fields.ownerId'), value: a.ownerName },
                        { key: 'due', label: t('fields.dueOn'), value: text.due(a) },
                        { key: 'kind', label: t('actionsPage.kind'), value: text.kind(a) },
                        ...(a.addressLabel ? [{ key: 'home', label: t('pagedLists.actionHome'), value: a.addressLabel }] : []),
                        ...(a.signalCreatedAt ? [{ key: 'signal', label: t('pagedLists.actionSignal'), value: text.signal(a) }] : []),
                        ...(a.buildingPhaseName ? [{ key: 'phase', label: t('fields.buildingPhaseId'), value: a.buildingPhaseName }] : []),
                      ]}
                    />
                    {a.note ? <Paragraph className="thuis-preline thuis-muted">{a.note}</Paragraph> : null}
                    <SelectField
                      id={`action-status-${a.id}`}
                      className="thuis-inline-field"
                      label={
                        <>
                          {t('actionsPage.moveTo')}
                          <span className="thuis-visually-hidden"> {t('actionsPage.moveToOf', { title: a.title })}</span>
                        </>
                      }
                      value={a.status}
                      options={actionStatuses.map((s) => ({ value: s, label: t(`actionStatuses.${s}`) }))}
                      onChange={(e) => void onMove(a, e.target.value as ActionStatus)}
                    />
                    <ButtonGroup>
                      <Button appearance="subtle" onClick={() => onEdit(a)}>
                        <ActionLabel visible={t('common.edit')} full={t('actionsPage.editFor', { title: a.title })} />
                      </Button>
                    </ButtonGroup>
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
