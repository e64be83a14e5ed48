import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { opensOnToday, type ProjectDetail } from '@thuis/domain';
import { Alert, ButtonLink, DataList, Loading, PageTitle, Paragraph } from '../ui';
import { isApiError } from '../lib/api';
import { formatDate } from '../lib/dates';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useProject } from '../features/projects/hooks';
import { PhasesSection } from '../features/projects/PhasesSection';
import { PartnersSection } from '../features/partners/PartnersSection';
import { TeamContactsSection, TeamSection } from '../features/team/TeamSection';
import { SocialNotesSection } from '../features/socialNotes/SocialNotesSection';
import { RetentionSection } from '../features/residentRights/RetentionSection';
import { ProjectNav } from '../features/projects/ProjectSubPage';
import { ActivityProgressSection } from '../features/activities/ActivityProgressSection';
import { FitCheckSection } from '../features/privacyPlan/FitCheckSection';
import { TodaySection } from '../features/visits/TodaySection';
import { NotFoundPage } from './NotFoundPage';

export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);
  useDocumentTitle(project.data?.name);

  if (project.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (project.isError)
    return isApiError(project.error) && project.error.status === 404 ? <NotFoundPage /> : <Alert type="error">{project.error.message}</Alert>;
  return <ProjectView project={project.data} />;
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const lang = i18n.language;
  // People at the door open the project on their visits of today, above what describes the project.
  const today = opensOnToday(project.myRole) && can('visits.read');

  const sections = [
    { id: 'voortgang', label: t('progress.title'), show: can('project.phases.read') },
    { id: 'past-de-aanpak', label: t('fitCheckSection.title'), show: can('project.read') },
    { id: 'activiteiten', label: t('activityProgress.title'), show: can('activities.read') },
    { id: 'partners', label: t('partners.title'), show: can('project.partners.read') },
    { id: 'team', label: t('team.title'), show: can('project.team.read') },
    { id: 'contacten', label: t('team.contactsTitle'), show: can('project.team.contacts.read') },
    { id: 'notities', label: t('socialNotes.title'), show: can('project.socialNotes.read') },
  ].filter((s) => s.show);

  return (
    <>
      <PageTitle
        pre={t('project.pre')}
        title={project.name}
        lead={t('projects.place', { neighbourhood: project.neighbourhood, municipality: project.municipality })}
        actions={
          can('project.update') ? (
            <ButtonLink to={`/projects/${project.id}/edit`} appearance="secondary">
              {t('project.edit')}
            </ButtonLink>
          ) : undefined
        }
      />
      {flash ? <Alert type="ok">{flash}</Alert> : null}
      <ProjectNav project={project} />
      {today ? <TodaySection project={project} /> : null}
      {project.description ? <Paragraph className="thuis-preline thuis-description">{project.description}</Paragraph> : null}
      <DataList
        className="thuis-project-facts"
        items={[
          { key: 'works', label: t('project.works'), value: project.worksKinds.map((k) => t(`worksKinds.${k}`)).join(', ') },
          {
            key: 'period',
            label: t('project.period'),
            value: project.endsOn
              ? t('project.periodRange', { start: formatDate(project.startsOn, lang), end: formatDate(project.endsOn, lang) })
              : t('project.periodOpen', { start: formatDate(project.startsOn, lang) }),
          },
          { key: 'role', label: t('project.myRole'), value: t(`roles.${project.myRole}`) },
        ]}
      />
      {sections.length > 1 ? (
        <nav className="thuis-subnav" aria-label={t('project.sections')}>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a className="utrecht-link utrecht-link--html-a" href={`#${s.id}`}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {can('project.phases.read') ? <PhasesSection project={project} /> : null}
      {can('project.read') ? <FitCheckSection project={project} /> : null}
      {can('activities.read') ? <ActivityProgressSection project={project} /> : null}
      <div className="thuis-columns">
        {can('project.partners.read') ? <PartnersSection project={project} /> : null}
        {can('project.team.read') ? <TeamSection project={project} /> : null}
      </div>
      {can('project.team.contacts.read') ? <TeamContactsSection project={project} /> : null}
      {can('project.socialNotes.read') ? <SocialNotesSection project={project} /> : null}
      {can('project.update') ? <RetentionSection project={project} /> : null}
    </>
  );
}
