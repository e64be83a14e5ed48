import { useTranslation } from 'react-i18next';
import { NavLink } from '../../ui';

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="thuis-subnav thuis-subnav--tabs" aria-label={t('admin.nav')}>
      <ul>
        <li>
          <NavLink to="/admin/organisations">{t('nav.organisations')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/users">{t('nav.users')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/account-events">{t('nav.accountEvents')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
