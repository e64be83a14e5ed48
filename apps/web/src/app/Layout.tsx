import { Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert, Button, Loading, PageShell } from '../ui';
import { useSession } from '../features/auth/hooks';
import { PasswordChangeRequiredPage } from '../pages/PasswordChangeRequiredPage';
import { Header } from './Header';

/** Moves focus to the main content after client-side navigation, like a page load would. */
function useFocusMainOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash) return;
    document.getElementById('main')?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [location.pathname, location.hash]);
}

/**
 * Shown instead of a page that could not be shown: most often a page's code that could not be
 * fetched (no connection, or a new version of Thuis replaced it). Loading the app again fixes both.
 */
function PageFailed() {
  const { t } = useTranslation();
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{t('app.pageFailed')}</p>
      <Button onClick={() => window.location.reload()}>{t('app.reloadPage')}</Button>
    </Alert>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useFocusMainOnNavigate();
  return (
    <PageShell
      header={<Header />}
      footer={
        <div className="thuis-footer__inner">
          <p className="utrecht-paragraph">{t('app.footer')}</p>
          <a className="utrecht-link utrecht-link--html-a" href="/api/docs">
            {t('app.apiDocs')}
          </a>
        </div>
      }
    >
      <div className="thuis-container">
        <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[pathname]}>
          <Suspense fallback={<Loading>{t('app.loading')}</Loading>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </div>
    </PageShell>
  );
}

/** Only for signed-in users; others go to the log-in page and come back afterwards. */
export function RequireUser() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (session.isError)
    return (
      <Alert type="error">
        <p className="utrecht-paragraph">{session.error.message}</p>
        <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
      </Alert>
    );
  if (!session.data.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // The server refuses everything else until the password an administrator chose is replaced.
  if (session.data.user.mustChangePassword) return <PasswordChangeRequiredPage />;
  return <Outlet />;
}
