import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@thuis/domain';
import { Link } from '../../ui';

/**
 * Links from the home visits page to the letters, the registration form and the history import.
 * The letters link carries the `period` shown (the week), so the letters page does not ask it again.
 */
export function VisitToolLinks({ project, period }: { project: ProjectDetail; period?: { from: string; until: string } }) {
  const { t } = useTranslation();
  const can = (p: ProjectDetail['permissions'][number]) => project.permissions.includes(p);
  const base = `/projects/${project.id}`;
  const links = [
    { to: `${base}/letters${period ? `?${new URLSearchParams(period).toString()}` : ''}`, label: t('invitations.link'), show: can('visits.plan') },
    { to: `${base}/registration-form`, label: t('formEditor.link'), show: can('registrations.form.manage') },
    { to: `${base}/registrations/import`, label: t('history.link'), show: can('registrations.write') },
  ].filter((l) => l.show);
  if (links.length === 0) return null;
  return (
    <nav className="thuis-visit-tools thuis-no-print" aria-label={t('invitations.toolsLabel')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
