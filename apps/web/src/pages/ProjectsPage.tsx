import { useTranslation } from 'react-i18next';
import { Alert, ButtonLink, Card, Heading, Link, Loading, PageTitle, Paragraph, StatusBadge } from '../ui';
import { formatDate } from '../lib/dates';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useCurrentUser } from '../features/auth/hooks';
import { useProjects } from '../features/projects/hooks';
import { OverdueReminders } from '../features/actions/OverdueReminders';

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('projects.title'));
  const user = useCurrentUser();
  const projects = useProjects();

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
      {projects.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : projects.isError ? (
        <Alert type="error">{projects.error.message}</Alert>
      ) : projects.data.length === 0 ? (
        <Paragraph>{user.canCreateProjects ? t('projects.emptyCanCreate') : t('projects.empty')}</Paragraph>
      ) : (
        <ul className="thuis-card-list" aria-label={t('projects.listLabel')}>
          {projects.data.map((p) => (
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
    </>
  );
}
