import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { signalCategories, type ProjectDetail } from '@thuis/domain';
import { ActionLabel, ButtonLink, DataTable, Link, LoadMore, Paragraph, QueryState, Section, SelectField } from '../../ui';
import { formatDayDate, formatShortDate } from '../../lib/dates';
import { ProjectSubPage } from '../../features/projects/ProjectSubPage';
import { useBuildingPhases } from '../../features/addresses/hooks';
import { SignalForm } from '../../features/signals/SignalForm';
import { useSignals } from '../../features/signals/hooks';
import { useVisits } from '../../features/visits/hooks';
import { dateOf, dayRange, isIsoDate, timeOf } from '../../features/visits/schedule';
import { isUuid } from '../../lib/ids';
import { useSearchParamUpdate } from '../../lib/useSearchParamUpdate';

export function SignalsPage() {
  const { t } = useTranslation();
  return (
    <ProjectSubPage permission="signals.report" title={t('signalsPage.title')} lead={t('signalsPage.intro')}>
      {(project) => <SignalsView project={project} />}
    </ProjectSubPage>
  );
}

/** Which visit `?visitId=` (and `date=`, the day of the visit) points at, as a sentence. */
function useVisitText(project: ProjectDetail, visitId: string | null, date: string | null): string | null {
  const { t, i18n } = useTranslation();
  const query = date ? dayRange(date) : { from: '', to: '' };
  const visits = useVisits(project.id, query, { enabled: !!visitId && !!date && project.permissions.includes('visits.read') });
  if (!visitId) return null;
  const visit = visits.data?.find((v) => v.id === visitId);
  return visit
    ? t('signalsPage.fromVisit', { address: visit.addressLabel, date: formatDayDate(dateOf(visit.startsAt), i18n.language), time: timeOf(visit.startsAt) })
    : t('signalsPage.fromAVisit');
}

function SignalsView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const visitId = isUuid(params.get('visitId')) ? params.get('visitId') : null;
  const date = isIsoDate(params.get('date')) ? params.get('date') : null;
  const phases = useBuildingPhases(project.id);
  const visitText = useVisitText(project, visitId, date);
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);

  return (
    <>
      {visitId && can('visits.read') ? (
        <p className="thuis-back">
          <Link to={`/projects/${project.id}/visits${date ? `?date=${date}` : ''}`}>{t('signalsPage.backToVisits')}</Link>
        </p>
      ) : null}
      <SignalForm
        key={visitId ?? 'none'}
        projectId={project.id}
        visitId={visitId}
        visitText={visitText}
        buildingPhases={phases.data ?? []}
        seesFollowUp={can('signals.read')}
      />
      {can('signals.read') ? <SignalList project={project} /> : null}
    </>
  );
}

function SignalList({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, update] = useSearchParamUpdate();
  const category = signalCategories.find((c) => c === params.get('category'));
  const signals = useSignals(project.id, { category });
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const base = `/projects/${project.id}`;
  const name = (s: { subject: string; createdAt: string }) =>
    t('signalsPage.signalName', { subject: t(`signalSubjects.${s.subject}`), date: formatShortDate(s.createdAt, lang) });
  const showActions = can('actions.manage') || can('referrals.make');

  return (
    <Section title={t('signalsPage.listTitle')}>
      <Paragraph>{t('signalsPage.listIntro')}</Paragraph>
      <div className="thuis-filter-form thuis-no-print" role="group" aria-label={t('pagedLists.signalFilters')}>
        <SelectField
          label={t('fields.category')}
          placeholder={t('pagedLists.allCategories')}
          value={category ?? ''}
          onChange={(e) => update({ category: e.target.value })}
          options={signalCategories.map((c) => ({ value: c, label: t(`signalCategories.${c}`) }))}
        />
      </div>
      <QueryState query={signals.state}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{category ? t('pagedLists.noneFiltered') : t('signalsPage.none')}</Paragraph>
          ) : (
            <>
              <DataTable
                caption={t('signalsPage.listTitle')}
                rows={list}
                rowKey={(s) => s.id}
                columns={[
                  { label: t('signalsPage.reportedOn'), cell: (s) => formatShortDate(s.createdAt, lang), className: 'thuis-nowrap' },
                  { label: t('fields.category'), cell: (s) => t(`signalCategories.${s.category}`) },
                  { label: t('fields.subject'), cell: (s) => t(`signalSubjects.${s.subject}`) },
                  { label: t('fields.description'), cell: (s) => <span className="thuis-preline">{s.description}</span> },
                  {
                    label: t('signalsPage.origin'),
                    cell: (s) =>
                      [s.fromVisit ? t('signalsPage.originVisit') : t('signalsPage.originNeighbourhood'), s.buildingPhaseName].filter(Boolean).join(', '),
                  },
                  {
                    label: t('signalsPage.reportedBy'),
                    cell: (s) => (s.handedOverByContractor ? t('signalsPage.byContractor', { name: s.reportedByName }) : s.reportedByName),
                  },
                  showActions && {
                    label: t('common.actions'),
                    cell: (s) => (
                      <span className="thuis-row-actions">
                        {can('actions.manage') ? (
                          <ButtonLink appearance="secondary" to={`${base}/actions?signalId=${s.id}`}>
                            <ActionLabel visible={t('signalsPage.makeAction')} full={t('signalsPage.makeActionFor', { signal: name(s) })} />
                          </ButtonLink>
                        ) : null}
                        {can('referrals.make') && s.fromVisit ? (
                          <ButtonLink appearance="secondary" to={`${base}/referrals?signalId=${s.id}`}>
                            <ActionLabel visible={t('signalsPage.refer')} full={t('signalsPage.referFor', { signal: name(s) })} />
                          </ButtonLink>
                        ) : null}
                      </span>
                    ),
                  },
                ]}
              />
              <LoadMore
                shown={list.length}
                total={signals.total}
                hasMore={signals.hasMore}
                loading={signals.loadingMore}
                onLoadMore={signals.loadMore}
                label={t('pagedLists.signals')}
              />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
