import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type ActivityKind, type ProjectDetail } from '@thuis/domain';
import { DataList, DataTable, Link, Loading, Paragraph, QueryState, Section } from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useActivityProgress } from './hooks';

const ActivityChart = lazy(() => import('./ActivityChart'));

/** Phase 4 on the project page: activities by kind and theme, reach, hours against the budget, what lasts. */
export function ActivityProgressSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const progress = useActivityProgress(project.id);
  const kindLabel = useCallback((k: ActivityKind) => t(`activityKinds.${k}`), [t]);
  const count = (n: number | null) => (n === null ? t('activitiesPage.suppressed') : formatNumber(n, lang));
  return (
    <Section id="activiteiten" title={t('activityProgress.title')}>
      <QueryState query={progress}>
        {(p) => {
          const total = p.byKind.reduce((s, k) => s + k.count, 0);
          if (total === 0)
            return (
              <Paragraph>
                {t('activityProgress.none')} <Link to={`/projects/${project.id}/activities`}>{t('activityProgress.toRegister')}</Link>
              </Paragraph>
            );
          const summary = t('activityProgress.chartSummary', {
            kinds: p.byKind.map((k) => `${kindLabel(k.kind)}: ${k.count}`).join(', '),
          });
          return (
            <>
              <DataList
                items={[
                  ...p.byKind.map((k) => ({ key: k.kind, label: kindLabel(k.kind), value: formatNumber(k.count, lang) })),
                  {
                    key: 'reach',
                    label: t('activityProgress.reach'),
                    value: t('activitiesPage.reachText', { participants: count(p.reach.participants), firstTimers: count(p.reach.firstTimers) }),
                  },
                  ...(p.hours
                    ? [
                        {
                          key: 'hours',
                          label: t('activityProgress.hours'),
                          value: t('activityProgress.hoursText', {
                            booked: formatNumber(p.hours.booked, lang),
                            budget: formatNumber(p.hours.budget, lang),
                            onActivities: formatNumber(p.hours.onActivities, lang),
                          }),
                        },
                      ]
                    : []),
                ]}
              />
              <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
                <ActivityChart byTheme={p.byTheme} kindLabel={kindLabel} noTheme={t('activityProgress.noTheme')} summary={summary} />
              </Suspense>
              <DataTable
                caption={t('activityProgress.tableCaption')}
                rows={p.byTheme}
                rowKey={(th) => th.themeId ?? 'none'}
                columns={[
                  { label: t('activityFields.theme'), cell: (th) => (th.themeId ? th.themeName : t('activityProgress.noTheme')) },
                  ...activityKinds.map((k) => ({
                    label: kindLabel(k),
                    cell: (th: (typeof p.byTheme)[number]) => formatNumber(th.counts.find((c) => c.kind === k)?.count ?? 0, lang),
                  })),
                ]}
              />
              <Section level={3} title={t('activityProgress.lastingTitle')}>
                {p.lasting.length === 0 ? (
                  <Paragraph>{t('activityProgress.noneLasting')}</Paragraph>
                ) : (
                  <ul>
                    {p.lasting.map((a) => (
                      <li key={a.id}>{t('activityProgress.lastingItem', { title: a.title, owner: a.successorOwner })}</li>
                    ))}
                  </ul>
                )}
              </Section>
              <Paragraph>
                <Link to={`/projects/${project.id}/activities`}>{t('activityProgress.toRegister')}</Link>
              </Paragraph>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
