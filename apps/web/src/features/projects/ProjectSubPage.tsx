import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { ProjectDetail, ProjectPermission } from '@thuis/domain';
import { Alert, Link, Loading, NavLink, PageTitle } from '../../ui';
import { isApiError } from '../../lib/api';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useNarrowViewport } from '../../lib/useNarrowViewport';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { currentPage } from './currentPage';
import { useProject } from './hooks';

/** The project's work pages, each shown only with the permission it needs. */
export function projectPages(project: ProjectDetail, t: (key: string) => string) {
  const can = (p: ProjectPermission) => project.permissions.includes(p);
  const base = `/projects/${project.id}`;
  return [
    { to: `${base}/preparation`, label: t('preparation.nav'), show: can('communication.read') },
    { to: `${base}/addresses`, label: t('addresses.title'), show: can('addresses.read') },
    { to: `${base}/addresses/import`, label: t('imports.title'), show: can('addresses.manage') },
    { to: `${base}/groupings`, label: t('groupings.title'), show: can('addresses.read') },
    { to: `${base}/privacy-plan`, label: t('privacyPlanPage.nav'), show: can('project.read') },
    { to: `${base}/plan`, label: t('plan.title'), show: can('plan.read') },
    { to: `${base}/hours`, label: t('hours.title'), show: can('hours.read') },
    { to: `${base}/visits`, label: t('homeVisits.title'), show: can('visits.read') },
    { to: `${base}/signals`, label: t('signalsPage.nav'), show: can('signals.report') },
    { to: `${base}/actions`, label: t('actionsPage.nav'), show: can('actions.manage') },
    { to: `${base}/referrals`, label: t('referralsPage.nav'), show: can('referrals.read') },
    { to: `${base}/referral-report`, label: t('referralReportPage.nav'), show: can('referrals.read') },
    { to: `${base}/talents`, label: t('talents.nav'), show: can('talents.read') },
    { to: `${base}/referral-inbox`, label: t('referralInbox.nav'), show: can('referrals.respond') },
    // The picture's parts (work session, themes, top 5, conversations) live under it and mark it current.
    { to: `${base}/picture`, label: t('picturePage.nav'), show: can('registrations.read'), section: true },
    { to: `${base}/picture/publications`, label: t('picturePublications.nav'), show: can('project.read') },
    { to: `${base}/places`, label: t('placesPage.nav'), show: can('places.read') },
    { to: `${base}/activities`, label: t('activitiesPage.nav'), show: can('activities.read') },
    { to: `${base}/action-plan`, label: t('actionPlan.nav'), show: can('project.read') },
    { to: `${base}/stories`, label: t('storiesPage.nav'), show: can('stories.compare') },
    { to: `${base}/ripples`, label: t('ripples.nav'), show: can('ripples.read'), section: true },
    { to: `${base}/final-report`, label: t('finalReport.nav'), show: can('finalReport.read') },
    { to: `${base}/interim-evaluations`, label: t('interimEvaluations.nav'), show: can('evaluations.read') },
    { to: `${base}/surveys`, label: t('surveys.nav'), show: can('surveys.results.read') },
    { to: `${base}/audit`, label: t('auditPage.nav'), show: can('project.audit.read') },
    { to: `${base}/resident-requests`, label: t('residentRights.nav'), show: can('residentsRights.handle') },
  ].filter((p) => p.show);
}

/**
 * Tabs between the project overview and its work pages. On a phone they fold into a menu button
 * (a disclosure: Escape closes it and gives focus back to the button), so the page's own work
 * is on the first screen instead of twelve to sixteen tabs.
 */
export function ProjectNav({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const narrow = useNarrowViewport();
  // Open on the page it was opened on: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const pages = projectPages(project, t);
  if (pages.length === 0) return null;
  const current = currentPage(pathname, pages);
  const open = openOn === pathname;
  const close = () => {
    setOpenOn(null);
    toggle.current?.focus();
  };
  return (
    <nav
      className={['thuis-subnav thuis-subnav--tabs thuis-project-nav', narrow ? 'thuis-project-nav--menu' : ''].filter(Boolean).join(' ')}
      aria-label={t('projectNav.label')}
      onKeyDown={
        narrow && open
          ? (e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                close();
              }
            }
          : undefined
      }
    >
      {narrow ? (
        <button
          ref={toggle}
          type="button"
          className="thuis-project-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={open ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'} stroke="currentColor" strokeWidth="2" fill="none" />
          </svg>
          {t('doorToday.menu')}
        </button>
      ) : null}
      <ul id={listId} hidden={narrow && !open}>
        <li>
          <NavLink to={`/projects/${project.id}`} end>
            {t('projectNav.overview')}
          </NavLink>
        </li>
        {pages.map((p) => (
          <li key={p.to}>
            <Link
              to={p.to}
              aria-current={p.to === current ? 'page' : undefined}
              className={['thuis-nav__link', p.to === current ? 'thuis-nav__link--current' : ''].filter(Boolean).join(' ')}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A page inside a project: loads the project, shows "not found" without the permission,
 * and gives the page its title, the project's name and the project tabs.
 */
export function ProjectSubPage({
  permission,
  title,
  lead,
  actions,
  children,
}: {
  permission: ProjectPermission;
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: (project: ProjectDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);
  useDocumentTitle(project.data ? `${title} – ${project.data.name}` : title);

  if (project.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (project.isError)
    return isApiError(project.error) && project.error.status === 404 ? <NotFoundPage /> : <Alert type="error">{project.error.message}</Alert>;
  if (!project.data.permissions.includes(permission)) return <NotFoundPage />;
  return (
    <>
      <p className="thuis-back">
        <Link to={`/projects/${project.data.id}`}>{t('projectNav.back', { name: project.data.name })}</Link>
      </p>
      <PageTitle pre={project.data.name} title={title} lead={lead} actions={actions} />
      <ProjectNav project={project.data} />
      {children(project.data)}
    </>
  );
}
