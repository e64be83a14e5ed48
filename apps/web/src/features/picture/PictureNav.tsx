import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { NavLink } from '../../ui';
import { ProjectSubPage } from '../projects/ProjectSubPage';

/** The parts of the picture of the neighbourhood, in the order of the handbook's four steps. */
export function picturePages(project: ProjectDetail) {
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const base = `/projects/${project.id}/picture`;
  return [
    { to: base, key: 'order', show: can('registrations.read') },
    { to: `${base}/session`, key: 'session', show: can('registrations.read') },
    { to: `${base}/themes`, key: 'themes', show: can('registrations.read') },
    { to: `${base}/top`, key: 'top', show: can('registrations.read') },
    { to: `${base}/publications`, key: 'publications', show: can('project.read') },
    { to: `${base}/conversations`, key: 'conversations', show: can('registrations.read') },
  ].filter((p) => p.show);
}

/** Links between the parts of the picture; not shown to whom only the publications are open. */
export function PictureNav({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const pages = picturePages(project);
  if (pages.length < 2) return null;
  return (
    <nav className="thuis-subnav thuis-view-switch thuis-picture-steps thuis-no-print" aria-label={t('pictureNav.label')}>
      <ul>
        {pages.map((p) => (
          <li key={p.key}>
            <NavLink to={p.to} end>
              {t(`pictureNav.${p.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of the picture of the neighbourhood: the project's page with the links between the parts above its content. */
export function PictureSubPage({
  children,
  ...page
}: Omit<ComponentProps<typeof ProjectSubPage>, 'children'> & { children: (project: ProjectDetail) => ReactNode }) {
  return (
    <ProjectSubPage {...page}>
      {(project) => (
        <>
          <PictureNav project={project} />
          {children(project)}
        </>
      )}
    </ProjectSubPage>
  );
}
