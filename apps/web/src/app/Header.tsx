import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Locale } from '@thuis/domain';
import { Button, Link, NavLink, SkipLink } from '../ui';
import { supportedLocales } from '../i18n';
import { useChangeLocale, useLogout, useSession } from '../features/auth/hooks';
import { SyncBadge } from '../features/registrations/SyncStatus';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = useChangeLocale();
  return (
    <div className="thuis-language" role="group" aria-label={t('app.language')}>
      {supportedLocales.map((locale: Locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="thuis-language__option"
          aria-pressed={i18n.language === locale}
          disabled={change.isPending}
          onClick={() => {
            if (i18n.language !== locale) change.mutate(locale);
          }}
        >
          {t(`app.languageNames.${locale}`)}
        </button>
      ))}
    </div>
  );
}

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.data?.user ?? null;

  return (
    <header className="thuis-header">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <div className="thuis-header__bar">
        <Link to="/" className="thuis-brand" aria-label={t('app.homeLink')}>
          <svg className="thuis-brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" fill="currentColor" />
            <path d="M6 16 16 7l10 9v10H19v-6h-6v6H6z" fill="#fff" />
          </svg>
          <span className="thuis-brand__text">
            <span className="thuis-brand__name">{t('app.name')}</span>
            <span className="thuis-brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="thuis-header__tools">
          <SyncBadge />
          <LanguageSwitch />
          {user ? (
            <div className="thuis-user">
              <span className="thuis-user__name">{t('app.loggedInAs', { name: user.displayName, organisation: user.organisationName })}</span>
              <Button
                appearance="secondary"
                busy={logout.isPending}
                onClick={() =>
                  logout.mutate(undefined, {
                    onSettled: () => {
                      void navigate('/login', { replace: true });
                    },
                  })
                }
              >
                {t('app.logout')}
              </Button>
            </div>
          ) : null}
        </div>
      </div>
      {user ? (
        <nav className="thuis-nav" aria-label={t('app.mainNav')}>
          <ul className="thuis-nav__list">
            <li>
              <NavLink to="/" end>
                {t('nav.projects')}
              </NavLink>
            </li>
            {user.isAdmin ? (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/account">{t('nav.account')}</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
