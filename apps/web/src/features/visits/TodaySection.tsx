import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInAmsterdam, type ProjectDetail, type ProjectPermission, type Visit, type VisitListItem, type VisitOutcome } from '@thuis/domain';
import { ActionLabel, Alert, Button, ButtonLink, Link, LoadMore, Paragraph, QueryState, Section, StatusBadge } from '../../ui';
import { formatDayDate } from '../../lib/dates';
import { useCurrentUser } from '../auth/hooks';
import { useRecordOutcome, useVisitPages } from './hooks';
import { OutcomeForm } from './OutcomeForm';
import { dayRange, doorOutcomes, sortVisits, timeOf } from './schedule';

type Notice = { type: 'ok' | 'error'; text: string } | null;

/**
 * "Vandaag": the signed-in visitor's own visits of the day (Amsterdam), each with one tap to its
 * outcome, its registration and a signal. What people at the door open a project on.
 */
export function TodaySection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const today = todayInAmsterdam();
  const visits = useVisitPages(project.id, { ...dayRange(today), visitorId: user.id });
  const record = useRecordOutcome(project.id);
  const [notice, setNotice] = useState<Notice>(null);
  const [otherFor, setOtherFor] = useState<VisitListItem | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const can = (p: ProjectPermission) => project.permissions.includes(p);

  // The buttons of a recorded visit go away: focus goes to what was said about it, not to the page.
  const tell = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const recorded = (saved: Visit[]) => {
    setOtherFor(null);
    const [visit, retry] = saved;
    if (!visit) return;
    const parts = [t('homeVisits.outcomeSaved', { address: visit.addressLabel, outcome: visit.outcome ? t(`visitOutcomes.${visit.outcome}`) : '' })];
    if (retry) parts.push(t('doorToday.retryPlanned', { time: timeOf(retry.startsAt) }));
    tell({ type: 'ok', text: parts.join(' ') });
  };
  const recordNow = (visit: VisitListItem, outcome: VisitOutcome) =>
    record.mutate({ visitId: visit.id, outcome, retryAt: null }, { onSuccess: recorded, onError: (error) => tell({ type: 'error', text: error.message }) });

  const title = t('doorToday.title', { date: formatDayDate(today, i18n.language) });
  return (
    <Section id="vandaag" title={title} className="thuis-today">
      <div ref={noticeRef} tabIndex={-1} className="thuis-today__notice">
        {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      </div>
      <QueryState query={visits}>
        {(data) => {
          const list = sortVisits(data.pages.flatMap((p) => p.items));
          if (list.length === 0) return <Paragraph>{t('doorToday.none')}</Paragraph>;
          return (
            <>
              <ol className="thuis-today__list">
                {list.map((v) => (
                  <li key={v.id}>
                    <TodayVisit
                      project={project}
                      visit={v}
                      userId={user.id}
                      busy={record.isPending && record.variables.visitId === v.id}
                      onOutcome={(outcome) => recordNow(v, outcome)}
                      onOther={() => {
                        setNotice(null);
                        setOtherFor(v);
                      }}
                    />
                    {otherFor?.id === v.id ? (
                      <OutcomeForm
                        projectId={project.id}
                        visit={v}
                        permissions={project.permissions}
                        onSaved={recorded}
                        onCancel={() => {
                          setOtherFor(null);
                          document.getElementById(otherOutcomeId(v))?.focus();
                        }}
                      />
                    ) : null}
                  </li>
                ))}
              </ol>
              <LoadMore
                shown={list.length}
                hasMore={visits.hasNextPage}
                loading={visits.isFetchingNextPage}
                onLoadMore={() => void visits.fetchNextPage()}
                label={title}
              />
            </>
          );
        }}
      </QueryState>
      {can('visits.read') ? (
        <Paragraph>
          <Link to={`/projects/${project.id}/visits`}>{t('doorToday.allVisits')}</Link>
        </Paragraph>
      ) : null}
    </Section>
  );
}

const otherOutcomeId = (visit: VisitListItem) => `today-other-${visit.id}`;

function TodayVisit({
  project,
  visit,
  userId,
  busy,
  onOutcome,
  onOther,
}: {
  project: ProjectDetail;
  visit: VisitListItem;
  userId: string;
  busy: boolean;
  onOutcome: (outcome: VisitOutcome) => void;
  onOther: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const can = (p: ProjectPermission) => project.permissions.includes(p);
  const name = t('homeVisits.visitName', { address: visit.addressLabel, time: timeOf(visit.startsAt) });
  const others = visit.visitors.filter((p) => p.userId !== userId).map((p) => p.displayName);
  // A conversation can be registered at the door, before or after its outcome is recorded.
  const canRegister = can('registrations.write') && !visit.registered && (visit.outcome === null || visit.outcome === 'completed_with_conversation');
  return (
    <article className="thuis-today__visit" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3 thuis-today__heading" id={headingId}>
        <span className="thuis-number">{t('homeVisits.timeRange', { start: timeOf(visit.startsAt), end: timeOf(visit.endsAt) })}</span> {visit.addressLabel}
      </h3>
      <p className="utrecht-paragraph thuis-today__meta">
        {t(`visitKinds.${visit.kind}`)}
        {others.length > 0 ? ` · ${t('doorToday.with', { names: others.join(', ') })}` : ''}{' '}
        {visit.outcome ? <StatusBadge tone="done">{t(`visitOutcomes.${visit.outcome}`)}</StatusBadge> : null}
        {visit.registered ? <StatusBadge tone="done">{t('registration.registered')}</StatusBadge> : null}
      </p>
      <div className="thuis-today__actions">
        {canRegister ? (
          <ButtonLink appearance="primary" to={`/projects/${project.id}/visits/${visit.id}/register`}>
            <ActionLabel visible={t('registration.register')} full={t('registration.registerFor', { visit: name })} />
          </ButtonLink>
        ) : null}
        {visit.outcome === null && can('visits.record') ? (
          <div role="group" className="thuis-today__outcomes" aria-label={t('doorToday.outcomeFor', { visit: name })}>
            {doorOutcomes(project.permissions).map((o) => (
              <Button key={o} appearance="secondary" disabled={busy} onClick={() => onOutcome(o)}>
                <ActionLabel visible={t(`visitOutcomes.${o}`)} full={t('doorToday.recordAs', { outcome: t(`visitOutcomes.${o}`), visit: name })} />
              </Button>
            ))}
            <Button id={otherOutcomeId(visit)} appearance="subtle" disabled={busy} onClick={onOther}>
              <ActionLabel visible={t('doorToday.otherOutcome')} full={t('doorToday.otherOutcomeFor', { visit: name })} />
            </Button>
          </div>
        ) : null}
        {can('signals.report') ? (
          <ButtonLink appearance="subtle" to={`/projects/${project.id}/signals?visitId=${visit.id}&date=${visit.startsAt.slice(0, 10)}`}>
            <ActionLabel visible={t('signalsPage.fromVisitLink')} full={t('signalsPage.fromVisitLinkFor', { visit: name })} />
          </ButtonLink>
        ) : null}
      </div>
    </article>
  );
}
