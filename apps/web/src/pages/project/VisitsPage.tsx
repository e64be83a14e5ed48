import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInAmsterdam, type ProjectDetail, type TeamMember, type Visit, type VisitBatchResult, type VisitListItem } from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  DataTable,
  Link,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  StatusBadge,
  TextField,
  type Column,
} from '../../ui';
import { formatDate, formatDayDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useTeam } from '../../features/team/hooks';
import { useVisitPages, useVisits } from '../../features/visits/hooks';
import { VisitForm, type VisitStart } from '../../features/visits/VisitForm';
import { PlanWeekForm } from '../../features/visits/PlanWeekForm';
import { OutcomeForm } from '../../features/visits/OutcomeForm';
import { VisitProgressSection } from '../../features/visits/VisitProgressSection';
import { CalendarFeedSection } from '../../features/visits/CalendarFeedSection';
import { VisitToolLinks } from '../../features/letters/VisitToolLinks';
import { PrivacyPlanGate } from '../../features/privacyPlan/PrivacyPlanGate';
import { addDays, dateOf, dayRange, groupByDay, isIsoDate, sortVisits, timeOf, visitorChoices, visitorRoles, weekRange } from '../../features/visits/schedule';
import { isUuid } from '../../lib/ids';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';

type View = 'day' | 'week' | 'progress';
const views: readonly View[] = ['day', 'week', 'progress'];

type Editing =
  { mode: 'plan'; start?: VisitStart } | { mode: 'week' } | { mode: 'reschedule'; visit: VisitListItem } | { mode: 'outcome'; visit: VisitListItem } | null;
type Notice = { text: string; warnings: string[] } | null;

export function VisitsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="visits.read" title={t('homeVisits.title')} lead={t('homeVisits.intro')}>
      {(project) => <VisitsView project={project} />}
    </ProjectSubPage>
  );
}

