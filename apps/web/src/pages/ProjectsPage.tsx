import { useTranslation } from 'react-i18next';
import { useDeferredValue, useState } from 'react';
import { Alert, ButtonLink, Card, Heading, Link, LoadMore, Loading, PageTitle, Paragraph, StatusBadge, TextField } from '../ui';
import { formatDate } from '../lib/dates';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useCurrentUser } from '../features/auth/hooks';
import { useProjects } from '../features/projects/hooks';
import { OverdueReminders } from '../features/actions/OverdueReminders';
import { NewReferrals } from '../features/referrals/NewReferrals';

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('projects.title'));
  const user = useCurrentUser();
  const [search, setSearch] = useState('');
  // Typing narrows the list; the request follows when React has time, not at every key.
  const projects = useProjects(useDeferredValue(search.trim()));
  const list = projects.items;

  return (
    <>
      <PageTitle
        title={t('projects.title')}
        lead={t('projects.intro')}
        actions={
          user.canCreateProjects ? (
            <ButtonLink to="/projects/new" appearance="primary">
              {t('projects.new')}
            </ButtonLink>
          ) : undefined
        }
      />
      <OverdueReminders userId={user.id} />
      <NewReferrals />
      {search || (projects.total ?? 0) > list.length ? (
        <div className="thuis-filter-form thuis-no-print" role="search">
          <TextField label={t('pagedLists.projectSearch')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      ) : null}
      {projects.query.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : projects.query.isError ? (
        <Alert type="error">{projects.query.error.message}</Alert>
      ) : list.length === 0 ? (
        <Paragraph>{search ? t('pagedLists.noneFiltered') : user.canCreateProjects ? t('projects.emptyCanCreate') : t('projects.empty')}</Paragraph>
      ) : (
        <ul className="thuis-card-list" aria-label={t('projects.listLabel')}>
          {list.map((p) => (
            <Card as="li" key={p.id} className="thuis-project-card">
              <Heading level={2} className="thuis-project-card__title">
                <Link to={`/projects/${p.id}`}>{p.name}</Link>
              </Heading>
              <p className="thuis-project-card__place">{t('projects.place', { neighbourhood: p.neighbourhood, municipality: p.municipality })}</p>
              <dl className="thuis-datalist thuis-datalist--compact">
                <div className="thuis-datalist__item">
                  <dt>{t('projects.myRole')}</dt>
                  <dd>{t(`roles.${p.myRole}`)}</dd>
                </div>
                <div className="thuis-datalist__item">
                  <dt>{t('projects.currentPhase')}</dt>
                  <dd>
                    {p.currentPhase ? (
                      <StatusBadge tone="active">{t(`phases.${p.currentPhase}`)}</StatusBadge>
                    ) : (
                      <StatusBadge tone="done">{t('projects.allPhasesDone')}</StatusBadge>
                    )}
                  </dd>
                </div>
                <div className="thuis-datalist__item">
                  <dt>{t('project.period')}</dt>
                  <dd>
                    {p.endsOn
                      ? t('project.periodRange', { start: formatDate(p.startsOn, i18n.language), end: formatDate(p.endsOn, i18n.language) })
                      : t('project.periodOpen', { start: formatDate(p.startsOn, i18n.language) })}
                  </dd>
                </div>
              </dl>
            </Card>
          ))}
        </ul>
      )}
      {list.length > 0 ? (
        <LoadMore
          shown={list.length}
          total={projects.total}
          hasMore={projects.hasMore}
          loading={projects.loadingMore}
          onLoadMore={projects.loadMore}
          label={t('pagedLists.projects')}
        />
      ) : null}
    </>
  );
}