function VisitsView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, update] = useSearchParamUpdate();
  const view: View = views.find((v) => v === params.get('view')) ?? 'day';
  const date = isIsoDate(params.get('date')) ? params.get('date')! : todayInAmsterdam();
  const visitorId = params.get('visitor') ?? '';
  const team = useTeam(project.id);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  // A link from a referral opens the form for a final visit with the partner (`?plan=final_visit&addressId=`).
  const planStart =
    params.get('plan') === 'final_visit' && isUuid(params.get('addressId')) ? { kind: 'final_visit' as const, addressId: params.get('addressId')! } : null;
  const [editing, setEditing] = useState<Editing>(planStart && can('visits.plan') ? { mode: 'plan', start: planStart } : null);
  const [notice, setNotice] = useState<Notice>(null);

  // After saving, the focus goes to the message saying what was saved (the form that had it is gone).
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const members = (team.data ?? []).filter((m) => visitorRoles.includes(m.role));
  // The form also lists partner contacts, for a final visit (warm hand-over).
  const formMembers = visitorChoices(team.data ?? [], 'final_visit');
  const start = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const closeForm = () => {
    setEditing(null);
    if (params.has('plan') || params.has('addressId')) update({ plan: null, addressId: null });
  };

  const onSaved = (saved: Visit, rescheduled: boolean) => {
    setEditing(null);
    const values = { address: saved.addressLabel, date: formatDate(dateOf(saved.startsAt), lang), time: timeOf(saved.startsAt) };
    setNotice({ text: rescheduled ? t('homeVisits.rescheduled', values) : t('homeVisits.planned', values), warnings: saved.warnings });
    update({ plan: null, addressId: null, ...(view !== 'progress' ? { date: dateOf(saved.startsAt) } : {}) });
  };
  const onWeekSaved = (result: VisitBatchResult, planned: { from: string; to: string }) => {
    setEditing(null);
    const values = { count: result.visitIds.length, from: formatDate(dateOf(planned.from), lang), to: formatDate(dateOf(planned.to), lang) };
    setNotice({ text: result.repeated ? t('weekPlanning.savedBefore', values) : t('weekPlanning.saved', values), warnings: result.warnings });
    update({ view: 'week', date: dateOf(planned.from) });
  };
  const onRecorded = (visits: Visit[]) => {
    setEditing(null);
    const [recorded, retry] = visits;
    if (!recorded) return;
    const parts = [t('homeVisits.outcomeSaved', { address: recorded.addressLabel, outcome: recorded.outcome ? t(`visitOutcomes.${recorded.outcome}`) : '' })];
    if (retry) parts.push(t('homeVisits.retryPlanned', { date: formatDate(dateOf(retry.startsAt), lang), time: timeOf(retry.startsAt) }));
    setNotice({ text: parts.join(' '), warnings: retry?.warnings ?? [] });
  };

  const actions =
    can('visits.plan') || can('visits.record') || can('registrations.write') || can('signals.report')
      ? {
          record: can('visits.record') ? (v: VisitListItem) => start({ mode: 'outcome', visit: v }) : undefined,
          move: can('visits.plan') ? (v: VisitListItem) => start({ mode: 'reschedule', visit: v }) : undefined,
          register: can('registrations.write') ? (v: VisitListItem) => `/projects/${project.id}/visits/${v.id}/register` : undefined,
          signal: can('signals.report') ? (v: VisitListItem) => `/projects/${project.id}/signals?visitId=${v.id}&date=${dateOf(v.startsAt)}` : undefined,
        }
      : undefined;

  return (
    <>
      <VisitToolLinks project={project} period={view === 'week' ? { from: weekRange(date).from, until: weekRange(date).days[6]! } : undefined} />
      {can('visits.plan') ? <PrivacyPlanGate project={project} /> : null}
      <nav className="thuis-subnav thuis-view-switch thuis-no-print" aria-label={t('homeVisits.views')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link
                to={{ search: new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString() }}
                aria-current={v === view ? 'page' : undefined}
                className={['thuis-nav__link', v === view ? 'thuis-nav__link--current' : ''].join(' ')}
                replace
                onClick={() => setNotice(null)}
              >
                {t(`homeVisits.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {can('visits.plan') && editing?.mode !== 'plan' && editing?.mode !== 'week' ? (
        <div className="thuis-toolbar thuis-no-print">
          <ButtonGroup>
            <Button appearance="primary" onClick={() => start({ mode: 'plan' })}>
              {t('homeVisits.planVisit')}
            </Button>
            <Button appearance="secondary" onClick={() => start({ mode: 'week' })}>
              {t('weekPlanning.open')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}

      {notice ? (
        <div className="thuis-no-print thuis-focus-target" ref={noticeRef} tabIndex={-1}>
          <Alert type="ok">{notice.text}</Alert>
          {notice.warnings.length > 0 ? (
            <Alert type="warning" title={t('homeVisits.warningsTitle')}>
              <ul className="utrecht-unordered-list">
                {notice.warnings.map((w) => (
                  <li className="utrecht-unordered-list__item" key={w}>
                    {w}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </div>
      ) : null}

      {editing ? (
        <div className="thuis-no-print">
          {editing.mode === 'week' ? (
            <PlanWeekForm projectId={project.id} members={team.data ?? []} onSaved={onWeekSaved} onCancel={closeForm} />
          ) : editing.mode === 'outcome' ? (
            <OutcomeForm
              key={editing.visit.id}
              projectId={project.id}
              visit={editing.visit}
              permissions={project.permissions}
              onSaved={onRecorded}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <VisitForm
              key={editing.mode === 'reschedule' ? editing.visit.id : `new-${editing.start?.addressId ?? ''}`}
              projectId={project.id}
              visit={editing.mode === 'reschedule' ? editing.visit : null}
              members={formMembers}
              defaultStartsAt={`${date}T09:00`}
              start={editing.mode === 'plan' ? (editing.start ?? null) : null}
              onSaved={(saved) => onSaved(saved, editing.mode === 'reschedule')}
              onCancel={closeForm}
            />
          )}
        </div>
      ) : null}

      {view === 'progress' ? (
        <VisitProgressSection projectId={project.id} />
      ) : (
        <>
          <Filters view={view} date={date} visitorId={visitorId} members={members} onChange={update} />
          {view === 'day' ? (
            <DayList projectId={project.id} date={date} visitorId={visitorId} actions={actions} />
          ) : (
            <WeekList
              projectId={project.id}
              date={date}
              visitorId={visitorId}
              visitorName={visitorId ? (members.find((m) => m.userId === visitorId)?.displayName ?? '…') : undefined}
            />
          )}
        </>
      )}

      <CalendarFeedSection />
    </>
  );
}

function Filters({
  view,
  date,
  visitorId,
  members,
  onChange,
}: {
  view: 'day' | 'week';
  date: string;
  visitorId: string;
  members: readonly TeamMember[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const step = view === 'day' ? 1 : 7;
  return (
    <div className="thuis-filter-form thuis-visit-filters thuis-no-print" role="group" aria-label={t('homeVisits.filters')}>
      <TextField
        type="date"
        label={view === 'day' ? t('homeVisits.date') : t('homeVisits.weekDate')}
        value={date}
        onChange={(e) => {
          if (isIsoDate(e.target.value)) onChange({ date: e.target.value });
        }}
      />
      <SelectField
        label={t('homeVisits.visitor')}
        placeholder={t('homeVisits.allVisitors')}
        value={visitorId}
        onChange={(e) => onChange({ visitor: e.target.value })}
        options={members.map((m) => ({ value: m.userId, label: m.displayName }))}
      />
      <ButtonGroup>
        <Button appearance="subtle" onClick={() => onChange({ date: addDays(date, -step) })}>
          {view === 'day' ? t('homeVisits.previousDay') : t('homeVisits.previousWeek')}
        </Button>
        <Button appearance="subtle" onClick={() => onChange({ date: null })}>
          {view === 'day' ? t('homeVisits.today') : t('homeVisits.thisWeek')}
        </Button>
        <Button appearance="subtle" onClick={() => onChange({ date: addDays(date, step) })}>
          {view === 'day' ? t('homeVisits.nextDay') : t('homeVisits.nextWeek')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

type RowActions =
  | {
      record: ((v: VisitListItem) => void) | undefined;
      move: ((v: VisitListItem) => void) | undefined;
      register: ((v: VisitListItem) => string) | undefined;
      signal: ((v: VisitListItem) => string) | undefined;
    }
  | undefined;

function useVisitColumns(actions: RowActions, withNote: boolean): (Column<VisitListItem> | false)[] {
  const { t } = useTranslation();
  const name = (v: VisitListItem) => t('homeVisits.visitName', { address: v.addressLabel, time: timeOf(v.startsAt) });
  /** Recording, moving or registering a visit, as far as it is still open and allowed. */
  const visitActions = (v: VisitListItem) => {
    if (!actions) return null;
    if (v.outcome === 'completed_with_conversation' && v.registered) return t('registration.registered');
    if (v.outcome === 'completed_with_conversation' && actions.register)
      return (
        <span className="thuis-row-actions">
          <ButtonLink appearance="secondary" to={actions.register(v)}>
            <ActionLabel visible={t('registration.register')} full={t('registration.registerFor', { visit: name(v) })} />
          </ButtonLink>
        </span>
      );
    if (v.outcome) return null;
    return (
      <span className="thuis-row-actions">
        {actions.record ? (
          <Button appearance="secondary" onClick={() => actions.record?.(v)}>
            <ActionLabel visible={t('homeVisits.recordOutcome')} full={t('homeVisits.recordOutcomeFor', { visit: name(v) })} />
          </Button>
        ) : null}
        {actions.move ? (
          <Button appearance="subtle" onClick={() => actions.move?.(v)}>
            <ActionLabel visible={t('homeVisits.move')} full={t('homeVisits.moveFor', { visit: name(v) })} />
          </Button>
        ) : null}
      </span>
    );
  };

  return [
    {
      label: t('homeVisits.time'),
      cell: (v) => t('homeVisits.timeRange', { start: timeOf(v.startsAt), end: timeOf(v.endsAt) }),
      className: 'thuis-nowrap thuis-number',
    },
    { label: t('fields.addressId'), cell: (v) => v.addressLabel },
    { label: t('fields.kind'), cell: (v) => t(`visitKinds.${v.kind}`) },
    { label: t('fields.visitorIds'), cell: (v) => v.visitors.map((p) => p.displayName).join(', ') },
    {
      label: t('fields.outcome'),
      cell: (v) =>
        v.outcome ? (
          <StatusBadge tone={v.outcome === 'completed_with_conversation' || v.outcome === 'technical_only' || v.outcome === 'completed' ? 'done' : 'neutral'}>
            {t(`visitOutcomes.${v.outcome}`)}
          </StatusBadge>
        ) : (
          <StatusBadge tone="active">{t('homeVisits.plannedStatus')}</StatusBadge>
        ),
    },
    withNote && { label: t('fields.note'), cell: (v) => v.note || '–' },
    !!actions && {
      label: t('common.actions'),
      className: 'thuis-no-print',
      cell: (v) => (
        <>
          {visitActions(v)}
          {actions.signal ? (
            <span className="thuis-row-actions">
              <ButtonLink appearance="subtle" to={actions.signal(v)}>
                <ActionLabel visible={t('signalsPage.fromVisitLink')} full={t('signalsPage.fromVisitLinkFor', { visit: name(v) })} />
              </ButtonLink>
            </span>
          ) : null}
        </>
      ),
    },
  ];
}

function DayList({ projectId, date, visitorId, actions }: { projectId: string; date: string; visitorId: string; actions: RowActions }) {
  const { t, i18n } = useTranslation();
  const visits = useVisitPages(projectId, { ...dayRange(date), visitorId: visitorId || undefined });
  const columns = useVisitColumns(actions, false);
  const day = formatDayDate(date, i18n.language);
  return (
    <Section title={t('homeVisits.dayTitle', { date: day })}>
      <QueryState query={visits}>
        {(data) => {
          const list = data.pages.flatMap((p) => p.items);
          if (list.length === 0) return <Paragraph>{t('homeVisits.noneOnDay')}</Paragraph>;
          return (
            <>
              <DataTable caption={t('homeVisits.dayTitle', { date: day })} rows={sortVisits(list)} rowKey={(v) => v.id} columns={columns} />
              {visits.hasNextPage ? (
                <ButtonGroup className="thuis-no-print">
                  <Paragraph>{t('visitPages.shownSoFar', { count: list.length })}</Paragraph>
                  <Button
                    appearance="secondary"
                    busy={visits.isFetchingNextPage}
                    disabled={visits.isFetchingNextPage}
                    onClick={() => void visits.fetchNextPage()}
                  >
                    {visits.isFetchingNextPage ? t('visitPages.loadingMore') : t('visitPages.loadMore')}
                  </Button>
                </ButtonGroup>
              ) : null}
              {visits.isFetchNextPageError ? <Alert type="error">{visits.error?.message ?? t('common.loadFailed')}</Alert> : null}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

function WeekList({ projectId, date, visitorId, visitorName }: { projectId: string; date: string; visitorId: string; visitorName: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const week = weekRange(date);
  const visits = useVisits(projectId, { from: week.from, to: week.to, visitorId: visitorId || undefined });
  const columns = useVisitColumns(undefined, true);
  // Whose list it is, on screen and on paper (the filters are not printed).
  const period = { from: formatDate(week.from, lang), to: formatDate(week.days[6], lang) };
  const title = visitorName ? t('lettersAndPartners.weekList.titleOf', { name: visitorName, ...period }) : t('lettersAndPartners.weekList.titleAll', period);
  return (
    <Section
      title={title}
      className="thuis-week"
      actions={
        <Button className="thuis-no-print" onClick={() => window.print()}>
          {t('homeVisits.print')}
        </Button>
      }
    >
      <Paragraph className="thuis-no-print">{t('homeVisits.weekIntro')}</Paragraph>
      <QueryState query={visits}>
        {(list) => (
          <>
            <Paragraph>{t('homeVisits.weekCount', { count: list.length })}</Paragraph>
            {groupByDay(list, week.days).map((day) => (
              <DaySection key={day.date} title={formatDayDate(day.date, lang)}>
                {day.visits.length === 0 ? (
                  <Paragraph className="thuis-muted">{t('homeVisits.noneThatDay')}</Paragraph>
                ) : (
                  <DataTable caption={formatDayDate(day.date, lang)} rows={day.visits} rowKey={(v) => v.id} columns={columns} />
                )}
              </DaySection>
            ))}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function DaySection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section title={title} level={3} className="thuis-week__day">
      {children}
    </Section>
  );
}
